// The names of an entry that search engines should treat as one: its Japanese and English names,
// aliases and the forms the articles used, lower-cased, each once across the whole export.
import type { GlossaryEntry } from '../glossary.js';
import { normalize } from '../../core/normalize.js';

/** A term must keep a letter or digit after the analyzer drops punctuation. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Lower-cased, some acronyms are English function words (`US` → `us`): as synonyms every `us`
 * in English text would expand to the United States. They are left out of the synonym list.
 */
const ENGLISH_FUNCTION_WORDS = new Set(['a', 'i', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);

export interface SynonymGroup {
  entry: GlossaryEntry;
  terms: string[];
}

/**
 * The names of an entry and the forms the articles used, but for one-character surfaces: those
 * are country short forms (`米` in `米中`), which as a synonym or translation would match everywhere.
 */
export function namesAndSurfaces(entry: GlossaryEntry): string[] {
  const surfaces = Object.keys(entry.surfaces).filter((s) => [...normalize(s).text].length > 1);
  return [entry.ja, entry.en, ...entry.aliases, ...surfaces];
}

/** Terms per entry, in entry order; a term already used by an earlier entry is left out. */
export function synonymGroups(entries: GlossaryEntry[]): SynonymGroup[] {
  const used = new Set<string>();
  return entries.map((entry) => {
    const terms: string[] = [];
    for (const name of namesAndSurfaces(entry)) {
      const term = normalize(name).text.trim().toLowerCase();
      if (!HAS_WORD_CHAR.test(term) || ENGLISH_FUNCTION_WORDS.has(term) || used.has(term)) continue;
      used.add(term);
      terms.push(term);
    }
    return { entry, terms };
  });
}
