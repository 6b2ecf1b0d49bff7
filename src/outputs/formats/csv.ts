// glossary.csv: one row per entity for spreadsheets. UTF-8 with a BOM so Excel shows the
// Japanese, and cells that a spreadsheet would run as a formula are neutralised.
import { stringify } from 'csv-stringify/sync';
import type { Glossary } from '../glossary.js';

/**
 * `source`: where the entry comes from, the dictionary or discovery in the articles; `enSource`,
 * for a discovered entry, where its English name comes from (the text, a guess, or none).
 */
export const CSV_COLUMNS = ['id', 'type', 'ja', 'reading', 'en', 'qualifier', 'aliases', 'mentions', 'documents', 'source', 'enSource'] as const;

/** A leading quote makes Excel, LibreOffice and Sheets show `=cmd()` as text instead of running it. */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before neutralizeFormula, for a CSV read back after a review. */
export const restoreFormula = (cell: string): string => cell.replace(/^'(?=[=+\-@\t\r])/, '');

export function glossaryCsv(glossary: Glossary): string {
  const rows = glossary.entries.map((e) =>
    [e.id, e.type, e.ja, e.reading ?? '', e.en, e.qualifier ?? '', e.aliases.join(' | '), String(e.mentions), String(e.documents), e.source, e.enSource ?? ''].map(neutralizeFormula),
  );
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}
