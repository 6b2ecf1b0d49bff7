// Which script a character or a text is in: the one place that knows the Unicode ranges, so
// that every stage asks the same question the same way.

export const isKatakana = (ch: string | undefined): boolean => !!ch && /[\u30A1-\u30FA\u30FC]/.test(ch);
export const isKana = (ch: string | undefined): boolean => !!ch && /[\u3041-\u3096\u30A1-\u30FA\u30FC]/.test(ch);
/** Kanji (the Han script, with `々` and `〇`), and `〆`, which writes like one. */
export const isHan = (ch: string | undefined): boolean => !!ch && /[\p{Script=Han}々〆]/u.test(ch);
/** Whether a name has Japanese script in it (kanji, hiragana or katakana). */
export const hasJapanese = (text: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
/** Whether a text has a character of the Han script in it (kanji, `々`, `〇`). */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);
export const isAsciiAlnum = (ch: string | undefined): boolean => !!ch && /[A-Za-z0-9]/.test(ch);
/** Whether a text has a Latin letter (A–Z, a–z) in it. */
export const hasLatinLetter = (text: string): boolean => /[A-Za-z]/.test(text);
/** A character of an English word as compromise reads it: Latin letters, digits, apostrophes (`Commerce's`). */
export const isLatinWordChar = (ch: string | undefined): boolean => !!ch && /[A-Za-z0-9'’]/.test(ch);
/** Whether a text has a lower-case Latin letter in it. */
export const hasLowerCaseLatin = (text: string): boolean => /[a-z]/.test(text);
/** Whether a text has any character outside ASCII. */
export const hasNonAscii = (text: string): boolean => /[^\x00-\x7F]/.test(text);
/** The first half of a UTF-16 surrogate pair, as a code unit. */
export const isHighSurrogateUnit = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
/** The second half of a UTF-16 surrogate pair: no place to cut a text. */
export const isLowSurrogate = (ch: string | undefined): boolean => !!ch && /[\uDC00-\uDFFF]/.test(ch);
/** Whether a text is katakana only, with middle dots between words (ファーウェイ, アドバンスト・マイクロ). */
export const isKatakanaText = (text: string): boolean => !!text && [...text].every((ch) => isKatakana(ch) || ch === '・');
/** Whether a text is kanji only (華為技術). */
export const isHanText = (text: string): boolean => !!text && [...text].every((ch) => isHan(ch));
/** Whether two names are one in kanji and one in katakana (華為技術, ファーウェイ), in either order. */
export const isKanjiAndKatakana = (a: string, b: string): boolean => (isHanText(a) && isKatakanaText(b)) || (isKatakanaText(a) && isHanText(b));
