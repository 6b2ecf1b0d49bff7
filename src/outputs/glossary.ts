// The glossary as glossary.json holds it: entries with their counts, in a fixed order.
import type { Aggregate, DocumentSummary, EntityCounts } from '../aggregate/aggregate.js';
import { countInto, pickExamples, type Example } from '../aggregate/examples.js';
import { entityOf, type Entity } from '../core/entity.js';
import { byCountThenKey, byKey, compareText } from '../core/sort.js';

/** Where an entry comes from: the curated dictionary, or discovery in the articles themselves. */
export type EntrySource = 'dictionary' | 'discovered';

/** Where a discovered entry's English name comes from: the text (a bracket partner, the Latin form written), or nowhere. */
export type EnglishSource = 'text' | 'guess' | 'none';

/** Why an entry was discovered: what the text showed. */
export interface Evidence {
  signals: string[];
  typeReason: string;
  score: number;
}

/** An entity with its counts, as glossary.json holds it. */
export interface GlossaryEntry extends Entity {
  source: EntrySource;
  /** Discovered entries only. */
  enSource?: EnglishSource;
  /** Discovered entries only. */
  evidence?: Evidence;
  mentions: number;
  documents: number;
  byDocument: Record<string, number>;
  surfaces: Record<string, number>;
  examples: Example[];
}

/** Occurrences that count for an entry the dictionary has, under a name it lacks (see discovered.ts). */
export type AliasCounts = Omit<EntityCounts, 'mentions'>;

export interface Glossary {
  documents: DocumentSummary[];
  entries: GlossaryEntry[];
}

/** A dictionary entity as glossary.json lists it: its public fields, then its counts (none, for an entity read from the dictionary). */
export function glossaryEntry(entity: Entity, counts?: Pick<GlossaryEntry, 'mentions' | 'byDocument' | 'surfaces' | 'examples'>): GlossaryEntry {
  const { mentions = 0, byDocument = {}, surfaces = {}, examples = [] } = counts ?? {};
  return { ...entityOf(entity), source: 'dictionary', mentions, documents: Object.keys(byDocument).length, byDocument, surfaces, examples };
}

/**
 * The glossary in a fixed order: entries by mentions, then id; maps by key or by count. The
 * discovered entries (see discovered.ts) stand beside the dictionary's, and the names discovery
 * found for the dictionary's entries count for them.
 */
export function toGlossary(aggregate: Aggregate, discovered: GlossaryEntry[] = [], aliases = new Map<string, AliasCounts>()): Glossary {
  const counted = new Map(aggregate.entities);
  for (const [id, alias] of aliases) {
    // A copy of the entity's counts (the aggregate stays as it was), with the alias's added.
    const own = counted.get(id);
    const counts = own
      ? { ...own, byDocument: new Map(own.byDocument), surfaces: new Map(own.surfaces) }
      : { entity: alias.entity, mentions: 0, byDocument: new Map<string, number>(), surfaces: new Map<string, number>(), examples: [] };
    for (const [doc, n] of alias.byDocument) {
      countInto(counts.byDocument, doc, n);
      counts.mentions += n;
    }
    for (const [form, n] of alias.surfaces) countInto(counts.surfaces, form, n);
    counts.examples = pickExamples([...counts.examples, ...alias.examples]);
    counted.set(id, counts);
  }
  const fromDictionary = [...counted.values()].map(({ entity, mentions, byDocument, surfaces, examples }) =>
    glossaryEntry(entity, {
      mentions,
      byDocument: Object.fromEntries([...byDocument].sort(byKey)),
      surfaces: Object.fromEntries([...surfaces].sort(byCountThenKey)),
      examples,
    }),
  );
  const entries = [...fromDictionary, ...discovered].sort((a, b) => b.mentions - a.mentions || compareText(a.id, b.id));
  const documents = [...aggregate.documents.values()].sort((a, b) => compareText(a.id, b.id));
  return { documents, entries };
}
