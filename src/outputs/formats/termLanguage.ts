// Which language a name is written in, and an entry's names by language, for the exports that
// file names by language (TBX, xlsx).
import Encoding from 'encoding-japanese';
import type { GlossaryEntry } from '../glossary.js';
import { hasJapanese } from '../../core/script.js';

export type TermLanguage = 'ja' | 'zh' | 'en';
/** Source first, then target: CAT tools read the first two languages as the pair. */
const LANGUAGE_ORDER: TermLanguage[] = ['ja', 'en', 'zh'];

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

/** The entry's names by language, the canonical name of each first; a name is filed once. */
export function termsByLanguage(entry: GlossaryEntry): Map<TermLanguage, string[]> {
  const sections = new Map<TermLanguage, string[]>();
  const add = (lang: TermLanguage, name: string) => {
    const terms = sections.get(lang) ?? [];
    if (!terms.includes(name)) sections.set(lang, [...terms, name]);
  };
  // The canonical names head their sections even when Latin (`Ascend` is what Japanese writes).
  add('ja', entry.ja);
  // A discovered entry whose text gave no English name has none: no empty term.
  if (entry.en) add('en', entry.en);
  for (const alias of entry.aliases) add(termLanguage(alias), alias);
  return new Map(LANGUAGE_ORDER.filter((l) => sections.has(l)).map((l) => [l, sections.get(l)!]));
}
