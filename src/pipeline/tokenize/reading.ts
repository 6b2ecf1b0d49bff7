// A name's reading (よみ) in katakana from kuromoji: each word's dictionary reading, kana as
// written (hiragana turned into katakana), and short capital runs spelled letter by letter as
// Japanese reads acronyms (`NTT` → エヌティーティー). Undefined when a part has no reading (an
// unknown kanji word, digits, a long Latin word): the dictionary's curated `reading` must say it.
import type { Tokenizer } from './tokenize.js';

const KATAKANA = /^[\p{Script=Katakana}ー・]+$/u;
const HIRAGANA = /[\u3041-\u3096]/g;
const SHORT_CAPITALS = /^[A-Z]{1,4}$/;
const LETTERS: Record<string, string> = {
  A: 'エー', B: 'ビー', C: 'シー', D: 'ディー', E: 'イー', F: 'エフ', G: 'ジー', H: 'エイチ', I: 'アイ',
  J: 'ジェー', K: 'ケー', L: 'エル', M: 'エム', N: 'エヌ', O: 'オー', P: 'ピー', Q: 'キュー', R: 'アール',
  S: 'エス', T: 'ティー', U: 'ユー', V: 'ブイ', W: 'ダブリュー', X: 'エックス', Y: 'ワイ', Z: 'ゼット',
};

const toKatakana = (kana: string) => kana.replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** One word's reading: kuromoji's, its kana, or its capitals spelled; undefined if none. */
export function wordReading(surface: string, dictionaryReading: string | undefined): string | undefined {
  if (dictionaryReading && dictionaryReading !== '*' && KATAKANA.test(dictionaryReading)) return dictionaryReading;
  const kana = toKatakana(surface);
  if (KATAKANA.test(kana)) return kana;
  if (SHORT_CAPITALS.test(surface)) return [...surface].map((c) => LETTERS[c]).join('');
  return undefined;
}

export function kuromojiReading(name: string, tokenize: Tokenizer): string | undefined {
  const parts = tokenize(name).map((t) => wordReading(t.surface, t.reading));
  return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
}
