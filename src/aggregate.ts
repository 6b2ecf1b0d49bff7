// Aggregate stage: counts per entity (total, per document, per surface form) and example lines.
// Aggregates of two sets of documents merge into the aggregate of both, whatever the order, so
// a corpus can be processed in shards.
import { CandidateCounts, type CandidateCountsData, type LocatedOccurrence } from './candidateCounts.js';
import type { Entity } from './entity.js';
import type { LocatedMention } from './locate.js';

export interface Example {
  document: string;
  /** 1-based line number in the original file. */
  line: number;
  /** 1-based column of the mention in that line, in UTF-16 code units (as JavaScript and VS Code count). */
  column: number;
  /** The line (shortened around the mention when long) with the mention marked 【like this】. */
  text: string;
}

export interface EntityCounts {
  entity: Entity;
  mentions: number;
  byDocument: Map<string, number>;
  surfaces: Map<string, number>;
  examples: Example[];
}

export interface DocumentSummary {
  id: string;
  path: string;
  characters: number;
  mentions: number;
}

export const MAX_EXAMPLES = 3;

/**
 * An aggregate as plain JSON: what a worker sends back, and one line of `glossary extract`
 * (the map step's output, for one document), which `glossary merge` reads back.
 */
export interface AggregateData {
  documents: DocumentSummary[];
  entities: Array<Omit<EntityCounts, 'byDocument' | 'surfaces'> & { byDocument: Record<string, number>; surfaces: Record<string, number> }>;
  /** Candidates for new entries (absent from partials written before discovery existed). */
  candidates?: CandidateCountsData;
}

/** What one document contributes to an aggregate. */
export interface DocumentFindings {
  mentions: LocatedMention[];
  candidates: LocatedOccurrence[];
  /** Neighbour counts of the simple nouns in the document's candidates. */
  adjacency: Map<string, [number, number]>;
}

export class Aggregate {
  readonly entities = new Map<string, EntityCounts>();
  readonly documents = new Map<string, DocumentSummary>();
  readonly candidates = new CandidateCounts();

  addDocument(doc: Omit<DocumentSummary, 'mentions'>, { mentions, candidates, adjacency }: DocumentFindings): void {
    this.documents.set(doc.id, { ...doc, mentions: mentions.length });
    this.candidates.addDocument(doc.id, candidates, adjacency);
    for (const m of mentions) {
      const counts = this.countsFor(m.entity);
      counts.mentions++;
      countInto(counts.byDocument, doc.id, 1);
      countInto(counts.surfaces, m.surface, 1);
      counts.examples = pickExamples([...counts.examples, { document: doc.id, line: m.line, column: m.column, text: m.context }]);
    }
  }

  /** Adds another aggregate's counts to this one. */
  merge(other: Aggregate): this {
    for (const doc of other.documents.values()) this.documents.set(doc.id, doc);
    this.candidates.merge(other.candidates);
    for (const theirs of other.entities.values()) {
      const ours = this.countsFor(theirs.entity);
      ours.mentions += theirs.mentions;
      for (const [k, n] of theirs.byDocument) countInto(ours.byDocument, k, n);
      for (const [k, n] of theirs.surfaces) countInto(ours.surfaces, k, n);
      ours.examples = pickExamples([...ours.examples, ...theirs.examples]);
    }
    return this;
  }

  toData(): AggregateData {
    return {
      documents: [...this.documents.values()],
      entities: [...this.entities.values()].map((c) => ({
        ...c,
        byDocument: Object.fromEntries(c.byDocument),
        surfaces: Object.fromEntries(c.surfaces),
      })),
      candidates: this.candidates.toData(),
    };
  }

  static fromData(data: AggregateData): Aggregate {
    const aggregate = new Aggregate();
    for (const doc of data.documents) aggregate.documents.set(doc.id, doc);
    if (data.candidates) aggregate.candidates.merge(CandidateCounts.fromData(data.candidates));
    for (const c of data.entities) {
      aggregate.entities.set(c.entity.id, {
        ...c,
        byDocument: new Map(Object.entries(c.byDocument)),
        surfaces: new Map(Object.entries(c.surfaces)),
      });
    }
    return aggregate;
  }

  private countsFor(entity: Entity): EntityCounts {
    let counts = this.entities.get(entity.id);
    if (!counts) {
      counts = { entity, mentions: 0, byDocument: new Map(), surfaces: new Map(), examples: [] };
      this.entities.set(entity.id, counts);
    }
    return counts;
  }
}

export const countInto = (into: Map<string, number>, key: string, n: number): void => {
  into.set(key, (into.get(key) ?? 0) + n);
};

/**
 * The first examples in document and line order, one per line and per distinct text (articles
 * repeat paragraphs), chosen so that merged aggregates pick what a single build picks.
 */
export function pickExamples(examples: Example[], limit = MAX_EXAMPLES): Example[] {
  const sorted = [...examples].sort(
    (a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.line - b.line || a.column - b.column),
  );
  const picked: Example[] = [];
  for (const e of sorted) {
    if (picked.length === limit) break;
    if (!picked.some((p) => p.text === e.text || (p.document === e.document && p.line === e.line))) picked.push(e);
  }
  return picked;
}

