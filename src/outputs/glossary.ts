// The glossary as glossary.json holds it: entries with their counts, in a fixed order.
import type { Aggregate, DocumentSummary } from '../aggregate/aggregate.js';
import type { Example } from '../aggregate/examples.js';
import type { Entity } from '../core/entity.js';

/** Where an entry comes from: the curated dictionary, or discovery in the articles themselves. */
export type EntrySource = 'dictionary' | 'discovered';

/** An entity with its counts, as glossary.json holds it. */
export interface GlossaryEntry extends Entity {
  source: EntrySource;
  mentions: number;
  documents: number;
  byDocument: Record<string, number>;
  surfaces: Record<string, number>;
  examples: Example[];
}

export interface Glossary {
  documents: DocumentSummary[];
  entries: GlossaryEntry[];
}

const byCountThenKey = ([ka, a]: [string, number], [kb, b]: [string, number]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0);
const byKey = ([ka]: [string, number], [kb]: [string, number]) => (ka < kb ? -1 : ka > kb ? 1 : 0);

/**
 * The glossary in a fixed order: entries by mentions, then id; maps by key or by count. The
 * discovered entries (see discovered.ts) stand beside the dictionary's.
 */
export function toGlossary(aggregate: Aggregate, discovered: GlossaryEntry[] = []): Glossary {
  const fromDictionary: GlossaryEntry[] = [...aggregate.entities.values()].map(({ entity, mentions, byDocument, surfaces, examples }) => ({
      id: entity.id,
      type: entity.type,
      ja: entity.ja,
      en: entity.en,
      aliases: entity.aliases,
      ...(entity.note !== undefined && { note: entity.note }),
      source: 'dictionary',
      mentions,
      documents: byDocument.size,
      byDocument: Object.fromEntries([...byDocument].sort(byKey)),
      surfaces: Object.fromEntries([...surfaces].sort(byCountThenKey)),
      examples,
    }));
  const entries = [...fromDictionary, ...discovered].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  const documents = [...aggregate.documents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { documents, entries };
}
