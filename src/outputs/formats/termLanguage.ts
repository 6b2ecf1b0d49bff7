// Which language a name is written in, for exports that file names by language (TBX, xlsx).
import Encoding from 'encoding-japanese';
import { hasJapanese } from '../../core/normalize.js';

export type TermLanguage = 'ja' | 'zh' | 'en';

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A kanji name with a character Japanese does not write (Shift_JIS, which holds every kanji of
 * JIS X 0208 and Windows' extensions, lacks it: 华为, 昇腾) is a Chinese form; a name with kana or
 * other kanji is Japanese; the rest (Latin script) is English.
 */
export function termLanguage(name: string): TermLanguage {
  if (!hasJapanese(name)) return 'en';
  if (KANA.test(name)) return 'ja';
  const sjis = Encoding.convert(Encoding.stringToCode(name), { to: 'SJIS', from: 'UNICODE' });
  // Characters Shift_JIS lacks come out as `?`.
  const unknown = sjis.filter((b) => b === 0x3f).length - [...name].filter((c) => c === '?').length;
  return unknown > 0 ? 'zh' : 'ja';
}
