// candidates.csv: one row per candidate, best first, for review in a spreadsheet (UTF-8 with a
// BOM, formulas neutralised, like glossary.csv). A reviewer fills `decision` (accept, reject, or
// alias:<id>), may correct `type` and `en`, and applies every marked row with
// `glossary accept --from candidates.csv`. `in_glossary` names the discovered entry a candidate
// already stands in (accepting it makes that entry the dictionary's).
import { stringify } from 'csv-stringify/sync';
import { englishFromText, type Candidate } from '../candidates.js';
import { neutralizeFormula } from './csv.js';

export const CANDIDATE_CSV_COLUMNS = [
  'decision',
  'surface',
  'normalized',
  'type',
  'en',
  'type_reason',
  'score',
  'mentions',
  'independent_mentions',
  'documents',
  'partner',
  'alias_of',
  'signals',
  'in_glossary',
  'example_1',
  'example_2',
] as const;

export function candidatesCsv(candidates: Candidate[]): string {
  const rows = candidates.map((c) => {
    const examples = c.examples.map((e) => `${e.document}:${e.line}: ${e.text}`);
    return [
      '',
      c.surface,
      c.normalized,
      c.type,
      englishFromText(c),
      c.typeReason,
      String(c.score),
      String(c.mentions),
      String(c.independentMentions),
      String(c.documents),
      c.partner ?? '',
      c.aliasOf?.id ?? '',
      c.signals.join(' '),
      c.inGlossary ?? '',
      examples[0] ?? '',
      examples[1] ?? '',
    ].map(neutralizeFormula);
  });
  return stringify([[...CANDIDATE_CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}
