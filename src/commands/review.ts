// The review loop: a reviewer marks rows of candidates.csv in a spreadsheet (`decision`: accept,
// reject or alias:<id>; `type` and `en` may be corrected) and `glossary accept --from` applies
// every marked row at once, all or none, through accept.
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isEntityType } from '../core/entity.js';
import { GlossaryError } from '../core/errors.js';
import { restoreFormula } from '../outputs/formats/csv.js';
import { NotRegularFile, readRegularFile } from '../core/readFile.js';
import { accept, type AcceptOptions, type Accepted, type Decision } from './accept.js';

/** What a reviewer may write in `decision`, in any case; anything else is refused with its line. */
const DECISION = /^\s*(?:(accept|yes|y)|(reject|no|n)|alias\s*[: ]\s*(\S+))\s*$/i;

interface ReviewRow {
  decision?: string;
  surface?: string;
  type?: string;
  en?: string;
}

/** The decisions marked in a reviewed candidates.csv (a decision it cannot read is refused with its line). */
export function readDecisions(path: string): Decision[] {
  let text: string;
  try {
    text = readRegularFile(path).toString('utf8');
  } catch (err) {
    const why = err instanceof NotRegularFile ? `is ${err.kind}, not a file` : 'cannot be read';
    throw new GlossaryError(`${path}: ${why}`, 'give the candidates.csv that `glossary build` wrote, with a decision marked on the rows to apply');
  }
  let records: Array<{ record: ReviewRow; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: true });
  } catch (err) {
    throw new GlossaryError(`${path}: not a CSV file (${(err as Error).message})`, 'save it from the spreadsheet as CSV (UTF-8)');
  }
  if (records.length && !('decision' in records[0].record && 'surface' in records[0].record)) {
    throw new GlossaryError(`${path}:1: no "decision" and "surface" columns`, 'give the candidates.csv that `glossary build` wrote');
  }
  const decisions: Decision[] = [];
  for (const { record, info } of records) {
    const written = record.decision?.trim() ?? '';
    if (!written) continue;
    const match = DECISION.exec(written);
    if (!match || !record.surface) {
      throw new GlossaryError(`${path}:${info.lines}: unknown decision "${written}"`, 'write accept, reject or alias:<id of an entry> in the decision column, or leave it empty');
    }
    // candidates.csv quotes a cell a spreadsheet would run as a formula; the quote is not part of the name.
    const surface = restoreFormula(record.surface);
    // The guessed type stands unless corrected; a class such as person is for accept to refuse.
    const type = record.type?.trim() && isEntityType(record.type.trim()) ? record.type.trim() : undefined;
    const en = restoreFormula(record.en?.trim() ?? '') || undefined;
    if (match[2]) decisions.push({ term: surface, reject: true });
    else if (match[3]) decisions.push({ term: surface, aliasOf: match[3] });
    else decisions.push({ term: surface, ...(type && { type }), ...(en && { en }) });
  }
  return decisions;
}

/**
 * Applies every decision marked in a reviewed candidates.csv; none when one would break the
 * dictionary. The candidates are the build's candidates.json beside the CSV unless told otherwise
 * (a build with --out DIR wrote both there).
 */
export function acceptReviewed(path: string, options: Omit<AcceptOptions, 'type' | 'en' | 'id'>): Accepted[] {
  const decisions = readDecisions(path);
  if (!decisions.length) throw new GlossaryError(`${path}: no row has a decision`, 'write accept, reject or alias:<id> in the decision column of the rows to apply');
  return accept(decisions, { ...options, candidatesFile: options.candidatesFile ?? join(dirname(path), 'candidates.json') });
}
