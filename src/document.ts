// One document through the stages: read → normalize → tokenize → match → locate, into an
// aggregate of that document alone. The same function serves in-process builds, workers
// and `glossary extract`, so every path counts alike.
import { Aggregate, type AggregateData } from './aggregate.js';
import type { InputEncoding } from './decode.js';
import { lineStartsOf, locate, type LocatedMention } from './locate.js';
import type { Matcher } from './match.js';
import { normalize } from './normalize.js';
import { InputProblem, readDocument, textToScan, type SourceDocument } from './read.js';
import type { Tokenizer } from './tokenize.js';

/** Finds the mentions in one document and locates each in its original line. */
export function findMentions(doc: Pick<SourceDocument, 'raw' | 'text'>, matcher: Matcher, tokenize: Tokenizer): LocatedMention[] {
  const normalized = normalize(doc.text);
  const mentions = matcher.match({ text: normalized.text, tokens: tokenize(normalized.text) });
  const lineStarts = lineStartsOf(doc.raw);
  return mentions.map((m) => ({
    entity: m.entity,
    ...locate(doc.raw, lineStarts, normalized.toSource[m.start], normalized.toSourceEnd[m.end - 1]),
  }));
}

/** A file that could not be read, as plain data (it crosses from worker processes). */
export interface ProblemData {
  file: string;
  problem: string;
  hint: string;
  line?: number;
}

export type DocumentResult = { partial: AggregateData } | { problem: ProblemData };

export interface DocumentContext {
  matcher: Matcher;
  tokenize: Tokenizer;
  encoding?: InputEncoding;
}

/** The aggregate of one already-read document. */
export function documentPartial(doc: SourceDocument, { matcher, tokenize }: DocumentContext): AggregateData {
  const aggregate = new Aggregate();
  aggregate.addDocument({ id: doc.id, path: doc.path, characters: doc.raw.length }, findMentions(doc, matcher, tokenize));
  return aggregate.toData();
}

/** Reads one file and returns its aggregate, or what was wrong with it. */
export function processFile(path: string, id: string, context: DocumentContext): DocumentResult {
  try {
    return { partial: documentPartial(readDocument(path, id, context.encoding), context) };
  } catch (err) {
    if (!(err instanceof InputProblem)) throw err;
    return { problem: { file: err.file, problem: err.problem, hint: err.hint ?? '', ...(err.line && { line: err.line }) } };
  }
}

/** A document given as text (a line `{"id", "text"}` of `glossary extract -`). */
export function textDocument(id: string, text: string): SourceDocument {
  return { id, path: id, raw: text, text: textToScan(text, id) };
}

export const toInputProblem = (p: ProblemData): InputProblem => new InputProblem(p.file, p.problem, p.hint, p.line);
