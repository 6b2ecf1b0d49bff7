// Tokenize stage: a thin typed wrapper over kuromoji (IPADIC from the package), in the spirit of
// kuromojin. The dictionary takes about a second to load, so it is loaded once per process.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

export interface Token {
  surface: string;
  /** Offset of the token in the tokenized text. */
  start: number;
  end: number;
  /** Part of speech and its first sub-category, e.g. `名詞` / `固有名詞`. */
  pos: string;
  posDetail: string;
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
      resolve((text) => {
        // kuromoji's word_position drifts on long texts, so each token is found from where the last ended.
        let cursor = 0;
        return tokenizer.tokenize(text).map((t) => {
          const found = text.indexOf(t.surface_form, cursor);
          const start = found < 0 ? cursor : found;
          cursor = start + t.surface_form.length;
          return { surface: t.surface_form, start, end: cursor, pos: t.pos, posDetail: t.pos_detail_1, reading: t.reading };
        });
      });
    });
  });
  return loading;
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
