// One document through the stages: normalize → tokenize → match and discover → locate. The same
// function serves in-process builds, workers and `glossary extract`, so every path counts alike.
import type { InputEncoding } from './read/decode.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import type { Entity } from '../core/entity.js';
import { Discoverer, type Signal, type TypeGuess } from './discover/discover.js';
import { productTypesByMaker } from '../dictionary/makers.js';
import { warmUpEnglish } from './english.js';
import { lineStartsOf, locate, type LocatedMention } from './locate.js';
import { Matcher } from './match/match.js';
import { normalize } from '../core/normalize.js';
import { webAddressSpans } from '../core/webAddress.js';
import { withTextToScan, type SourceDocument } from './read/read.js';
import { getTokenizer, type Tokenizer } from './tokenize/tokenize.js';

/** One candidate occurrence located in its source file. */
export interface LocatedOccurrence {
  key: string;
  parts: string[];
  signals: Iterable<Signal>;
  guess: TypeGuess;
  partner?: string;
  aliasOf?: Entity;
  independent: boolean;
  surface: string;
  line: number;
  column: number;
  context: string;
}

/** What one document yields: its mentions and candidates, located in the original text. */
export interface DocumentFindings {
  mentions: LocatedMention[];
  candidates: LocatedOccurrence[];
  /** Neighbour counts of the simple nouns in the document's candidates. */
  adjacency: Map<string, [number, number]>;
}

/**
 * Finds the mentions in one document and, given a discoverer, the candidates for new entries,
 * each located in its original line.
 */
export function findInDocument(doc: Pick<SourceDocument, 'raw' | 'text'>, { matcher, tokenize, discoverer }: Omit<DocumentContext, 'encoding'>): DocumentFindings {
  const normalized = normalize(doc.text);
  const tokens = tokenize(normalized.text);
  const addresses = webAddressSpans(normalized.text);
  const mentions = matcher.match({ text: normalized.text, tokens, addresses });
  const lineStarts = lineStartsOf(doc.raw);
  const at = (start: number, end: number) => locate(doc.raw, lineStarts, normalized.toSource[start], normalized.toSourceEnd[end - 1]);
  const discovered = discoverer?.discover(normalized.text, tokens, mentions, addresses);
  return {
    mentions: mentions.filter((m) => !discovered?.claimed.has(m)).map((m) => ({ entity: m.entity, ...at(m.start, m.end) })),
    candidates: (discovered?.occurrences ?? []).map(({ start, end, ...o }) => ({ ...o, ...at(start, end) })),
    adjacency: discovered?.adjacency ?? new Map(),
  };
}

/** The mentions in one document, located. */
export const findMentions = (doc: Pick<SourceDocument, 'raw' | 'text'>, matcher: Matcher, tokenize: Tokenizer): LocatedMention[] =>
  findInDocument(doc, { matcher, tokenize }).mentions;

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
    knownVariant: (key) => matcher.entityByVariant(key),
    notEntities: dictionary.notEntities.map((n) => n.name),
    productTypeOf: productTypesByMaker(dictionary.entries),
  });
  return { matcher, discoverer, tokenize: await tokenizer, ...(encoding && { encoding }) };
}

/** A document given as text (a line `{"id", "text"}` of `glossary extract -`). */
export function textDocument(id: string, text: string): SourceDocument {
  return withTextToScan({ id, path: id, raw: text });
}
