// The aggregate as plain JSON, as a schema: what `glossary merge` accepts from a partial line,
// checked field by field (zod), so that a hand-made or damaged partial is refused with the place
// of the problem instead of crashing the merge or reaching the outputs (a `type` that is really
// CSS, a count that is a string, a negative or infinite count).
import { z } from 'zod';
import { ENTITY_TYPES } from '../core/entity.js';
import { CONTROL_CHARACTER } from '../core/normalize.js';
import { READING } from '../dictionary/dictionary.js';
import type { Signal } from '../pipeline/discover/discover.js';
import { decodeGuess } from '../pipeline/discover/provenance.js';
import type { AggregateData } from './aggregate.js';
import { CANDIDATE_EXAMPLES } from './candidateCounts.js';
import { MAX_EXAMPLES } from './examples.js';

/** Every signal discovery gives; checked against the Signal type below. */
export const SIGNALS = [
  'noun-run', 'proper-noun', 'unknown-word', 'katakana', 'suffix', 'capitalized', 'acronym', 'product-number', 'organization', 'listed', 'pair',
  'after-country', 'common-words', 'person-title', 'mixed-script', 'kind-word', 'variant', 'after-maker', 'countable',
] as const;
type Listed = (typeof SIGNALS)[number];
// A signal added to discovery and not here (or the reverse) fails to compile.
const signalsListed: [Signal] extends [Listed] ? ([Listed] extends [Signal] ? true : false) : false = true;
void signalsListed;


const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const position = count.min(1);
/** An entity's name or id: non-empty, no control characters (they would break the exports' lines). */
const name = z.string().min(1).max(10_000).refine((s) => !CONTROL_CHARACTER.test(s), 'holds a control character');
/** Text taken from documents and their file names (a document id, a form as written): anything but empty. */
const written = z.string().min(1).max(10_000);
const text = z.string().max(100_000);
const countMap = z.record(z.string().max(10_000), count);
/** A reading is katakana only: it becomes a field of the user dictionary's comma-separated lines. */
const reading = z.string().max(10_000).regex(READING, 'is not katakana');

export const entitySchema = z.strictObject({
  // Dictionary ids are lower-case ASCII; an entry discovery made without an English name has its Japanese name as id.
  id: name.regex(/^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{N}._-]*$/u, 'an id is lower-case letters, digits, ".", "_" and "-"'),
  type: z.enum(ENTITY_TYPES),
  ja: name,
  en: name,
  aliases: z.array(name),
  qualifier: name.optional(),
  reading: reading.optional(),
  readings: z.record(name, reading).optional(),
  note: z.string().max(10_000).refine((s) => !CONTROL_CHARACTER.test(s), 'holds a control character').optional(),
});

const example = z.strictObject({ document: written, line: position, column: position, text });

const documentSummary = z.strictObject({ id: written, path: written, characters: count, mentions: count });

const entityCounts = z.strictObject({
  entity: entitySchema,
  mentions: count,
  byDocument: countMap,
  surfaces: countMap,
  examples: z.array(example).max(MAX_EXAMPLES),
});

const guessKey = z.string().max(20_000).refine((key) => decodeGuess(key) !== undefined, 'is a type guess [type, {rule, …}]');

const candidateTally = z.strictObject({
  key: written,
  parts: z.array(z.string().max(10_000)).min(1),
  mentions: count,
  independent: count,
  byDocument: countMap,
  surfaces: countMap,
  signals: z.record(z.string(), count).refine((signals) => Object.keys(signals).every((s) => (SIGNALS as readonly string[]).includes(s)), 'names a signal discovery does not give'),
  guesses: z.record(guessKey, count),
  partners: countMap,
  aliasOf: countMap,
  examples: z.array(example).max(CANDIDATE_EXAMPLES),
});

export const aggregateDataSchema = z.strictObject({
  documents: z.array(documentSummary),
  entities: z.array(entityCounts),
  candidates: z.strictObject({
    candidates: z.array(candidateTally),
    adjacency: z.record(z.string().max(10_000), z.tuple([count, count])),
    entities: z.array(entitySchema),
  }),
});

// The schema describes AggregateData exactly: a change to one without the other fails to compile.
const asData: (checked: z.infer<typeof aggregateDataSchema>) => AggregateData = (checked) => checked;
void asData;

/**
 * What the schema cannot say: counts that add up (an entity's mentions are the sum of its
 * counts per document and per form), and documents referred to that the data holds.
 * Returns the first inconsistency, or undefined.
 */
export function inconsistency(data: AggregateData): string | undefined {
  const ids = new Set(data.documents.map((d) => d.id));
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  for (const [i, e] of data.entities.entries()) {
    const at = `entities[${i}] ("${e.entity.id}")`;
    if (sum(e.byDocument) !== e.mentions) return `${at}: byDocument does not add up to its mentions`;
    if (sum(e.surfaces) !== e.mentions) return `${at}: surfaces do not add up to its mentions`;
    const unknown = [...Object.keys(e.byDocument), ...e.examples.map((x) => x.document)].find((d) => !ids.has(d));
    if (unknown !== undefined) return `${at}: names document "${unknown}", which the partial does not hold`;
  }
  for (const [i, c] of (data.candidates?.candidates ?? []).entries()) {
    const at = `candidates[${i}] ("${c.key}")`;
    if (sum(c.byDocument) !== c.mentions || sum(c.surfaces) !== c.mentions) return `${at}: counts do not add up to its mentions`;
    if (c.independent > c.mentions) return `${at}: more independent mentions than mentions`;
    const unknown = [...Object.keys(c.byDocument), ...c.examples.map((x) => x.document)].find((d) => !ids.has(d));
    if (unknown !== undefined) return `${at}: names document "${unknown}", which the partial does not hold`;
  }
  return undefined;
}
