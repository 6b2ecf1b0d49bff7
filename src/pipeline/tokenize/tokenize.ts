// Tokenize stage: a thin typed wrapper over kuromoji (IPADIC from the package), in the spirit of
// kuromojin, with faster loading and lattice building inside (same tokens, see kuromojiEngine.ts);
// tokens are read straight off kuromoji's best path. The dictionary takes a third of a second to
// load, so it is loaded once per thread, from files or from memory another thread unpacked.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { memoize } from '../../core/memo.js';
import { isLowSurrogate } from '../../core/script.js';
import { loadKuromoji, unpackDictionary, type Kuromoji, type UnpackedDictionary, type WordDictionary } from './kuromojiEngine.js';
import type { PathVisitor } from './lattice.js';

export interface Token {
  surface: string;
  /** Offset of the token in the tokenized text. */
  start: number;
  end: number;
  /** Part of speech and its first sub-category, e.g. `名詞` / `固有名詞`. */
  pos: string;
  posDetail: string;
  /** The second and third sub-categories: for proper nouns `組織`, `地域` (`国`, `一般`) or `人名`. */
  posDetail2: string;
  posDetail3: string;
  /** Whether IPADIC lists the word; names it does not know (`セレブラス`) are read as unknown words. */
  known: boolean;
  /** Katakana reading, when the dictionary knows the word. */
  reading?: string;
}

export type Tokenizer = (text: string) => Token[];

let loading: Promise<Tokenizer> | undefined;

const dictionaryPath = () => join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');

/** The tokenizer of this thread; the first call loads the dictionary, unless one was given (useDictionary). */
export function getTokenizer(): Promise<Tokenizer> {
  loading ??= unpackDictionary(dictionaryPath()).then(loadKuromoji).then(tokenizerOf);
  return loading;
}

/** kuromoji's dictionary unpacked into shared memory, for worker threads to tokenize from one copy. */
export const sharedDictionary = (): Promise<UnpackedDictionary> => unpackDictionary(dictionaryPath(), { shared: true });

/** Makes this thread's tokenizer use a dictionary unpacked by another (sharedDictionary); call before getTokenizer. */
export function useDictionary(files: UnpackedDictionary): void {
  loading ??= loadKuromoji(files).then(tokenizerOf);
}

/** What kuromoji's dictionaries say of a word, as its tokens have it; for a known word, its surface (an unknown word's line names its character class). */
type WordFeatures = Pick<Token, 'surface' | 'pos' | 'posDetail' | 'posDetail2' | 'posDetail3' | 'reading'>;

/**
 * Our tokens, read straight off kuromoji's best path: the same words and features as its
 * `tokenize`, without its token objects or a split of the word's feature line at every token
 * (each word's features are parsed once).
 */
function tokenizerOf(engine: Kuromoji): Tokenizer {
  const featuresOf = featureReader(engine.token_info_dictionary);
  const unknownFeaturesOf = featureReader(engine.unknown_dictionary);
  return (text) => {
    const tokens: Token[] = [];
    let chunk = '';
    let chunkStart = 0;
    let sentence = '';
    // Words are found from where the last ended (kuromoji's own word positions drift on long texts).
    let cursor = 0;
    const take: PathVisitor = (id, known, from, to) => {
      const f = (known ? featuresOf : unknownFeaturesOf)(id);
      // A known word's surface is its dictionary line's: one string per word, not one per token,
      // whose hash the name-key memos then compute once.
      const surface = known && f.surface.length === to - from ? f.surface : sentence.slice(from, to);
      const found = chunk.indexOf(surface, cursor);
      const start = found < 0 ? cursor : found;
      cursor = start + surface.length;
      tokens.push({ surface, start: chunkStart + start, end: chunkStart + cursor, pos: f.pos, posDetail: f.posDetail, posDetail2: f.posDetail2, posDetail3: f.posDetail3, known, reading: f.reading });
    };
    for (const [from, to] of chunks(text)) {
      chunk = text.slice(from, to).replace(UNTOKENIZABLE, ' ');
      chunkStart = from;
      cursor = 0;
      for (sentence of sentences(chunk)) engine.bestPath(sentence, take);
    }
    return tokens;
  };
}

/**
 * Parses a word's feature line once per word. IPADIC's lines are surface, pos, three
 * sub-categories, conjugation type and form, base form, reading; unknown words' end before the reading.
 */
function featureReader(dictionary: WordDictionary): (id: number) => WordFeatures {
  return memoize((id: number): WordFeatures => {
    const f = dictionary.getFeatures(id)?.split(',') ?? [];
    return { surface: f[0] ?? '', pos: f[1], posDetail: f[2], posDetail2: f[3], posDetail3: f[4], reading: f[8] };
  }, MAX_PARSED_WORDS);
}

/** Bounds the parsed-features cache: a typical corpus uses a few tens of thousands of words. */
const MAX_PARSED_WORDS = 200_000;

/** kuromoji's sentences: each piece ends after 、 or 。 (its tokenize splits text the same way). */
function* sentences(text: string): Generator<string> {
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === IDEOGRAPHIC_COMMA || unit === IDEOGRAPHIC_FULL_STOP) {
      yield text.slice(from, i + 1);
      from = i + 1;
    }
  }
  if (from < text.length) yield text.slice(from);
}
const IDEOGRAPHIC_COMMA = 0x3001;
const IDEOGRAPHIC_FULL_STOP = 0x3002;

/** kuromoji throws on NUL and on unpaired surrogates; a space of the same length keeps every offset. */
const UNTOKENIZABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** kuromoji builds a lattice over what it is given; pieces of this size keep memory flat on huge lines. */
export const MAX_CHUNK = 4096;
const SENTENCE_END = /[。．！？!?\n]/g;

/** Splits text into pieces of at most MAX_CHUNK characters, at a sentence end where there is one. */
function* chunks(text: string): Generator<[number, number]> {
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + MAX_CHUNK);
    if (to < text.length) {
      let cut = -1;
      SENTENCE_END.lastIndex = from + MAX_CHUNK / 2;
      for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) cut = m.index + 1;
      if (cut < 0) cut = text.lastIndexOf(' ', to) + 1;
      if (cut > from + MAX_CHUNK / 2) to = cut;
      else if (isLowSurrogate(text[to])) to--; // never split a surrogate pair
    }
    yield [from, to];
    from = to;
  }
}

/** `result[i]` is true when a token starts or ends at offset `i` of the text. */
export function tokenBoundaries(text: string, tokens: Token[]): Uint8Array {
  const boundaries = new Uint8Array(text.length + 1);
  boundaries[0] = 1;
  boundaries[text.length] = 1;
  for (const t of tokens) {
    boundaries[t.start] = 1;
    boundaries[t.end] = 1;
  }
  return boundaries;
}

/** Index of the token that starts at `offset` (tokens are in text order), or -1. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
