// The names of an entry that search engines should treat as one: its Japanese and English names,
// aliases and the forms the articles used, each once across the whole export (once as the
// analyzer sees it: lower-cased, but for the cased names below).
//
// Lower-cased, some names are ordinary English words (`EAR` → `ear`, `Oracle`, `China`, `US`):
// as synonyms, "my left ear" would find the Export Administration Regulations and 輸出管理規則
// would find that ear. Such a name, and every acronym (`BIS`, `GM`), takes part only as written
// with its capitals: a case-sensitive rule before lower-casing (`EAR => glossaryear`, see
// casedNameRules) turns it into a token of its own. The synonym rules keep the names' case, so
// the analyzer that parses them makes the same token of `EAR` there; a name that is an ordinary
// word written in lower case is left out.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import type { GlossaryEntry } from '../glossary.js';
import { normalize } from '../../core/normalize.js';

/** A term must keep a letter or digit after the analyzer drops punctuation. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const ONE_LATIN_WORD = /^[a-z]+$/;
/** Acronyms match only in capitals, as the matcher has them (`BIS`, not "bis" = twice). */
const ALL_CAPS = /^[A-Z]{2,}$/;

/**
 * Ordinary English words: sindresorhus/word-list (274,000 lower-case words with their inflections,
 * no proper nouns), and every single letter. Read once, when an export first needs it.
 */
let ordinaryWords: Set<string> | undefined;
const ordinary = (): Set<string> => (ordinaryWords ??= new Set(readFileSync(wordListPath, 'utf8').split('\n')));

export const isOrdinaryWord = (term: string): boolean => ONE_LATIN_WORD.test(term) && (term.length === 1 || ordinary().has(term));

export interface SynonymGroup {
  entry: GlossaryEntry;
  terms: string[];
}

/** A name that is an ordinary word when lower-cased, and the token its capitalised forms become. */
export interface CasedName {
  written: string[];
  token: string;
}

/**
 * The names of an entry and the forms the articles used, but for one-character surfaces: those
 * are country short forms (`米` in `米中`), which as a synonym or translation would match everywhere.
 */
export function namesAndSurfaces(entry: GlossaryEntry): string[] {
  const surfaces = Object.keys(entry.surfaces).filter((s) => [...normalize(s).text].length > 1);
  return [entry.ja, entry.en, ...entry.aliases, ...surfaces];
}

/** The token a cased name becomes: letters only, so that the analyzer keeps it whole. */
const casedToken = (word: string) => `glossary${word}`;

interface SynonymTerms {
  groups: SynonymGroup[];
  casedNames: CasedName[];
}

/**
 * Terms per entry, in entry order, as written; a term the analyzer would make the same as one
 * already used (by an earlier entry or name) is left out.
 */
export function synonymTerms(entries: GlossaryEntry[]): SynonymTerms {
  const used = new Set<string>();
  const cased = new Map<string, Set<string>>();
  const groups = entries.map((entry) => {
    const terms: string[] = [];
    for (const name of namesAndSurfaces(entry)) {
      const written = normalize(name).text.trim();
      const lower = written.toLowerCase();
      if (!HAS_WORD_CHAR.test(lower)) continue;
      let analyzed = lower;
      if (ONE_LATIN_WORD.test(lower) && (isOrdinaryWord(lower) || ALL_CAPS.test(written))) {
        if (written === lower) continue; // an ordinary word in lower case: not a name
        cased.set(lower, (cased.get(lower) ?? new Set<string>()).add(written).add(written.toUpperCase()));
        analyzed = casedToken(lower);
      }
      if (used.has(analyzed)) continue;
      used.add(analyzed);
      terms.push(written);
    }
    return { entry, terms };
  });
  const casedNames = [...cased].map(([word, forms]) => ({ written: [...forms], token: casedToken(word) }));
  return { groups, casedNames };
}

export const synonymGroups = (entries: GlossaryEntry[]): SynonymGroup[] => synonymTerms(entries).groups;
