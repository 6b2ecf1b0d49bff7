// The names of an entry that search engines should treat as one: its Japanese and English names,
// aliases and the forms the articles used, lower-cased, each once across the whole export.
//
// Lower-cased, some names are ordinary English words (`EAR` → `ear`, `Oracle`, `China`, `US`):
// as synonyms, "my left ear" would find the Export Administration Regulations and 輸出管理規則
// would find that ear. Such a name, and every acronym (`BIS`, `GM`), takes part only as written
// with its capitals: a case-sensitive rule before lower-casing (`EAR => glossaryear`, see
// casedNameRules) turns it into a token of its own, which the synonym rules hold instead of the
// word; a name that is an ordinary word written in lower case is left out.
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
  /** The terms as the analyzer sees them: lower-cased, cased names as their tokens. */
  terms: string[];
  /** The same names as written, for what runs before lower-casing (the user dictionary). */
  written: string[];
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

/** A name that is an ordinary word in lower case and written here with a capital, or an acronym. */
function isCasedName(written: string): boolean {
  const lower = written.toLowerCase();
  return written !== lower && ONE_LATIN_WORD.test(lower) && (isOrdinaryWord(lower) || ALL_CAPS.test(written));
}

/**
 * Terms per entry, in entry order, as the analyzer sees them; a term already used (by an earlier
 * entry or name) is left out, and so is an ordinary word written in lower case. Cased names are
 * replaced by their tokens wherever they stand as a word (`EAR99`, `NVIDIA A100` → `glossarynvidia
 * a100`), as the cased-names filter replaces them in the text: Solr parses the rules with the
 * tokenizer alone, so the rules must hold the tokens themselves.
 */
export function synonymTerms(entries: GlossaryEntry[]): SynonymTerms {
  const names = entries.map((entry) => namesAndSurfaces(entry).map((n) => normalize(n).text.trim()).filter((n) => HAS_WORD_CHAR.test(n)));
  const tokenOf = new Map<string, string>();
  for (const name of names.flat()) {
    if (!isCasedName(name)) continue;
    const token = casedToken(name.toLowerCase());
    tokenOf.set(name, token).set(name.toUpperCase(), token);
  }
  // Cased forms are letters only, so they need no escaping.
  const casedWord = new RegExp(`(?<![A-Za-z0-9])(?:${[...tokenOf.keys()].join('|') || '(?!)'})(?![A-Za-z0-9])`, 'g');
  const used = new Set<string>();
  const groups = entries.map((entry, i) => {
    const group: SynonymGroup = { entry, terms: [], written: [] };
    for (const name of names[i]) {
      const lower = name.toLowerCase();
      if (name === lower && ONE_LATIN_WORD.test(lower) && isOrdinaryWord(lower)) continue; // a word, not a name
      const term = name.replace(casedWord, (form) => tokenOf.get(form)!).toLowerCase();
      if (used.has(term)) continue;
      used.add(term);
      group.terms.push(term);
      group.written.push(name);
    }
    return group;
  });
  const forms = new Map<string, string[]>();
  for (const [form, token] of tokenOf) forms.set(token, [...(forms.get(token) ?? []), form]);
  return { groups, casedNames: [...forms].map(([token, written]) => ({ written, token })) };
}

export const synonymGroups = (entries: GlossaryEntry[]): SynonymGroup[] => synonymTerms(entries).groups;
