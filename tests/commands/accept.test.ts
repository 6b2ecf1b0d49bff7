// glossary accept: candidates become entries or aliases, in the file of their type, keeping the
// file's comments and order, and never leaving a dictionary that does not load.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { accept } from '../../src/commands/accept.js';
import { build } from '../../src/run/build.js';
import { loadDictionary } from '../../src/dictionary/dictionary.js';

const COMPANIES = `# companies.yml: a comment a curator wrote, kept by accept.

- id: nvidia
  type: company
  ja: エヌビディア
  en: NVIDIA # the English name as the company writes it
  aliases: [Nvidia]
`;
const AGENCIES = `# agencies.yml
- id: us-commerce
  type: agency
  ja: 商務省
  en: U.S. Department of Commerce
`;
const RULES = `- typeSuffixes: [局]
  type: agency
`;
const ARTICLE = '輸出執行局（OEE）は英伟达（NVIDIA）を調べた。輸出執行局の発表。';

let dict: string;
let out: string;
beforeEach(async () => {
  dict = mkdtempSync(join(tmpdir(), 'glossary-accept-dict-'));
  writeFileSync(join(dict, 'companies.yml'), COMPANIES);
  writeFileSync(join(dict, 'agencies.yml'), AGENCIES);
  writeFileSync(join(dict, 'discovery.yml'), RULES);
  const input = mkdtempSync(join(tmpdir(), 'glossary-accept-in-'));
  writeFileSync(join(input, 'a.txt'), ARTICLE);
  out = mkdtempSync(join(tmpdir(), 'glossary-accept-out-'));
  await build({ inputs: [input], dictDir: dict, outDir: out, noReport: true, minScore: 0, jobs: 1 });
}, 60_000);

const options = () => ({ dictDir: dict, candidatesFile: join(out, 'candidates.json') });

describe('glossary accept', () => {
  it('adds a candidate as a new entry to the file of its type, with its bracketed partner, keeping comments', () => {
    const [added] = accept(['輸出執行局'], { ...options(), en: 'Office of Export Enforcement' });
    expect(added).toMatchObject({ kind: 'entry', id: 'office-of-export-enforcement', names: ['輸出執行局', 'Office of Export Enforcement', 'OEE'] });
    const text = readFileSync(join(dict, 'agencies.yml'), 'utf8');
    expect(text.startsWith(AGENCIES)).toBe(true);
    expect(text.slice(AGENCIES.length)).toBe('\n- id: office-of-export-enforcement\n  type: agency\n  ja: 輸出執行局\n  en: Office of Export Enforcement\n  aliases:\n    - OEE\n');
    expect(loadDictionary(dict).byId.get('office-of-export-enforcement')).toMatchObject({ type: 'agency', aliases: ['OEE'] });
  });

  it('adds a name given in brackets with an entry as an alias of that entry', () => {
    const [added] = accept(['英伟达'], options());
    expect(added).toMatchObject({ kind: 'alias', id: 'nvidia', names: ['英伟达'] });
    const text = readFileSync(join(dict, 'companies.yml'), 'utf8');
    expect(text).toContain('# companies.yml: a comment a curator wrote, kept by accept.');
    expect(text).toContain('en: NVIDIA # the English name as the company writes it');
    expect(loadDictionary(dict).byId.get('nvidia')!.aliases).toEqual(['Nvidia', '英伟达']);
  });

  it('the accepted entry is matched by the next build', async () => {
    accept(['OEE'], { ...options(), en: 'Office of Export Enforcement', id: 'oee' });
    const input = mkdtempSync(join(tmpdir(), 'glossary-accept-again-'));
    writeFileSync(join(input, 'a.txt'), ARTICLE);
    const { glossary } = await build({ inputs: [input], dictDir: dict, outDir: out, noReport: true, jobs: 1 });
    expect(glossary.entries.find((e) => e.id === 'oee')).toMatchObject({ mentions: 3 });
  }, 60_000);

  it('refuses a change that would break the dictionary, and writes nothing', () => {
    expect(() => accept(['輸出執行局'], { ...options(), en: 'NVIDIA', id: 'oee' })).toThrow(/not accepted, the dictionary would not load.*"NVIDIA".*claimed by "oee"/s);
    expect(readFileSync(join(dict, 'agencies.yml'), 'utf8')).toBe(AGENCIES);
  });

  it('starts a file for a type no file holds yet, as a block list like the others', () => {
    const [added] = accept(['輸出執行局'], { ...options(), type: 'regulation', en: 'Export Enforcement Office' });
    expect(added.file).toBe(join(dict, 'regulation.yml'));
    expect(readFileSync(added.file, 'utf8')).toMatch(/^- id: export-enforcement-office\n  type: regulation\n/);
    expect(loadDictionary(dict).byId.get('export-enforcement-office')?.type).toBe('regulation');
  });

  it('refuses names that are not candidates, and unknown types', () => {
    expect(() => accept(['存在しない'], options())).toThrow(/"存在しない" is not a candidate/);
    expect(() => accept(['輸出執行局'], { ...options(), type: 'person' })).toThrow(/unknown type "person"/);
  });

  it('reads candidates recognised as no entity, and accepts one only with a type given', async () => {
    const input = mkdtempSync(join(tmpdir(), 'glossary-accept-person-'));
    writeFileSync(join(input, 'a.txt'), 'ラトニック長官が述べた。'.repeat(3) + ARTICLE);
    await build({ inputs: [input], dictDir: dict, outDir: out, noReport: true, minScore: 0, jobs: 1 });
    expect(accept(['英伟达'], options())[0]).toMatchObject({ id: 'nvidia', kind: 'alias' });
    expect(() => accept(['ラトニック'], options())).toThrow(/"ラトニック" was recognised as a person, not an entity/);
    expect(accept(['ラトニック'], { ...options(), type: 'company', en: 'Lutnick' })[0]).toMatchObject({ kind: 'entry', id: 'lutnick' });
  });
});
