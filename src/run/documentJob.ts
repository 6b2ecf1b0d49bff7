// One document as a job of a run: read, run through the pipeline, and summed into an aggregate of
// that document alone, or the reason it could not be read, as plain data that crosses threads
// and goes out as a line of `glossary extract`.
import { createHash } from 'node:crypto';
import { Aggregate, type AggregateData } from '../aggregate/aggregate.js';
import type { Diagnostic } from '../core/errors.js';
import { findInDocument, type DocumentContext } from '../pipeline/document.js';
import { documentPieces, InputProblem, openDocument, type DocumentPiece, type OpenedDocument, type SourceDocument } from '../pipeline/read/read.js';

/** One document's result as it crosses from a worker: its counts (and its text's SHA-256), or why it was skipped. */
export type DocumentResult = { partial: AggregateData; sha256?: string; warnings?: Diagnostic[] } | { problem: Diagnostic };

/** One document's result in this process: its aggregate, or what was wrong with it. */
export type DocumentOutcome = { aggregate: Aggregate; sha256?: string; warnings?: Diagnostic[] } | { problem: Diagnostic };

export const toResult = (outcome: DocumentOutcome): DocumentResult =>
  'problem' in outcome ? outcome : { partial: outcome.aggregate.toData(), ...(outcome.sha256 && { sha256: outcome.sha256 }), ...(outcome.warnings && { warnings: outcome.warnings }) };
export const fromResult = (result: DocumentResult): DocumentOutcome =>
  'problem' in result ? result : { aggregate: Aggregate.fromData(result.partial), ...(result.sha256 && { sha256: result.sha256 }), ...(result.warnings && { warnings: result.warnings }) };

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The aggregate of one already-read document, found piece by piece (see documentPieces), each
 * piece's lines and columns shifted to where it stands in the file.
 */
export function documentAggregate(doc: Pick<SourceDocument, 'id' | 'path' | 'raw'>, context: DocumentContext): Aggregate {
  return piecesAggregate(doc.id, doc.path, documentPieces(doc.raw, doc.path), context);
}

/** The aggregate of one document given as its pieces, taken one at a time. */
export function piecesAggregate(id: string, path: string, pieces: Iterable<DocumentPiece>, context: DocumentContext): Aggregate {
  const aggregate = new Aggregate();
  let mentions = 0;
  let characters = 0;
  for (const piece of pieces) {
    const findings = findInDocument(piece, context);
    if (piece.line > 1 || piece.column > 0) {
      const shift = <T extends { line: number; column: number }>(located: T): T => ({
        ...located,
        line: located.line + piece.line - 1,
        column: located.line === 1 ? located.column + piece.column : located.column,
      });
      findings.mentions = findings.mentions.map(shift);
      findings.candidates = findings.candidates.map(shift);
    }
    mentions += findings.mentions.length;
    characters += piece.raw.length;
    aggregate.addFindings(id, findings);
  }
  aggregate.documents.set(id, { id, path, characters, mentions });
  return aggregate;
}

/** Reads one file, piece by piece, and returns its aggregate, or what was wrong with it. */
export function processFile(path: string, id: string, context: DocumentContext): DocumentOutcome {
  let doc: OpenedDocument | undefined;
  try {
    doc = openDocument(path, id, context.encoding);
    const aggregate = piecesAggregate(doc.id, doc.path, doc.pieces, context);
    return { aggregate, sha256: doc.sha256, ...(doc.warnings && { warnings: doc.warnings }) };
  } catch (err) {
    if (!(err instanceof InputProblem)) throw err;
    return { problem: err.diagnostic };
  } finally {
    doc?.close();
  }
}
