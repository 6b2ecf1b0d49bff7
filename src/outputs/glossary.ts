// The glossary as glossary.json holds it: entries with their counts, in a fixed order.
import type { Aggregate, DocumentSummary } from '../aggregate/aggregate.js';
import type { Example } from '../aggregate/examples.js';
import { entityOf, type Entity } from '../core/entity.js';
import { byCountThenKey, byKey, compareText } from '../core/sort.js';

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

/** An entity as glossary.json lists it: its public fields, then its counts (none, for an entity read from the dictionary). */
export function glossaryEntry(entity: Entity, counts?: Pick<GlossaryEntry, 'mentions' | 'byDocument' | 'surfaces' | 'examples'>): GlossaryEntry {
  const { mentions = 0, byDocument = {}, surfaces = {}, examples = [] } = counts ?? {};
  return { ...entityOf(entity), mentions, documents: Object.keys(byDocument).length, byDocument, surfaces, examples };
}

/** The glossary in a fixed order: entries by mentions, then id; maps by key or by count. */
export function toGlossary(aggregate: Aggregate): Glossary {
  const entries = [...aggregate.entities.values()]
    .sort((a, b) => b.mentions - a.mentions || compareText(a.entity.id, b.entity.id))
    .map(({ entity, mentions, byDocument, surfaces, examples }) =>
      glossaryEntry(entity, {
        mentions,
        byDocument: Object.fromEntries([...byDocument].sort(byKey)),
        surfaces: Object.fromEntries([...surfaces].sort(byCountThenKey)),
        examples,
      }),
    );
  const documents = [...aggregate.documents.values()].sort((a, b) => compareText(a.id, b.id));
  return { documents, entries };
}
