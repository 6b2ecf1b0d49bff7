// The glossary as glossary.json holds it: entries with their counts, in a fixed order.
import type { Aggregate, DocumentSummary } from '../aggregate/aggregate.js';
import type { Example } from '../aggregate/examples.js';
import type { Entity } from '../core/entity.js';

/** An entity with its counts, as glossary.json holds it. */
export interface GlossaryEntry extends Entity {
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

/** The glossary in a fixed order: entries by mentions, then id; maps by key or by count. */
export function toGlossary(aggregate: Aggregate): Glossary {
  const entries = [...aggregate.entities.values()]
    .sort((a, b) => b.mentions - a.mentions || (a.entity.id < b.entity.id ? -1 : 1))
    .map(({ entity, mentions, byDocument, surfaces, examples }) => ({
      id: entity.id,
      type: entity.type,
      ja: entity.ja,
      en: entity.en,
      aliases: entity.aliases,
      ...(entity.qualifier !== undefined && { qualifier: entity.qualifier }),
      ...(entity.reading !== undefined && { reading: entity.reading }),
      ...(entity.note !== undefined && { note: entity.note }),
      mentions,
      documents: byDocument.size,
      byDocument: Object.fromEntries([...byDocument].sort(byKey)),
      surfaces: Object.fromEntries([...surfaces].sort(byCountThenKey)),
      examples,
    }));
  const documents = [...aggregate.documents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { documents, entries };
}
