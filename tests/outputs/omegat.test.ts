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
import { CONSUMER_GLOSSARIES, consumerGlossaries } from '../helpers.js';
import { tbx, type TbxVersion } from '../../src/outputs/formats/tbx.js';
import { termsByLanguage } from '../../src/outputs/formats/termLanguage.js';

const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';
const available = spawnSync('javac', ['-version']).status === 0 && existsSync(OMEGAT_JAR);
const INSTALL = 'apt-get install -y omegat default-jdk-headless';
if (!available && process.env.CI) throw new Error(`the OmegaT test must run in CI, but a JDK or OmegaT is missing: ${INSTALL}`);
if (!available) console.warn(`skipping the OmegaT test: install OmegaT and a JDK (${INSTALL})`);

/**
 * What a ja → en project should offer: each Japanese name of an entity with each English one; a
 * discovered entity whose text gave no English name, each Japanese name with an empty translation.
 */
const expectedPairs = (entries: GlossaryEntry[]): string[] =>
  entries.flatMap((entry) => {
    const sections = termsByLanguage(entry);
    return (sections.get('ja') ?? []).flatMap((ja) => (sections.get('en') ?? ['']).map((en) => `${ja}\t${en}`));
  });

describe.runIf(available)('OmegaT reads the TBX v2 export', () => {
  const work = mkdtempSync(join(tmpdir(), 'glossary-omegat-'));
  let sources: Awaited<ReturnType<typeof consumerGlossaries>>;
  /** The glossary entries OmegaT reads from the entries exported in a TBX version, as `source<TAB>target`. */
  const readBack = (name: string, entries: GlossaryEntry[], version: TbxVersion): string[] => {
    const file = join(work, `${name}.tbx`);
    writeFileSync(file, tbx(entries, version));
    // OmegaT keeps its settings under the home folder: a scratch one, so the user's stays untouched.
    const output = execFileSync('java', [`-Duser.home=${work}`, '-cp', `${OMEGAT_JAR}:${work}`, 'OmegatReadTbx', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return output.split('\n').filter(Boolean);
  };

  beforeAll(async () => {
    execFileSync('javac', ['-cp', OMEGAT_JAR, '-d', work, 'tests/outputs/cat/OmegatReadTbx.java']);
    sources = await consumerGlossaries(work);
  });

  it.each(CONSUMER_GLOSSARIES)('%s: every Japanese name with every English name of its entity', (name) => {
    const entries = sources[name];
    const read = readBack(name.replace(/\W+/g, '-'), entries, '2');
    console.log(`OmegaT read ${read.length} glossary entries from the TBX v2 export of ${name} (${entries.length} entities)`);
    expect(read).toEqual(expectedPairs(entries));
  });

  it('refuses the v3 export (its reader knows martif only), which is why v2 exists', () => {
    expect(() => readBack('v3', sources['the glossary of data/'], '3')).toThrow(/unexpected element \(uri:"urn:iso:std:iso:30042:ed-2", local:"tbx"\)/);
  });
});
