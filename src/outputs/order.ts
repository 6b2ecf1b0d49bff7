// The orders a glossary can be written in: by mentions (as glossary.json holds it), or by reading
// in gojūon order (アイウエオ…), as Japanese glossaries are ordered.

export const ENTRY_ORDERS = ['mentions', 'reading'] as const;
export type EntryOrder = (typeof ENTRY_ORDERS)[number];

const japanese = new Intl.Collator('ja');

interface Ordered {
  ja: string;
  reading?: string;
  id: string;
}

/**
 * Entries in the given order: `mentions` keeps the glossary's own (by mentions, then id); by
 * reading, entries without one (Latin names) follow, by name.
 */
export function sortEntries<T extends Ordered>(entries: T[], order: EntryOrder): T[] {
  if (order === 'mentions') return entries;
  const key = (e: T) => [e.reading === undefined ? 1 : 0, e.reading ?? e.ja] as const;
  return [...entries].sort((a, b) => {
    const [ka, ra] = key(a);
    const [kb, rb] = key(b);
    return ka - kb || japanese.compare(ra, rb) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
