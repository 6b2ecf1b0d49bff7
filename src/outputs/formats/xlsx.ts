// glossary.xlsx: the glossary as translators' tools import it (Trados Glossary Converter, memoQ,
// Phrase): a header row, one column per language and one for each language's other names, then
// type, note, counts and an example in context. Every name is a text cell, so a spreadsheet never
// turns an ECCN such as 4E091 into a number. Written with exceljs.
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type { Glossary, GlossaryEntry } from '../glossary.js';
import { termsByLanguage } from './termLanguage.js';

/**
 * exceljs's Workbook alone: its package's index also loads the streaming reader and writer
 * (unzipper and more), a tenth of a processor second of every build that one sheet does not need.
 */
const Workbook: typeof ExcelJS.Workbook = createRequire(import.meta.url)('exceljs/lib/doc/workbook.js');

/** One character between the other names of a language, as term-base importers split them. */
export const ALIAS_SEPARATOR = '; ';

interface Column {
  header: string;
  width: number;
  /** Text cells (number format `@`), so that what looks like a number or date stays as written. */
  text: boolean;
  value: (entry: GlossaryEntry, names: Map<string, string[]>) => string | number;
}

const others = (names: Map<string, string[]>, lang: string) => (names.get(lang) ?? []).slice(1).join(ALIAS_SEPARATOR);
const firstExample = (entry: GlossaryEntry) => entry.examples[0];

export const XLSX_COLUMNS: Column[] = [
  { header: 'id', width: 24, text: true, value: (e) => e.id },
  { header: 'ja', width: 24, text: true, value: (e) => e.ja },
  { header: 'reading', width: 24, text: true, value: (e) => e.reading ?? '' },
  { header: 'ja aliases', width: 36, text: true, value: (_, names) => others(names, 'ja') },
  { header: 'en', width: 30, text: true, value: (e) => e.en },
  { header: 'en aliases', width: 36, text: true, value: (_, names) => others(names, 'en') },
  { header: 'zh', width: 18, text: true, value: (_, names) => (names.get('zh') ?? []).join(ALIAS_SEPARATOR) },
  { header: 'qualifier', width: 14, text: true, value: (e) => e.qualifier ?? '' },
  { header: 'type', width: 11, text: true, value: (e) => e.type },
  { header: 'note', width: 40, text: true, value: (e) => e.note ?? '' },
  { header: 'mentions', width: 10, text: false, value: (e) => e.mentions },
  { header: 'documents', width: 10, text: false, value: (e) => e.documents },
  { header: 'example', width: 60, text: true, value: (e) => firstExample(e)?.text ?? '' },
  { header: 'example source', width: 26, text: true, value: (e) => (firstExample(e) ? `${firstExample(e).document}:${firstExample(e).line}` : '') },
  // Where the entry comes from (the dictionary, or discovery in the articles) and, if discovered, its English name.
  { header: 'source', width: 12, text: true, value: (e) => e.source },
  { header: 'en source', width: 10, text: true, value: (e) => e.enSource ?? '' },
];

export async function glossaryXlsx(glossary: Pick<Glossary, 'entries'>): Promise<Uint8Array> {
  const workbook = new Workbook();
  // A fixed date keeps two builds of the same inputs byte-identical.
  workbook.created = workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet('glossary', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = XLSX_COLUMNS.map((c) => ({ header: c.header, width: c.width, ...(c.text && { style: { numFmt: '@' } }) }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of glossary.entries) {
    const names = termsByLanguage(entry);
    sheet.addRow(XLSX_COLUMNS.map((c) => c.value(entry, names)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: XLSX_COLUMNS.length } };
  return withFixedZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/**
 * The zip with every entry dated 1980-01-01 00:00 (the first date a zip can hold), so that two
 * builds of the same inputs write the same bytes: the zip library dates each entry with the time
 * it was written, and exceljs offers no way to choose it. The dates are outside the checksums.
 */
function withFixedZipDates(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return zip;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const DOS_TIME = 0;
  const DOS_DATE = (1 << 5) | 1; // 1980-01-01
  for (let i = 0; i < entries && view.getUint32(at, true) === 0x02014b50; i++) {
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, DOS_TIME, true);
      view.setUint16(local + 12, DOS_DATE, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
