// glossary accept: candidates become entries or aliases, in the file of their type, keeping the
// file's comments and order, and never leaving a dictionary that does not load.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { accept } from '../../src/commands/accept.js';
import { acceptReviewed } from '../../src/commands/review.js';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
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

describe('the review loop: glossary accept --from a reviewed candidates.csv', () => {
  /** candidates.csv as the build wrote it, with decisions written into rows found by surface. */
  function reviewed(decisions: Record<string, string>, edit: (row: Record<string, string>) => void = () => undefined): string {
    const rows = parse(readFileSync(join(out, 'candidates.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    for (const row of rows) {
      row.decision = decisions[row.surface] ?? '';
      edit(row);
    }
    const file = join(out, 'reviewed.csv');
    writeFileSync(file, stringify(rows, { header: true, bom: true }));
    return file;
  }

  it('applies every marked row at once: accepted, aliased and rejected, the English from the text', async () => {
    const file = reviewed({ 輸出執行局: 'accept', 英伟达: 'alias:nvidia' });
    const applied = acceptReviewed(file, options());
    expect(applied.map((a) => [a.kind, a.id])).toEqual([['entry', 'oee'], ['alias', 'nvidia']]);
    expect(readFileSync(join(dict, 'agencies.yml'), 'utf8')).toContain('ja: 輸出執行局');
  });

  it('reads the candidates.json beside the reviewed CSV unless told otherwise (a build with --out DIR wrote both there)', () => {
    const file = reviewed({ 輸出執行局: 'accept' });
    expect(acceptReviewed(file, { dictDir: dict }).map((a) => [a.kind, a.id])).toEqual([['entry', 'oee']]);
  });

  it('run again on the same reviewed CSV (more rows marked), leaves what it applied before as it is', () => {
    acceptReviewed(reviewed({ 輸出執行局: 'accept' }), options());
    const again = acceptReviewed(reviewed({ 輸出執行局: 'accept', 英伟达: 'alias:nvidia' }), options());
    expect(again.map((a) => [a.kind, a.id])).toEqual([['unchanged', 'oee'], ['alias', 'nvidia']]);
    expect(readFileSync(join(dict, 'agencies.yml'), 'utf8').match(/ja: 輸出執行局/g)).toHaveLength(1);
  });

  it('a name rejected twice is one stop word', () => {
    acceptReviewed(reviewed({ 輸出執行局: 'reject' }), options());
    expect(acceptReviewed(reviewed({ 輸出執行局: 'reject' }), options())[0]).toMatchObject({ kind: 'rejected', names: [] });
    expect(readFileSync(join(dict, 'rejected.yml'), 'utf8').match(/輸出執行局/g)).toHaveLength(1);
  });

  it('a rejected name goes to rejected.yml and is never proposed again', async () => {
    acceptReviewed(reviewed({ 輸出執行局: 'reject' }), options());
    expect(readFileSync(join(dict, 'rejected.yml'), 'utf8')).toMatch(/stopWords:[\s\S]*輸出執行局/);
    const input = mkdtempSync(join(tmpdir(), 'glossary-accept-again-'));
    writeFileSync(join(input, 'a.txt'), ARTICLE);
    const again = mkdtempSync(join(tmpdir(), 'glossary-accept-again-out-'));
    await build({ inputs: [input], dictDir: dict, outDir: again, noReport: true, minScore: 0, jobs: 1 });
    const { candidates } = JSON.parse(readFileSync(join(again, 'candidates.json'), 'utf8')) as { candidates: Array<{ surface: string }> };
    expect(candidates.map((c) => c.surface)).not.toContain('輸出執行局');
  });

  it('takes a corrected type and English name from the row', () => {
    const file = reviewed({ 輸出執行局: 'yes' }, (row) => {
      if (row.surface === '輸出執行局') Object.assign(row, { type: 'regulation', en: 'Export Enforcement Office' });
    });
    expect(acceptReviewed(file, options())[0]).toMatchObject({ kind: 'entry', id: 'export-enforcement-office' });
    expect(readFileSync(join(dict, 'regulation.yml'), 'utf8')).toContain('en: Export Enforcement Office');
  });

  // [decision written, what is said]
  const refused: Array<[string, RegExp]> = [
    ['maybe', /reviewed\.csv:\d+: unknown decision "maybe"/],
    ['alias:no-such-id', /no entry "no-such-id" in .* to be an alias of/],
  ];
  it.each(refused)('refuses %s, and writes nothing', (decision, message) => {
    const before = readFileSync(join(dict, 'agencies.yml'), 'utf8');
    const file = reviewed({ 輸出執行局: 'accept', 英伟达: decision });
    expect(() => acceptReviewed(file, options())).toThrow(message);
    expect(readFileSync(join(dict, 'agencies.yml'), 'utf8')).toBe(before);
  });

  it('says so when no row has a decision', () => {
    expect(() => acceptReviewed(reviewed({}), options())).toThrow(/no row has a decision/);
  });
});

