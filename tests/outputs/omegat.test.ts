// OmegaT 3.6 (Debian: omegat) loads the TBX v2 export with its own glossary reader: in a Japanese
// to English project every Japanese name of an entity is offered with every English name of it
// (OmegaT keeps one glossary entry per pair), and nothing else. In CI this must run; elsewhere it is
// skipped with what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/outputs/glossary.js';
import { build } from '../../src/run/build.js';
import { loadDictionaryGlossary, loadGlossary } from '../../src/outputs/glossaryFile.js';
import { tbx } from '../../src/outputs/formats/tbx.js';
import { termsByLanguage } from '../../src/outputs/formats/termLanguage.js';

const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';
const available = spawnSync('javac', ['-version']).status === 0 && existsSync(OMEGAT_JAR);
const INSTALL = 'apt-get install -y omegat default-jdk-headless';
if (!available && process.env.CI) throw new Error(`the OmegaT test must run in CI, but a JDK or OmegaT is missing: ${INSTALL}`);
if (!available) console.warn(`skipping the OmegaT test: install OmegaT and a JDK (${INSTALL})`);

/** What a ja → en project should offer: each Japanese name of an entity with each English one. */
const expectedPairs = (entries: GlossaryEntry[]): string[] =>
  entries.flatMap((entry) => {
    const sections = termsByLanguage(entry);
    return (sections.get('ja') ?? []).flatMap((ja) => (sections.get('en') ?? []).map((en) => `${ja}\t${en}`));
  });

describe.runIf(available)('OmegaT reads the TBX v2 export', () => {
  const work = mkdtempSync(join(tmpdir(), 'glossary-omegat-'));
  const sources: Record<string, GlossaryEntry[]> = {};
  const readBack = (name: string, entries: GlossaryEntry[]): string[] => {
    const file = join(work, `${name}.tbx`);
    writeFileSync(file, tbx(entries, '2'));
    // OmegaT keeps its settings under the home folder: a scratch one, so the user's stays untouched.
    const output = execFileSync('java', [`-Duser.home=${work}`, '-cp', `${OMEGAT_JAR}:${work}`, 'OmegatReadTbx', file], { encoding: 'utf8' });
    return output.split('\n').filter(Boolean);
  };

  beforeAll(async () => {
    execFileSync('javac', ['-cp', OMEGAT_JAR, '-d', work, 'tests/outputs/cat/OmegatReadTbx.java']);
    const out = join(work, 'out');
    await build({ inputs: ['data'], dictDir: 'dict', outDir: out });
    sources['the glossary of data/'] = (await loadGlossary({ glossary: join(out, 'glossary.json') })).entries;
    sources['the whole dictionary'] = (await loadDictionaryGlossary('dict')).entries;
  });

  it.each(['the glossary of data/', 'the whole dictionary'])('%s: every Japanese name with every English name of its entity', (name) => {
    const entries = sources[name];
    const read = readBack(name.replace(/\W+/g, '-'), entries);
    console.log(`OmegaT read ${read.length} glossary entries from the TBX v2 export of ${name} (${entries.length} entities)`);
    expect(read).toEqual(expectedPairs(entries));
  });

  it('reads no entry from the v3 export (it reads martif only), which is why v2 exists', () => {
    const file = join(work, 'v3.tbx');
    writeFileSync(file, tbx(sources['the glossary of data/'], '3'));
    const result = spawnSync('java', [`-Duser.home=${work}`, '-cp', `${OMEGAT_JAR}:${work}`, 'OmegatReadTbx', file], { encoding: 'utf8' });
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([]);
  });
});
