// Spreadsheets load glossary.xlsx as written: LibreOffice (Debian: libreoffice-calc-nogui) opens
// it headless and saves it as CSV, and every cell comes back as the glossary holds it, also names
// that a spreadsheet would take for numbers, dates, booleans or formulas. In CI this must run;
// elsewhere it is skipped with what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../src/outputs/glossary.js';
import { build } from '../../src/run/build.js';
import { loadGlossary } from '../../src/outputs/glossaryFile.js';
import { glossaryXlsx, XLSX_COLUMNS } from '../../src/outputs/formats/xlsx.js';
import { termsByLanguage } from '../../src/outputs/formats/termLanguage.js';

const available = spawnSync('soffice', ['--version']).status === 0;
const INSTALL = 'apt-get install -y libreoffice-calc-nogui';
if (!available && process.env.CI) throw new Error(`the LibreOffice test must run in CI, but soffice is missing: ${INSTALL}`);
if (!available) console.warn(`skipping the LibreOffice test: install LibreOffice Calc (${INSTALL})`);

/** Names a spreadsheet would read as something else when it guesses types (as it does in CSV). */
const LOOKALIKES = ['4E091', '3E001', '5E002', '0123', '3/4', '1e5', 'TRUE', '=1+1', "'quoted", '-X', '12:30', '1,000', '２０２５'];
const lookalikeEntries: GlossaryEntry[] = LOOKALIKES.map((name, i) => ({
  id: name, type: 'regulation', ja: name, en: name, aliases: [`${name}A`, `別名${i}`],
  note: `line one\nline two, with "quotes"`, source: 'dictionary', mentions: i, documents: 1, byDocument: {}, surfaces: {},
  examples: [{ document: 'doc', line: i + 1, column: 1, text: `…【${name}】…` }],
}));

const expectedRows = (entries: GlossaryEntry[]) => [
  XLSX_COLUMNS.map((c) => c.header),
  ...entries.map((e) => XLSX_COLUMNS.map((c) => String(c.value(e, termsByLanguage(e))))),
];

describe.runIf(available)('LibreOffice reads glossary.xlsx back cell for cell', () => {
  const work = mkdtempSync(join(tmpdir(), 'glossary-xlsx-'));
  let built: GlossaryEntry[];
  const readBack = (name: string) => parse(readFileSync(join(work, `${name}.csv`), 'utf8'), { bom: true }) as string[][];

  beforeAll(async () => {
    await build({ inputs: ['data'], dictDir: 'dict', outDir: join(work, 'out') });
    built = (await loadGlossary({ glossary: join(work, 'out', 'glossary.json') })).entries;
    writeFileSync(join(work, 'data.xlsx'), await glossaryXlsx({ entries: built }));
    writeFileSync(join(work, 'lookalikes.xlsx'), await glossaryXlsx({ entries: lookalikeEntries }));
    // A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', work, join(work, 'data.xlsx'), join(work, 'lookalikes.xlsx')], { stdio: 'pipe' });
  }, 120_000);

  it('the glossary of data/: one row per entity, every cell as written', () => {
    expect(readBack('data')).toEqual(expectedRows(built));
  });
  it('names that look like numbers, dates, booleans or formulas stay text: 4E091 stays 4E091', () => {
    const rows = readBack('lookalikes');
    expect(rows.slice(1).map((r) => r[1])).toEqual(LOOKALIKES);
    expect(rows).toEqual(expectedRows(lookalikeEntries));
  });
});

describe('glossary.xlsx', () => {
  it('is the same bytes for the same glossary, whenever it is written (no timestamps, zip entries included)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2020-02-03T04:05:06Z'));
      const a = await glossaryXlsx({ entries: lookalikeEntries });
      vi.setSystemTime(new Date('2026-12-06T21:00:00Z'));
      expect(Buffer.from(await glossaryXlsx({ entries: lookalikeEntries })).equals(Buffer.from(a))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
