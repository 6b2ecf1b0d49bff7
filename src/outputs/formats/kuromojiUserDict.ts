// The kuromoji user dictionary (Lucene, Elasticsearch, OpenSearch, Solr): `surface,segments,readings,pos`.
// Japanese terms of the synonym list are pinned to kuromoji's normal-mode segmentation. That
// keeps their parts searchable, and it stops search mode from adding a compound token at the same
// position, which the synonym parser rejects ("position increment != 1"). The entries also cut
// names out of longer words (`日本` in `日本人`), so a synonym query finds them there.
import type { GlossaryEntry } from '../glossary.js';
import type { Tokenizer } from '../../pipeline/tokenize/tokenize.js';
import { synonymGroups } from './synonymTerms.js';
import { wordReading } from '../../pipeline/tokenize/reading.js';
import { hasJapanese, normalize } from '../../core/normalize.js';

export const USER_DICT_POS = 'カスタム名詞';
/** Lucene's search mode splits kanji words longer than 2 and other words longer than 7. */
const SEARCH_MODE_OTHER_LENGTH = 7;
const HAN = /\p{Script=Han}/u;
/** `#` starts a comment anywhere in a user dictionary line; commas and quotes would need CSV quoting. */
const UNSAFE = /[\s#,"]/;

export interface UserDictionaryEntry {
  surface: string;
  segments: string[];
  readings: string[];
}

/** Whether a term needs pinning: it has kanji, or is a long kana run that search mode would split. */
const needsEntry = (term: string) =>
  hasJapanese(term) && [...term].length > 1 && (HAN.test(term) || [...term].length > SEARCH_MODE_OTHER_LENGTH) && !UNSAFE.test(term);

export function userDictionaryEntries(entries: GlossaryEntry[], tokenize: Tokenizer): UserDictionaryEntry[] {
  const seen = new Set<string>();
  const result: UserDictionaryEntry[] = [];
  for (const { entry, terms } of synonymGroups(entries)) {
    const ja = normalize(entry.ja).text;
    // The dictionary runs on the text before lower-casing: both cases of names with Latin letters.
    const written = terms.flatMap((t) => [t.toLowerCase(), t.toUpperCase()]);
    for (const surface of written) {
      if (seen.has(surface) || !needsEntry(surface)) continue;
      seen.add(surface);
      const tokens = tokenize(surface);
      const readings = tokens.map((t) => wordReading(t.surface, t.reading) ?? t.surface);
      const curated = surface.toLowerCase() === ja.toLowerCase() ? entry.reading : undefined;
      // Where kuromoji reads the name wrong (百度 ヒャク ド), the curated reading cannot be split
      // into its words: the name becomes one word with that reading.
      result.push(
        curated !== undefined && curated !== readings.join('')
          ? { surface, segments: [surface], readings: [curated] }
          : { surface, segments: tokens.map((t) => t.surface), readings },
      );
    }
  }
  return result;
}

export function kuromojiUserDictionary(entries: GlossaryEntry[], tokenize: Tokenizer): string {
  const lines = ['# glossary user dictionary for kuromoji: surface,segmentation,readings,part of speech'];
  for (const e of userDictionaryEntries(entries, tokenize)) {
    lines.push([e.surface, e.segments.join(' '), e.readings.join(' '), USER_DICT_POS].join(','));
  }
  return `${lines.join('\n')}\n`;
}
