// One document as a job of a run: read, run through the pipeline, and summed into an aggregate of
// that document alone, or the reason it could not be read, as plain data that crosses threads
// and goes out as a line of `glossary extract`.
import { createHash } from 'node:crypto';
import { Aggregate, type AggregateData } from '../aggregate/aggregate.js';
import type { Diagnostic } from '../core/errors.js';
import { findInDocument, type DocumentContext } from '../pipeline/document.js';
import { InputProblem, readDocument, type SourceDocument } from '../pipeline/read/read.js';

/** One document's result as it crosses from a worker: its counts (and its text's SHA-256), or why it was skipped. */
export type DocumentResult = { partial: AggregateData; sha256?: string; warnings?: Diagnostic[] } | { problem: Diagnostic };

/** One document's result in this process: its aggregate, or what was wrong with it. */
export type DocumentOutcome = { aggregate: Aggregate; sha256?: string; warnings?: Diagnostic[] } | { problem: Diagnostic };

export const toResult = (outcome: DocumentOutcome): DocumentResult =>
  'problem' in outcome ? outcome : { partial: outcome.aggregate.toData(), ...(outcome.sha256 && { sha256: outcome.sha256 }), ...(outcome.warnings && { warnings: outcome.warnings }) };
export const fromResult = (result: DocumentResult): DocumentOutcome =>
  'problem' in result ? result : { aggregate: Aggregate.fromData(result.partial), ...(result.sha256 && { sha256: result.sha256 }), ...(result.warnings && { warnings: result.warnings }) };

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The aggregate of one already-read document. */
export function documentAggregate(doc: SourceDocument, context: DocumentContext): Aggregate {
  const aggregate = new Aggregate();
  aggregate.addDocument({ id: doc.id, path: doc.path, characters: doc.raw.length }, findInDocument(doc, context));
  return aggregate;
}

/** Reads one file and returns its aggregate, or what was wrong with it. */
export function processFile(path: string, id: string, context: DocumentContext): DocumentOutcome {
  try {
    const doc = readDocument(path, id, context.encoding);
    return { aggregate: documentAggregate(doc, context), sha256: sha256(doc.raw), ...(doc.warnings && { warnings: doc.warnings }) };
  } catch (err) {
    if (!(err instanceof InputProblem)) throw err;
    return { problem: err.diagnostic };
  }
}
