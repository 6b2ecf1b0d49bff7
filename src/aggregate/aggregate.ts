// Aggregate stage: counts per entity (total, per document, per surface form) and example lines.
// Aggregates of two sets of documents merge into the aggregate of both, whatever the order, so
// a corpus can be processed in shards.
import { countInto, pickExamples, withExample, type Example } from './examples.js';
import { CandidateCounts, type CandidateCountsData } from './candidateCounts.js';
import { entityOf, type Entity } from '../core/entity.js';
import type { DocumentFindings } from '../pipeline/document.js';

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

export class Aggregate {
  readonly entities = new Map<string, EntityCounts>();
  readonly documents = new Map<string, DocumentSummary>();
  readonly candidates = new CandidateCounts();

  addDocument(doc: Omit<DocumentSummary, 'mentions'>, findings: DocumentFindings): void {
    this.documents.set(doc.id, { ...doc, mentions: findings.mentions.length });
    this.addFindings(doc.id, findings);
  }

  /**
   * Adds what was found in a document, or in one piece of it (a long document is read in
   * pieces): the counts add up, so the pieces of a document give the counts of the whole.
   * The document's summary (`documents`) is the caller's to set.
   */
  addFindings(documentId: string, { mentions, candidates, adjacency }: DocumentFindings): void {
    this.candidates.addDocument(documentId, candidates, adjacency);
    for (const m of mentions) {
      const counts = this.countsFor(m.entity);
      counts.mentions++;
      countInto(counts.byDocument, documentId, 1);
      countInto(counts.surfaces, m.surface, 1);
      counts.examples = withExample(counts.examples, { document: documentId, line: m.line, column: m.column, text: m.context });
    }
  }

  /** Adds another aggregate's counts to this one. */
  merge(other: Aggregate): this {
    return this.add(other, false);
  }

  /**
   * merge, for an aggregate not used afterwards (a worker's per-document aggregate or sum, a
   * partial read back): its candidates' tallies that this one lacks are taken over, not copied.
   */
  absorb(other: Aggregate): this {
    return this.add(other, true);
  }

  private add(other: Aggregate, takeOver: boolean): this {
    for (const doc of other.documents.values()) this.documents.set(doc.id, doc);
    this.candidates.merge(other.candidates, takeOver);
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
    if (data.candidates) aggregate.candidates.merge(CandidateCounts.fromData(data.candidates), true);
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
      counts = { entity: entityOf(entity), mentions: 0, byDocument: new Map(), surfaces: new Map(), examples: [] };
      this.entities.set(entity.id, counts);
    }
    return counts;
  }
}
