// The pipeline as map and reduce, for corpora too large for one machine (Hadoop Streaming,
// Spark's RDD.pipe, GNU parallel). `glossary extract` is the map step: one JSON line per document,
// a partial line. `glossary merge` is the reduce step: it checks every line, adds them up (in any
// grouping and order) and writes what `glossary build` writes.
//
// A partial line is versioned and says what it was made with:
//   {"format": "glossary-partial", "version": 3, "dictionary": <hash of the dictionary>,
//    "document": {"id", "path", "sha256"}, "partial": <that document's aggregate>}
// or, for a file that could not be read, the same with "problem": <a Diagnostic> instead of
// "document" and "partial". Merge refuses lines made with another dictionary than the rest, two
// different documents under one id, and any line that does not fit the schema, naming
// file:line; the same document given twice is counted once. So the outcome never depends on
// the order or grouping of the partials.
import { createReadStream } from 'node:fs';
import { constants } from 'node:buffer';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { Aggregate, type AggregateData } from '../aggregate/aggregate.js';
import { aggregateDataSchema, inconsistency } from '../aggregate/schema.js';
import { diagnosticPlace, GlossaryError, type Diagnostic } from '../core/errors.js';
import { nonBlankLines } from '../core/lines.js';
import { lockFolder } from '../core/lock.js';
import { loadDictionary } from '../dictionary/dictionary.js';
import { documentContext, textDocument } from '../pipeline/document.js';
import { mapDocuments, summarize, writeGlossary, type BuildSummary, type CollectOptions, type WriteOptions } from './build.js';
import { documentAggregate, sha256, type DocumentOutcome } from './documentJob.js';
import type { Glossary } from '../outputs/glossary.js';

export const PARTIAL_FORMAT = 'glossary-partial';
/** 3: type guesses are data, [type, {rule, …}], no longer "type<TAB>reason". */
export const PARTIAL_VERSION = 3;

/** What identifies one document of a partial line. */
export interface PartialDocument {
  id: string;
  path: string;
  /** SHA-256 of the decoded text: the same id and path with another text is another document. */
  sha256: string;
}

export type PartialLine =
  | { format: typeof PARTIAL_FORMAT; version: typeof PARTIAL_VERSION; dictionary: string; document: PartialDocument; partial: AggregateData }
  | { format: typeof PARTIAL_FORMAT; version: typeof PARTIAL_VERSION; dictionary: string; problem: Diagnostic };

const diagnosticSchema = z.strictObject({
  file: z.string().min(1).max(10_000),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  message: z.string().min(1).max(10_000),
  hint: z.string().max(10_000),
});

const header = { format: z.literal(PARTIAL_FORMAT), version: z.literal(PARTIAL_VERSION), dictionary: z.string().regex(/^[0-9a-f]{16,64}$/) };

export const partialLineSchema = z.union([
  z.strictObject({
    ...header,
    document: z.strictObject({ id: z.string().min(1).max(10_000), path: z.string().min(1).max(10_000), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    partial: aggregateDataSchema,
  }),
  z.strictObject({ ...header, problem: diagnosticSchema }),
]);

/** The line `glossary extract` writes for one document's outcome. */
export function partialLine(outcome: DocumentOutcome & { sha256?: string }, dictionary: string): string {
  const line: PartialLine =
    'problem' in outcome
      ? { format: PARTIAL_FORMAT, version: PARTIAL_VERSION, dictionary, problem: outcome.problem }
      : (() => {
          const [doc] = outcome.aggregate.documents.values();
          return { format: PARTIAL_FORMAT, version: PARTIAL_VERSION, dictionary, document: { id: doc.id, path: doc.path, sha256: outcome.sha256 ?? '' }, partial: outcome.aggregate.toData() };
        })();
  return `${JSON.stringify(line)}\n`;
}

/** Map over files: writes one partial line per document. */
export async function extractFiles(options: CollectOptions, write: (line: string) => void): Promise<{ problems: Diagnostic[]; warnings: Diagnostic[] }> {
  const dictionary = loadDictionary(options.dictDir);
  const { problems, warnings } = await mapDocuments(options, (outcome) => write(partialLine(outcome, dictionary.hash)), { perDocument: true, dictionary });
  // What the listing skipped (a FIFO, a link out of the inputs) goes out as problem lines too, so that merge reports it.
  for (const problem of problems) write(partialLine({ problem }, dictionary.hash));
  return { problems, warnings };
}

/** Map over JSON lines `{"id": …, "text": …}` (Hadoop Streaming and Spark feed standard input). */
export async function extractLines(input: Readable, dictDir: string, write: (line: string) => void, { name = 'standard input', signal }: { name?: string; signal?: AbortSignal } = {}): Promise<void> {
  const dictionary = loadDictionary(dictDir);
  const context = await documentContext(dictionary);
  const tooLong = { message: 'too long for one document', hint: 'split the document into several lines' };
  for await (const { text: line, number: lineNumber } of nonBlankLines(input, { name, maxLength: MAX_STRING_LENGTH, tooLong, signal })) {
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      throw new GlossaryError(`${name}:${lineNumber}: not a JSON line`, 'give one {"id": "...", "text": "..."} object per line');
    }
    if (typeof doc?.id !== 'string' || !doc.id || typeof doc.text !== 'string') {
      throw new GlossaryError(`${name}:${lineNumber}: needs a non-empty string "id" and a string "text"`, 'give one {"id": "...", "text": "..."} object per line');
    }
    const aggregate = documentAggregate(textDocument(doc.id, doc.text), context);
    write(partialLine({ aggregate, sha256: sha256(doc.text) }, dictionary.hash));
  }
}

/** A partial file: a path, or a named stream (the CLI passes standard input as one). */
export type PartialSource = string | { name: string; input: Readable };

export interface Merged {
  aggregate: Aggregate;
  /** Files that extract could not read, as its lines reported them. */
  problems: Diagnostic[];
  /** Lines that repeat a document already merged (counted once). */
  warnings: Diagnostic[];
}

/** Lines reported at most, when many are bad, before the merge stops. */
const MAX_REPORTED = 20;

/**
 * Reduce: checks and adds up the lines of partial files. Throws a GlossaryError naming file:line
 * of every bad line (up to 20), of lines made with different dictionaries, and of two different
 * documents under one id; nothing is written then.
 */
export async function readPartials(sources: PartialSource[], { signal }: { signal?: AbortSignal } = {}): Promise<Merged> {
  const aggregate = new Aggregate();
  const problems = new Map<string, Diagnostic>();
  const warnings: Diagnostic[] = [];
  const bad: string[] = [];
  const dictionaries = new Map<string, { first: string; lines: number }>();
  const documents = new Map<string, { path: string; sha256: string; at: string }>();
  const entities = new Map<string, { json: string; at: string }>();
  const conflicts: string[] = [];
  for (const source of sources) {
    const name = typeof source === 'string' ? source : source.name;
    const input = typeof source === 'string' ? createReadStream(source) : source.input;
    await new Promise<void>((resolve, reject) => {
      input.once('error', (err: NodeJS.ErrnoException) => reject(new GlossaryError(`${name}: cannot read (${err.code ?? err.message})`, 'check the path of the partial file')));
      input.once('readable', resolve).once('end', resolve);
    });
    const tooLong = { message: 'not a partial line', hint: 'merge only what `glossary extract` wrote' };
    for await (const { text, number: lineNumber } of nonBlankLines(input, { name, maxLength: MAX_LINE_BYTES, tooLong, signal })) {
      const at = `${name}:${lineNumber}`;
      const line = checkLine(text, at, bad);
      if (!line) {
        if (bad.length >= MAX_REPORTED) break;
        continue;
      }
      const dictionary = dictionaries.get(line.dictionary) ?? { first: at, lines: 0 };
      dictionary.lines++;
      dictionaries.set(line.dictionary, dictionary);
      if ('problem' in line) {
        problems.set(JSON.stringify(line.problem), line.problem);
        continue;
      }
      const { id, path, sha256: digest } = line.document;
      const seen = documents.get(id);
      if (seen) {
        if (seen.path === path && seen.sha256 === digest) {
          warnings.push({ file: name, line: lineNumber, message: `document "${id}" (${path}) was already merged from ${seen.at}`, hint: 'it is counted once; merge each partial file once' });
        } else {
          conflicts.push(`${at}: document id "${id}" (${path}) is also the id of another document (${seen.path}, ${seen.at})`);
        }
        continue;
      }
      documents.set(id, { path, sha256: digest, at });
      for (const e of [...line.partial.entities.map((c) => c.entity), ...line.partial.candidates!.entities]) {
        const json = JSON.stringify(e);
        const known = entities.get(e.id);
        if (!known) entities.set(e.id, { json, at });
        else if (known.json !== json) conflicts.push(`${at}: entity "${e.id}" is not the same as in ${known.at}`);
      }
      aggregate.absorb(Aggregate.fromData(line.partial));
    }
    if (bad.length >= MAX_REPORTED) break;
  }
  if (bad.length) {
    throw new GlossaryError(`not a partial line of this glossary version:\n  ${bad.join('\n  ')}`, 'merge only what `glossary extract` of this version wrote; extract again the files named');
  }
  if (dictionaries.size > 1) {
    const list = [...dictionaries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hash, d]) => `${hash.slice(0, 12)}… in ${d.lines} line${d.lines === 1 ? '' : 's'}, first ${d.first}`);
    throw new GlossaryError(`the partials were made with ${dictionaries.size} different dictionaries:\n  ${list.join('\n  ')}`, 'extract every document with the same dictionary (--dict), then merge');
  }
  if (conflicts.length) {
    throw new GlossaryError(
      `the partials disagree:\n  ${conflicts.sort().slice(0, MAX_REPORTED).join('\n  ')}`,
      'extract documents with the same file name in one run (their ids then keep their folder), or rename one, and extract again',
    );
  }
  if (!aggregate.documents.size) {
    const names = sources.map((s) => (typeof s === 'string' ? s : s.name)).join(', ');
    throw new GlossaryError(`no documents in ${names}`, 'merge the output of `glossary extract`');
  }
  const sorted = [...problems.values()].sort((a, b) => (diagnosticPlace(a) < diagnosticPlace(b) ? -1 : diagnosticPlace(a) > diagnosticPlace(b) ? 1 : 0));
  return { aggregate, problems: sorted, warnings };
}

/** The longest document line extract reads: the longest string there can be. */
const { MAX_STRING_LENGTH } = constants;

/** The longest partial line read: one document's counts are far smaller (a 200 MB document's take 60 KB). */
const MAX_LINE_BYTES = 64 << 20;

/** One line checked: JSON, the schema, and counts that add up; else its problem is added to `bad`. */
function checkLine(text: string, at: string, bad: string[]): z.infer<typeof partialLineSchema> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    bad.push(`${at}: not a JSON line`);
    return undefined;
  }
  if (json && typeof json === 'object' && !Array.isArray(json) && !('format' in json)) {
    bad.push(`${at}: a partial without a format and version (written by an older glossary)`);
    return undefined;
  }
  const parsed = partialLineSchema.safeParse(json);
  if (!parsed.success) {
    bad.push(`${at}: ${describeIssue(parsed.error)}`);
    return undefined;
  }
  if ('partial' in parsed.data) {
    const { partial, document } = parsed.data;
    const only = partial.documents.length === 1 && partial.documents[0].id === document.id && partial.documents[0].path === document.path;
    const wrong = only ? inconsistency(partial) : `the partial must hold exactly the document "${document.id}"`;
    if (wrong) {
      bad.push(`${at}: ${wrong}`);
      return undefined;
    }
  }
  return parsed.data;
}

/** The most telling issue zod found: the deepest path, with what was expected there. */
function describeIssue(error: z.ZodError): string {
  const issues = error.issues.flatMap((issue) => (issue.code === 'invalid_union' ? issue.errors.flat() : [issue]));
  const deepest = issues.sort((a, b) => b.path.length - a.path.length)[0] ?? error.issues[0];
  const path = deepest.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path || 'the line'}: ${deepest.message}`;
}

export interface MergeOptions extends WriteOptions {
  outDir: string;
}

/**
 * The reduce step as `glossary merge` runs it: checks and adds up the partials, and writes what
 * `glossary build` writes, holding the output folder's lock.
 */
export async function merge(sources: PartialSource[], options: MergeOptions): Promise<BuildSummary & { glossary: Glossary }> {
  const started = performance.now();
  const lock = lockFolder(options.outDir, 'merge');
  try {
    const { aggregate, problems, warnings } = await readPartials(sources, options);
    const { glossary, outputs } = await writeGlossary(aggregate, options.outDir, options);
    return { glossary, ...summarize(glossary, outputs, started, { problems, warnings }) };
  } finally {
    lock.release();
  }
}
