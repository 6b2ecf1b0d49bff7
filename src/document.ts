// One document through the stages: read → normalize → tokenize → match → locate, into an
// aggregate of that document alone. The same function serves in-process builds, workers
// and `glossary extract`, so every path counts alike.
import { Aggregate, type AggregateData, type DocumentFindings } from './aggregate.js';
import type { InputEncoding } from './decode.js';
import type { Dictionary } from './dictionary.js';
import { Discoverer } from './discover.js';
import { warmUpEnglish } from './english.js';
import { lineStartsOf, locate, type LocatedMention } from './locate.js';
import { Matcher } from './match.js';
import { normalize } from './normalize.js';
import { InputProblem, readDocument, textToScan, type SourceDocument } from './read.js';
import { getTokenizer, type Tokenizer } from './tokenize.js';

/**
 * Finds the mentions in one document and, given a discoverer, the candidates for new entries,
 * each located in its original line.
 */
export function findInDocument(doc: Pick<SourceDocument, 'raw' | 'text'>, { matcher, tokenize, discoverer }: Omit<DocumentContext, 'encoding'>): DocumentFindings {
  const normalized = normalize(doc.text);
  const tokens = tokenize(normalized.text);
  const mentions = matcher.match({ text: normalized.text, tokens });
  const lineStarts = lineStartsOf(doc.raw);
  const at = (start: number, end: number) => locate(doc.raw, lineStarts, normalized.toSource[start], normalized.toSourceEnd[end - 1]);
  const discovered = discoverer?.discover(normalized.text, tokens, mentions);
  return {
    mentions: mentions.map((m) => ({ entity: m.entity, ...at(m.start, m.end) })),
    candidates: (discovered?.occurrences ?? []).map(({ start, end, ...o }) => ({ ...o, ...at(start, end) })),
    adjacency: discovered?.adjacency ?? new Map(),
  };
}

/** The mentions in one document, located. */
export const findMentions = (doc: Pick<SourceDocument, 'raw' | 'text'>, matcher: Matcher, tokenize: Tokenizer): LocatedMention[] =>
  findInDocument(doc, { matcher, tokenize }).mentions;

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

export interface DocumentContext {
  matcher: Matcher;
  tokenize: Tokenizer;
  /** Finds candidates for new entries; without it, only mentions are found. */
  discoverer?: Discoverer;
  encoding?: InputEncoding;
}

/** What every document of a run is processed with: the dictionary's matcher and discoverer, and kuromoji. */
export async function documentContext(dictionary: Dictionary, encoding?: InputEncoding): Promise<DocumentContext> {
  // kuromoji's dictionary is unpacked on other threads meanwhile.
  const tokenizer = getTokenizer();
  const matcher = new Matcher(dictionary);
  warmUpEnglish();
  const discoverer = new Discoverer({
    rules: dictionary.discovery,
    knownKey: (key) => matcher.entityByKey(key),
    notEntities: dictionary.notEntities.map((n) => n.name),
  });
  return { matcher, discoverer, tokenize: await tokenizer, ...(encoding && { encoding }) };
}

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

/** A document given as text (a line `{"id", "text"}` of `glossary extract -`). */
export function textDocument(id: string, text: string): SourceDocument {
  return { id, path: id, raw: text, text: textToScan(text, id) };
}

export const toInputProblem = (p: ProblemData): InputProblem => new InputProblem(p.file, p.problem, p.hint, p.line);
