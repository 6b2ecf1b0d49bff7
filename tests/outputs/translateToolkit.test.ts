// CAT tools load the TBX export: translate-toolkit (Debian: translate-toolkit, the library
// Weblate and Pootle use) reads TBX v2 back with every concept and term. In CI this must run;
// elsewhere it is skipped with what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/outputs/glossary.js';
import { CONSUMER_GLOSSARIES, consumerGlossaries } from '../helpers.js';
import { tbx } from '../../src/outputs/formats/tbx.js';
import { termsByLanguage } from '../../src/outputs/formats/termLanguage.js';

const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const available = spawnSync(python, ['-c', 'import translate.storage.tbx']).status === 0;
const INSTALL = 'apt-get install -y translate-toolkit';
if (!available && process.env.CI) throw new Error(`the translate-toolkit test must run in CI, but translate-toolkit is missing: ${INSTALL}`);
if (!available) console.warn(`skipping the translate-toolkit test: install translate-toolkit (${INSTALL})`);

interface ReadBack {
  id: string;
  source: string;
  target: string;
  terms: number;
}

describe.runIf(available)('translate-toolkit reads the TBX v2 export', () => {
  const work = mkdtempSync(join(tmpdir(), 'glossary-tbx-'));
  const readBack = (name: string, entries: GlossaryEntry[]): ReadBack[] => {
    const file = join(work, `${name}.tbx`);
    writeFileSync(file, tbx(entries, '2'));
    return JSON.parse(execFileSync(python, ['tests/outputs/cat/readTbx.py', file], { encoding: 'utf8' })) as ReadBack[];
  };
  const termCount = (entry: GlossaryEntry) => [...termsByLanguage(entry).values()].reduce((n, terms) => n + terms.length, 0);
  let sources: Awaited<ReturnType<typeof consumerGlossaries>>;

  beforeAll(async () => {
    sources = await consumerGlossaries(work);
  });

  it.each(CONSUMER_GLOSSARIES)('%s: every concept and every term, Japanese → English', (name) => {
    const entries = sources[name];
    const read = readBack(name.replace(/\W+/g, '-'), entries);
    expect(read.length).toBe(entries.length);
    expect(read.reduce((n, r) => n + r.terms, 0)).toBe(entries.reduce((n, e) => n + termCount(e), 0));
    // An entry with no English name (discovered, the text gave none) has no target term.
    expect(read.map((r) => [r.source, r.target])).toEqual(entries.map((e) => [e.ja, e.en || null]));
  });
});
