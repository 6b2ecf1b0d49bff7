// Lookup: find a glossary entry from any of its names, in any width, case or spelling that the
// normalizer folds, and suggest near names for a term that names nothing.
import { distance } from 'fastest-levenshtein';
import type { GlossaryEntry } from '../outputs/glossary.js';
import { nameKey } from '../core/normalize.js';
import { compareText } from '../core/sort.js';
import { qualifiedEn } from '../core/entity.js';

export const MAX_SUGGESTIONS = 5;

export interface Suggestion {
  name: string;
  entry: GlossaryEntry;
}

export class GlossaryIndex {
  private readonly byKey = new Map<string, GlossaryEntry>();
  /** Every name with its key, for suggestions. */
  private readonly names: Array<{ key: string; name: string; entry: GlossaryEntry }> = [];
  /** Names not yet keyed: a lookup that hits keys only the entries up to its own. */
  private readonly pending: Iterator<{ name: string; entry: GlossaryEntry }>;

  constructor(entries: GlossaryEntry[]) {
    this.pending = namesInOrder(entries);
  }

  find(term: string): GlossaryEntry | undefined {
    const key = nameKey(term);
    return this.byKey.get(key) ?? this.indexUntil(key);
  }

  /** Keys pending names until one has the key (the first entry to have it wins), or all are keyed. */
  private indexUntil(wanted?: string): GlossaryEntry | undefined {
    for (let next = this.pending.next(); !next.done; next = this.pending.next()) {
      const { name, entry } = next.value;
      const key = nameKey(name);
      if (!key || this.byKey.has(key)) continue;
      this.byKey.set(key, entry);
      this.names.push({ key, name, entry });
      if (key === wanted) return entry;
    }
    return undefined;
  }

  /** Names that start with the term, contain it, or are a few edits away; best first. */
  suggest(term: string): Suggestion[] {
    const key = nameKey(term);
    if (!key) return [];
    this.indexUntil();
    const maxEdits = Math.max(1, Math.floor(key.length / 3));
    const scored: Array<{ score: number; name: string; entry: GlossaryEntry }> = [];
    for (const { key: k, name, entry } of this.names) {
      let score: number;
      if (k.startsWith(key)) score = 0;
      else if (k.includes(key) || (key.length >= 2 && key.includes(k) && k.length >= 2)) score = 1;
      else {
        if (Math.abs(k.length - key.length) > maxEdits) continue; // cannot be within reach: skip the distance
        const edits = distance(key, k);
        if (edits > maxEdits) continue;
        score = 1 + edits;
      }
      scored.push({ score, name, entry });
    }
    scored.sort((a, b) => a.score - b.score || b.entry.mentions - a.entry.mentions || compareText(a.name, b.name));
    const seen = new Set<GlossaryEntry>();
    const suggestions: Suggestion[] = [];
    for (const s of scored) {
      if (seen.has(s.entry)) continue;
      seen.add(s.entry);
      suggestions.push({ name: s.name, entry: s.entry });
      if (suggestions.length === MAX_SUGGESTIONS) break;
    }
    return suggestions;
  }
}

/** Each entry's names, then the forms the articles used (`米国商務省産業安全保障局`), entry by entry. */
function* namesInOrder(entries: GlossaryEntry[]): Generator<{ name: string; entry: GlossaryEntry }> {
  for (const entry of entries) {
    for (const name of [entry.ja, entry.en, qualifiedEn(entry), ...entry.aliases, ...Object.keys(entry.surfaces)]) yield { name, entry };
  }
}
