// The kuromoji user dictionary (Lucene, Elasticsearch, OpenSearch, Solr): `surface,segments,readings,pos`.
// Japanese terms of the synonym list are pinned to kuromoji's normal-mode segmentation. That
// keeps their parts searchable, and it stops search mode from adding a compound token at the same
// position, which the synonym parser rejects ("position increment != 1"). The entries also cut
// names out of longer words (`日本` in `日本人`), so a synonym query finds them there.
import type { GlossaryEntry } from '../glossary.js';
import type { Tokenizer } from '../../pipeline/tokenize/tokenize.js';
import { synonymGroups } from './synonymTerms.js';
import { hasHan, hasJapanese } from '../../core/script.js';
import { wordReading } from '../../pipeline/tokenize/reading.js';
import { normalize } from '../../core/normalize.js';

export const USER_DICT_POS = 'カスタム名詞';
/** Lucene's search mode splits kanji words longer than 2 and other words longer than 7. */
const SEARCH_MODE_OTHER_LENGTH = 7;
/** `#` starts a comment anywhere in a user dictionary line; commas and quotes would need CSV quoting. */
const UNSAFE = /[\s#,"]/;

export interface UserDictionaryEntry {
  surface: string;
  segments: string[];
  readings: string[];
}

/** Whether a term needs pinning: it has kanji, or is a long kana run that search mode would split. */
const needsEntry = (term: string) =>
  hasJapanese(term) && [...term].length > 1 && (hasHan(term) || [...term].length > SEARCH_MODE_OTHER_LENGTH) && !UNSAFE.test(term);

export function userDictionaryEntries(entries: GlossaryEntry[], tokenize: Tokenizer): UserDictionaryEntry[] {
  const seen = new Set<string>();
  const result: UserDictionaryEntry[] = [];
  for (const { entry, written } of synonymGroups(entries)) {
    const ja = normalize(entry.ja).text;
    for (const name of written) {
      if (!needsEntry(name)) continue;
      const cut = segmentation(name, name === ja ? entry.reading : undefined, tokenize);
      if (!cut) continue;
      const { lengths, readings } = cut;
      // The dictionary runs on the text before lower-casing: both cases of a name with Latin
      // letters, cut alike, or a rule written in one case would be cut unlike the text in the other.
      for (const surface of [name.toLowerCase(), name.toUpperCase()]) {
        if (seen.has(surface) || surface.length !== name.length) continue;
        seen.add(surface);
        let at = 0;
        const segments = lengths.map((n) => surface.slice(at, (at += n)));
        result.push({ surface, segments, readings });
      }
    }
  }
  return result;
}

/**
 * kuromoji's words and their readings; where kuromoji reads a name wrong (百度 ヒャク ド), the
 * curated reading cannot be split into its words, so the name becomes one word with that reading.
 * Undefined for a name with no reading at all: Chinese forms (华为, 昇腾) and other words
 * kuromoji does not know, which Japanese does not read; a kanji reading would be no reading.
 */
function segmentation(name: string, curated: string | undefined, tokenize: Tokenizer): { lengths: number[]; readings: string[] } | undefined {
  const tokens = tokenize(name);
  const readings = tokens.map((t) => wordReading(t.surface, t.reading));
  const joined = readings.every((r) => r !== undefined) ? readings.join('') : undefined;
  if (curated !== undefined && curated !== joined) return { lengths: [name.length], readings: [curated] };
  if (joined === undefined) return undefined;
  return { lengths: tokens.map((t) => t.surface.length), readings: readings as string[] };
}

/** The rules as lines (what Elasticsearch's `user_dictionary_rules` takes). */
export const userDictionaryRules = (entries: GlossaryEntry[], tokenize: Tokenizer): string[] =>
  userDictionaryEntries(entries, tokenize).map((e) => [e.surface, e.segments.join(' '), e.readings.join(' '), USER_DICT_POS].join(','));

export function kuromojiUserDictionary(entries: GlossaryEntry[], tokenize: Tokenizer): string {
  const lines = ['# glossary user dictionary for kuromoji: surface,segmentation,readings,part of speech', ...userDictionaryRules(entries, tokenize)];
  return `${lines.join('\n')}\n`;
}
