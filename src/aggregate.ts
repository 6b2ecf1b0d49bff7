// Aggregate stage: counts per entity (total, per document, per surface form) and example lines.
// Aggregates of two sets of documents merge into the aggregate of both, whatever the order, so
// a corpus can be processed in shards.
import type { Entity } from './entity.js';

export interface Example {
  document: string;
  /** 1-based line number in the original file. */
  line: number;
  /** 1-based column of the mention in that line. */
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

/** One mention located in its source file. */
export interface LocatedMention {
  entity: Entity;
  /** The name as written in the file. */
  surface: string;
  line: number;
  column: number;
  /** The line with the mention marked. */
  context: string;
}

export const MAX_EXAMPLES = 3;
const CONTEXT_RADIUS = 60;

export class Aggregate {
  readonly entities = new Map<string, EntityCounts>();
  readonly documents = new Map<string, DocumentSummary>();

  addDocument(doc: Omit<DocumentSummary, 'mentions'>, mentions: LocatedMention[]): void {
    this.documents.set(doc.id, { ...doc, mentions: mentions.length });
    for (const m of mentions) {
      const counts = this.countsFor(m.entity);
      counts.mentions++;
      counts.byDocument.set(doc.id, (counts.byDocument.get(doc.id) ?? 0) + 1);
      counts.surfaces.set(m.surface, (counts.surfaces.get(m.surface) ?? 0) + 1);
      counts.examples = pickExamples([...counts.examples, { document: doc.id, line: m.line, column: m.column, text: m.context }]);
    }
  }

  /** Adds another aggregate's counts to this one. */
  merge(other: Aggregate): this {
    for (const doc of other.documents.values()) this.documents.set(doc.id, doc);
    for (const theirs of other.entities.values()) {
      const ours = this.countsFor(theirs.entity);
      ours.mentions += theirs.mentions;
      addCounts(ours.byDocument, theirs.byDocument);
      addCounts(ours.surfaces, theirs.surfaces);
      ours.examples = pickExamples([...ours.examples, ...theirs.examples]);
    }
    return this;
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

const addCounts = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
};

/**
 * The first examples in document and line order, one per line and per distinct text (articles
 * repeat paragraphs), chosen so that merged aggregates pick what a single build picks.
 */
function pickExamples(examples: Example[]): Example[] {
  const sorted = [...examples].sort(
    (a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.line - b.line || a.column - b.column),
  );
  const picked: Example[] = [];
  for (const e of sorted) {
    if (picked.length === MAX_EXAMPLES) break;
    if (!picked.some((p) => p.text === e.text || (p.document === e.document && p.line === e.line))) picked.push(e);
  }
  return picked;
}

/** Locates a mention given by source offsets: its line, column and the marked line. */
export function locate(raw: string, lineStarts: number[], start: number, end: number): Omit<LocatedMention, 'entity'> {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= start) lo = mid;
    else hi = mid - 1;
  }
  const lineStart = lineStarts[lo];
  const lineEnd = lo + 1 < lineStarts.length ? lineStarts[lo + 1] : raw.length;
  const line = raw.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
  const from = Math.max(lineStart, start - CONTEXT_RADIUS);
  const to = Math.min(lineStart + line.length, end + CONTEXT_RADIUS);
  const context =
    (from > lineStart ? '…' : '') +
    `${raw.slice(from, start)}【${raw.slice(start, end)}】${raw.slice(end, to)}` +
    (to < lineStart + line.length ? '…' : '');
  return { surface: raw.slice(start, end), line: lo + 1, column: start - lineStart + 1, context: context.replace(/\s+/g, ' ').trim() };
}

export function lineStartsOf(raw: string): number[] {
  const starts = [0];
  for (const m of raw.matchAll(/\r\n|\n|\r/g)) starts.push(m.index! + m[0].length);
  return starts;
}

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
