// candidates.csv: one row per candidate, best first, for review in a spreadsheet (UTF-8 with a
// BOM, formulas neutralised, like glossary.csv).
import { stringify } from 'csv-stringify/sync';
import type { Candidate } from '../candidates.js';
import { neutralizeFormula } from './csv.js';

export const CANDIDATE_CSV_COLUMNS = [
  'surface',
  'normalized',
  'type',
  'type_reason',
  'score',
  'mentions',
  'independent_mentions',
  'documents',
  'partner',
  'alias_of',
  'signals',
  'example_1',
  'example_2',
] as const;

export function candidatesCsv(candidates: Candidate[]): string {
  const rows = candidates.map((c) => {
    const examples = c.examples.map((e) => `${e.document}:${e.line}: ${e.text}`);
    return [
      c.surface,
      c.normalized,
      c.type,
      c.typeReason,
      String(c.score),
      String(c.mentions),
      String(c.independentMentions),
      String(c.documents),
      c.partner ?? '',
      c.aliasOf?.id ?? '',
      c.signals.join(' '),
      examples[0] ?? '',
      examples[1] ?? '',
    ].map(neutralizeFormula);
  });
  return stringify([[...CANDIDATE_CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}
