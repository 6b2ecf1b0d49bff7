// Aggregate stage, for discovery: per candidate, how often and where it occurs, what signals and
// type guesses it had, the partners it was paired with, and the neighbour counts of simple nouns
// that the termhood score needs. Like the entity counts, these merge in any order and grouping.
import { countInto, pickExamples, withExample, type Example } from './examples.js';
import type { LocatedOccurrence } from '../pipeline/document.js';
import { encodeGuess } from '../pipeline/discover/provenance.js';
import { entityOf, type Entity } from '../core/entity.js';

export interface CandidateTally {
  key: string;
  parts: string[];
  mentions: number;
  /** Occurrences not inside a longer candidate. */
  independent: number;
  byDocument: Map<string, number>;
  surfaces: Map<string, number>;
  signals: Map<string, number>;
  /** A type guess (encodeGuess) → count. */
  guesses: Map<string, number>;
  partners: Map<string, number>;
  /** Entity id → count, for pairs whose other side is an entry. */
  aliasOf: Map<string, number>;
  examples: Example[];
}

/** Examples kept per candidate. */
export const CANDIDATE_EXAMPLES = 2;

type MapFields = 'byDocument' | 'surfaces' | 'signals' | 'guesses' | 'partners' | 'aliasOf';
const MAP_FIELDS: MapFields[] = ['byDocument', 'surfaces', 'signals', 'guesses', 'partners', 'aliasOf'];

export interface CandidateCountsData {
  candidates: Array<Omit<CandidateTally, MapFields> & Record<MapFields, Record<string, number>>>;
  /** Simple noun key → [times another noun stood before it, times one stood after it]. */
  adjacency: Record<string, [number, number]>;
  /** The entries that pairs made candidates aliases of. */
  entities: Entity[];
}

/** A copy that can be added to without changing the original. */
export function cloneTally(t: CandidateTally): CandidateTally {
  const copy = { ...t, examples: [...t.examples] };
  for (const f of MAP_FIELDS) copy[f] = new Map(t[f]);
  return copy;
}

/** Adds the counts of one tally to another. */
export function addTally(ours: CandidateTally, theirs: CandidateTally): void {
  ours.mentions += theirs.mentions;
  ours.independent += theirs.independent;
  for (const field of MAP_FIELDS) for (const [k, n] of theirs[field]) countInto(ours[field], k, n);
  ours.examples = pickExamples([...ours.examples, ...theirs.examples], CANDIDATE_EXAMPLES);
}

export class CandidateCounts {
  readonly tallies = new Map<string, CandidateTally>();
  readonly adjacency = new Map<string, [number, number]>();
  readonly entities = new Map<string, Entity>();

  addDocument(documentId: string, occurrences: LocatedOccurrence[], adjacency: Map<string, [number, number]>): void {
    for (const [key, [left, right]] of adjacency) this.addAdjacency(key, left, right);
    for (const o of occurrences) {
      const tally = this.tallyFor(o.key, o.parts);
      tally.mentions++;
      if (o.independent) tally.independent++;
      countInto(tally.byDocument, documentId, 1);
      countInto(tally.surfaces, o.surface, 1);
      for (const s of o.signals) countInto(tally.signals, s, 1);
      countInto(tally.guesses, encodeGuess(o.guess), 1);
      if (o.partner) countInto(tally.partners, o.partner, 1);
      if (o.aliasOf) {
        countInto(tally.aliasOf, o.aliasOf.id, 1);
        if (!this.entities.has(o.aliasOf.id)) this.entities.set(o.aliasOf.id, entityOf(o.aliasOf));
      }
      tally.examples = withExample(tally.examples, { document: documentId, line: o.line, column: o.column, text: o.context }, CANDIDATE_EXAMPLES);
    }
  }

  /** Adds another's counts; with `takeOver` (`other` is not used afterwards), a tally this one lacks is taken over, not copied: most of a document's are new to a sum. */
  merge(other: CandidateCounts, takeOver = false): this {
    for (const [key, [left, right]] of other.adjacency) this.addAdjacency(key, left, right);
    for (const [id, entity] of other.entities) this.entities.set(id, entity);
    for (const theirs of other.tallies.values()) {
      if (!takeOver || this.tallies.has(theirs.key)) addTally(this.tallyFor(theirs.key, theirs.parts), theirs);
      else {
        const { key, parts, mentions, independent, examples, byDocument, surfaces, signals, guesses, partners, aliasOf } = theirs;
        this.tallies.set(key, { key, parts, mentions, independent, examples: pickExamples(examples, CANDIDATE_EXAMPLES), byDocument, surfaces, signals, guesses, partners, aliasOf });
      }
    }
    return this;
  }

  toData(): CandidateCountsData {
    return {
      candidates: [...this.tallies.values()].map((t) => {
        const data = { ...t } as unknown as CandidateCountsData['candidates'][number];
        for (const f of MAP_FIELDS) data[f] = Object.fromEntries(t[f]);
        return data;
      }),
      adjacency: Object.fromEntries(this.adjacency),
      entities: [...this.entities.values()],
    };
  }

  static fromData(data: CandidateCountsData): CandidateCounts {
    const counts = new CandidateCounts();
    for (const [key, pair] of Object.entries(data.adjacency)) counts.adjacency.set(key, pair);
    for (const entity of data.entities) counts.entities.set(entity.id, entity);
    for (const c of data.candidates) {
      const tally = { ...c } as unknown as CandidateTally;
      for (const f of MAP_FIELDS) tally[f] = new Map(Object.entries(c[f]));
      counts.tallies.set(c.key, tally);
    }
    return counts;
  }

  private addAdjacency(key: string, left: number, right: number): void {
    const counts = this.adjacency.get(key);
    if (counts) {
      counts[0] += left;
      counts[1] += right;
    } else this.adjacency.set(key, [left, right]);
  }

  private tallyFor(key: string, parts: string[]): CandidateTally {
    let tally = this.tallies.get(key);
    if (tally) {
      // kuromoji may split one name differently in two places; the choice must not depend on order.
      if (!sameParts(parts, tally.parts) && JSON.stringify(parts) < JSON.stringify(tally.parts)) tally.parts = parts;
    } else {
      tally = { key, parts, mentions: 0, independent: 0, examples: [], ...(Object.fromEntries(MAP_FIELDS.map((f) => [f, new Map()])) as Record<MapFields, Map<string, number>>) };
      this.tallies.set(key, tally);
    }
    return tally;
  }
}

/** Whether two splits of a name are the same (mostly they are: no JSON to compare them then). */
const sameParts = (a: string[], b: string[]): boolean => a.length === b.length && a.every((part, i) => part === b[i]);
