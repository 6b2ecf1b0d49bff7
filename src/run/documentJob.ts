// One document as a job of a run: read, run through the pipeline, and summed into an aggregate of
// that document alone, or the reason it could not be read, as plain data that crosses threads
// and goes out as a line of `glossary extract`.
import { Aggregate, type AggregateData } from '../aggregate/aggregate.js';
import { findInDocument, type DocumentContext } from '../pipeline/document.js';
import { InputProblem, readDocument, type SourceDocument } from '../pipeline/read/read.js';

/** A file that could not be read, as plain data (it crosses from workers). */
export interface ProblemData {
  file: string;
  problem: string;
  hint: string;
  line?: number;
}

/** One document's result as it crosses from a worker or goes out as a line of `glossary extract`. */
export type DocumentResult = { partial: AggregateData } | { problem: ProblemData };

/** One document's result in this process: its aggregate, or what was wrong with it. */
export type DocumentOutcome = { aggregate: Aggregate } | { problem: ProblemData };

export const toResult = (outcome: DocumentOutcome): DocumentResult => ('problem' in outcome ? outcome : { partial: outcome.aggregate.toData() });
export const fromResult = (result: DocumentResult): DocumentOutcome => ('problem' in result ? result : { aggregate: Aggregate.fromData(result.partial) });

/** The aggregate of one already-read document. */
export function documentAggregate(doc: SourceDocument, context: DocumentContext): Aggregate {
  const aggregate = new Aggregate();
  aggregate.addDocument({ id: doc.id, path: doc.path, characters: doc.raw.length }, findInDocument(doc, context));
  return aggregate;
}

/** Reads one file and returns its aggregate, or what was wrong with it. */
export function processFile(path: string, id: string, context: DocumentContext): DocumentOutcome {
  try {
    return { aggregate: documentAggregate(readDocument(path, id, context.encoding), context) };
  } catch (err) {
    if (!(err instanceof InputProblem)) throw err;
    return { problem: { file: err.file, problem: err.problem, hint: err.hint ?? '', ...(err.line && { line: err.line }) } };
  }
}

export const toInputProblem = (p: ProblemData): InputProblem => new InputProblem(p.file, p.problem, p.hint, p.line);
