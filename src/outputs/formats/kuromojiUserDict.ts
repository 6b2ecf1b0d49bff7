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
    const curated = curatedReadings(entry);
    for (const name of written) {
      if (!needsEntry(name)) continue;
      const cut = segmentation(name, curated.get(name), tokenize);
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

/** The dictionary's readings of an entry's names, by name as the synonym terms write it (normalized). */
function curatedReadings(entry: GlossaryEntry): Map<string, string> {
  const readings = Object.entries(entry.readings ?? {});
  if (entry.reading !== undefined) readings.unshift([entry.ja, entry.reading]);
  return new Map(readings.map(([name, reading]) => [normalize(name).text.trim(), reading]));
}

/**
 * kuromoji's words and their readings. Where kuromoji reads a name wrong (華為技術 as ハナ タメ
 * ギジュツ), the curated reading decides: the words at either end whose reading it begins or ends
 * with keep their cut (技術 ギジュツ), and the words between become one word with the rest of it
 * (華為 ファーウェイ), so the readings still join into the curated one. Undefined for a name with
 * no reading at all: Chinese forms (华为, 昇腾) and other words kuromoji does not know, which
 * Japanese does not read; a kanji reading would be no reading.
 */
function segmentation(name: string, curated: string | undefined, tokenize: Tokenizer): { lengths: number[]; readings: string[] } | undefined {
  const tokens = tokenize(name);
  const lengths = tokens.map((t) => t.surface.length);
  const readings = tokens.map((t) => wordReading(t.surface, t.reading));
  if (curated === undefined) return readings.every((r) => r !== undefined) ? { lengths, readings: readings as string[] } : undefined;
  // The words kept at the start, [0, first), and at the end, [last, n), and the reading between.
  let [first, last, from, to] = [0, tokens.length, 0, curated.length];
  const fits = (reading: string | undefined) => reading !== undefined && reading.length < to - from;
  while (first < last - 1 && fits(readings[first]) && curated.startsWith(readings[first]!, from)) from += readings[first++]!.length;
  while (last - 1 > first && fits(readings[last - 1]) && curated.endsWith(readings[last - 1]!, to)) to -= readings[--last]!.length;
  const middle = lengths.slice(first, last).reduce((a, b) => a + b, 0);
  return {
    lengths: [...lengths.slice(0, first), middle, ...lengths.slice(last)],
    readings: [...(readings.slice(0, first) as string[]), curated.slice(from, to), ...(readings.slice(last) as string[])],
  };
}

/** The rules as lines (what Elasticsearch's `user_dictionary_rules` takes). */
export const userDictionaryRules = (entries: GlossaryEntry[], tokenize: Tokenizer): string[] =>
  userDictionaryEntries(entries, tokenize).map((e) => [e.surface, e.segments.join(' '), e.readings.join(' '), USER_DICT_POS].join(','));

export function kuromojiUserDictionary(entries: GlossaryEntry[], tokenize: Tokenizer): string {
  const lines = ['# glossary user dictionary for kuromoji: surface,segmentation,readings,part of speech', ...userDictionaryRules(entries, tokenize)];
  return `${lines.join('\n')}\n`;
}
