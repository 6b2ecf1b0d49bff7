// The names of an entry that search engines should treat as one: its Japanese and English names,
// aliases and the forms the articles used, lower-cased, each once across the whole export.
import type { GlossaryEntry } from '../aggregate.js';
import { normalize } from '../normalize.js';

/** A term must keep a letter or digit after the analyzer drops punctuation. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

export interface SynonymGroup {
  entry: GlossaryEntry;
  terms: string[];
}

/** Terms per entry, in entry order; a term already used by an earlier entry is left out. */
export function synonymGroups(entries: GlossaryEntry[]): SynonymGroup[] {
  const used = new Set<string>();
  return entries.map((entry) => {
    const terms: string[] = [];
    // Surfaces of one character are short forms (`米` in `米中`): as synonyms they would match everywhere.
    const surfaces = Object.keys(entry.surfaces).filter((s) => [...normalize(s).text].length > 1);
    for (const name of [entry.ja, entry.en, ...entry.aliases, ...surfaces]) {
      const term = normalize(name).text.trim().toLowerCase();
      if (!HAS_WORD_CHAR.test(term) || used.has(term)) continue;
      used.add(term);
      terms.push(term);
    }
    return { entry, terms };
  });
}
