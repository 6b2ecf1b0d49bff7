// glossary.xlsx: the glossary as translators' tools import it (Trados Glossary Converter, memoQ,
// Phrase): a header row, one column per language and one for each language's other names, then
// type, note, counts and an example in context. Every name is a text cell, so a spreadsheet never
// turns an ECCN such as 4E091 into a number. Written with exceljs.
import ExcelJS from 'exceljs';
import type { Glossary, GlossaryEntry } from '../glossary.js';
import { termsByLanguage } from './termLanguage.js';

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
];

export async function glossaryXlsx(glossary: Pick<Glossary, 'entries'>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
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
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
