// What a token or a character is, as the detectors and type rules ask it: its script, whether it
// may be part of a name, whether kuromoji knows it as a person or a place.
import { hasJapanese, isHighSurrogateUnit, isKatakana, isLowSurrogate } from '../../core/script.js';
import type { Token } from '../tokenize/tokenize.js';

/** Nouns that are not content words: 非自立 (こと, ため), 代名詞 (これ), 特殊. */
const NOT_CONTENT_NOUNS = new Set(['非自立', '代名詞', '特殊', '副詞可能']);

export const isWordChar = (ch: string) => /[\p{L}\p{N}ー々〆]/u.test(ch);

export { CLOSING_QUOTES, isClosingQuote, isOpeningQuote, OPENING_QUOTES } from '../../core/quotes.js';
const isLatinText = (s: string) => /^[\x20-\x7E]+$/.test(s);

/** What a token's characters are, as bits: every token of a text is tested, many times over. */
export const WORD_CHARS = 1;
export const KATAKANA = 2;
export const LATIN = 4;
export const JAPANESE = 8;
/** The bits of one character (a code point) alone. */
const charShape = (ch: string): number =>
  (isWordChar(ch) ? WORD_CHARS : 0) | (isKatakana(ch) || ch === '・' ? KATAKANA : 0) | (isLatinText(ch) ? LATIN : 0) | (hasJapanese(ch) ? JAPANESE : 0);
/** charShape of each UTF-16 unit, filled in as units are first seen (SEEN marks the ones done): two array reads cost less than hashing the token's surface. */
const SEEN = 0x80;
const unitShapes = new Uint8Array(0x10000);
/** A text's bits: WORD_CHARS and KATAKANA when every character has them, LATIN when every character is printable ASCII, JAPANESE when any character is Japanese. */
function shapeOf(surface: string): number {
  let all = WORD_CHARS | KATAKANA | LATIN;
  let any = 0;
  for (let i = 0; i < surface.length; i++) {
    const unit = surface.charCodeAt(i);
    let bits: number;
    if (isHighSurrogateUnit(unit) && isLowSurrogate(surface[i + 1])) {
      bits = charShape(surface.slice(i, i + 2));
      i++;
    } else bits = unitShapes[unit] || (unitShapes[unit] = charShape(surface[i]) | SEEN);
    all &= bits;
    any |= bits;
  }
  return (all & (WORD_CHARS | KATAKANA)) | (surface.length ? all & LATIN : 0) | (any & JAPANESE);
}
/** The shape bits of a token's characters (WORD_CHARS | KATAKANA | LATIN | JAPANESE). */
export const shapeBits = (t: Token): number => shapeOf(t.surface);
export const is = (t: Token, shape: number) => (shapeOf(t.surface) & shape) !== 0;

/** Proper nouns that never name an entity of ours: people, and places that are not countries. */
export const isPersonOrPlace = (t: Token) => t.posDetail === '固有名詞' && (t.posDetail2 === '人名' || (t.posDetail2 === '地域' && t.posDetail3 !== '国'));

/** A word that may be (part of) a name: a proper noun of IPADIC's, a word it does not know, Latin. */
export const isNameLike = (t: Token): boolean => (t.posDetail === '固有名詞' && t.known && !isPersonOrPlace(t)) || (!t.known && is(t, JAPANESE)) || is(t, LATIN);
/** A place name that is no country: 広東, アリゾナ. */
export const isPlace = (t: Token): boolean => t.posDetail === '固有名詞' && t.posDetail2 === '地域' && t.posDetail3 !== '国';

/** A katakana word, or the middle dot between two (run[-1] may be absent). */
export const isKatakanaToken = (t: Token | undefined): boolean => !!t && is(t, KATAKANA);

/** Content nouns a name can be made of, and the prefixes before them. */
export const isNounish = (t: Token) => (t.pos === '名詞' && !NOT_CONTENT_NOUNS.has(t.posDetail)) || t.pos === '接頭詞';
