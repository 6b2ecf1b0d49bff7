// Where a name may start and end in the text: the checks every rule makes of a span's edges.
import { isEnglishRootEnd } from '../english.js';
import { isAsciiAlnum, isHan, isKana } from '../../core/script.js';

/**
 * A name found in the text is a whole word: Latin names are not flanked by Latin letters or
 * digits (unless `inflected` and compromise says the word's root ends there: `H100s`); a kana
 * edge next to more kana falls on a kuromoji token boundary (`メタ` is not in `メタバース`,
 * `ジャパン` is in `ジャパンモデル`).
 */
export function hasWordEdges(text: string, start: number, end: number, boundaries: Uint8Array, inflected: boolean): boolean {
  const first = text[start];
  const last = text[end - 1];
  if (isAsciiAlnum(first) && isAsciiAlnum(text[start - 1])) return false;
  if (isAsciiAlnum(last) && isAsciiAlnum(text[end]) && !(inflected && isEnglishRootEnd(text, end))) return false;
  if (isKana(first) && isKana(text[start - 1]) && !boundaries[start]) return false;
  if (isKana(last) && isKana(text[end]) && !boundaries[end]) return false;
  return true;
}

/** Kanji edges of a name fall on token boundaries (checked for all but country words, rule 4). */
export function hasKanjiEdges(text: string, start: number, end: number, boundaries: Uint8Array): boolean {
  return (!isHan(text[start]) || !!boundaries[start]) && (!isHan(text[end - 1]) || !!boundaries[end]);
}
