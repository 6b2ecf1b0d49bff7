// Tokenize stage: a thin typed wrapper over kuromoji (IPADIC from the package), in the spirit of
// kuromojin, with a faster lattice builder inside (same tokens, see latticeBuilder.ts). The
// dictionary takes about a second to load, so it is loaded once per process.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { installLatticeBuilder, type KuromojiInternals } from './latticeBuilder.js';

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

/** The process-wide tokenizer; the first call loads the dictionary. */
export function getTokenizer(): Promise<Tokenizer> {
  loading ??= new Promise((resolve, reject) => {
    const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((err, tokenizer) => {
      if (err) return reject(err);
      installLatticeBuilder(tokenizer as unknown as KuromojiInternals);
      resolve((text) => {
        const tokens: Token[] = [];
        for (const [from, to] of chunks(text)) {
          const chunk = text.slice(from, to).replace(UNTOKENIZABLE, ' ');
          // kuromoji's word_position drifts on long texts, so each token is found from where the last ended.
          let cursor = 0;
          for (const t of tokenizer.tokenize(chunk)) {
            const found = chunk.indexOf(t.surface_form, cursor);
            const start = found < 0 ? cursor : found;
            cursor = start + t.surface_form.length;
            tokens.push({ surface: t.surface_form, start: from + start, end: from + cursor, pos: t.pos, posDetail: t.pos_detail_1, posDetail2: t.pos_detail_2, posDetail3: t.pos_detail_3, known: t.word_type === 'KNOWN', reading: t.reading });
          }
        }
        return tokens;
      });
    });
  });
  return loading;
}

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
      else if (/[\uDC00-\uDFFF]/.test(text[to])) to--; // never split a surrogate pair
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
