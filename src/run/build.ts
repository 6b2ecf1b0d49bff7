// The pipeline, one way: read → normalize → tokenize → match → aggregate → write. Documents are
// processed one at a time (in this thread or in worker threads) and dropped; only the aggregate
// is kept, so memory does not grow with the corpus.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Aggregate } from '../aggregate/aggregate.js';
import { candidatesAbove, DEFAULT_MIN_SCORE, inGlossary, rankedTallies, type Candidate } from '../outputs/candidates.js';
import { writeFileSet } from '../core/atomicWrite.js';
import { lockFolder } from '../core/lock.js';
import type { InputEncoding } from '../pipeline/read/decode.js';
import { loadDictionary, type Dictionary } from '../dictionary/dictionary.js';
import { documentContext } from '../pipeline/document.js';
import { type DocumentOutcome, fromResult, processFile } from './documentJob.js';
import { checkAborted, GlossaryError, type Diagnostic } from '../core/errors.js';
import { candidatesCsv } from '../outputs/formats/candidatesCsv.js';
import { candidatesJson } from '../outputs/formats/candidatesJson.js';
import { glossaryCsv } from '../outputs/formats/csv.js';
import { glossaryJson } from '../outputs/formats/json.js';
import { reportHtml } from '../outputs/formats/report.js';
import { aliasCounts, discoveredEntries } from '../outputs/discovered.js';
import { toGlossary, type Glossary } from '../outputs/glossary.js';
import { documentIds, InputProblem, listInputFiles } from '../pipeline/read/read.js';
import { getTokenizer } from '../pipeline/tokenize/tokenize.js';
import { runInWorkers } from './workerPool.js';

/**
 * Below this much input a build runs on one thread: each worker first spends about a second
 * setting up kuromoji, the matcher and compromise (measured: 1 MB is slower with two workers,
 * 3 MB faster).
 */
export const MIN_BYTES_FOR_WORKERS = 2_000_000;

export interface CollectOptions {
  inputs: string[];
  dictDir: string;
  /** Decode every input with this encoding instead of detecting it. */
  encoding?: InputEncoding;
  /** Stop at the first input problem instead of skipping the file. */
  strict?: boolean;
  /** Workers; default: the number of cores for inputs of MIN_BYTES_FOR_WORKERS or more, else 1. At most the number of cores. */
  jobs?: number;
  /** Called after each document with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Stops the run when aborted: the promise rejects with Interrupted and nothing is written.
   * With a signal, documents are processed in worker threads (at least one), so that an abort
   * takes effect at once, even in the middle of a long document.
   */
  signal?: AbortSignal;
}

export interface BuildOptions extends CollectOptions, WriteOptions {
  outDir: string;
}

export interface WriteOptions {
  /** Leave out report.html. */
  noReport?: boolean;
  /** Leave out candidates scoring below this (default DEFAULT_MIN_SCORE). */
  minScore?: number;
  /** Keep the glossary to the dictionary: no discovered entries (candidates are still listed). */
  noDiscover?: boolean;
  /** Stops before the outputs are committed (Interrupted); once committed, they stay. */
  signal?: AbortSignal;
}

export interface Collected {
  aggregate: Aggregate;
  /** Files skipped, each with what was wrong and what to do. */
  problems: Diagnostic[];
  /** Dictionary warnings that did not stop the build. */
  warnings: Diagnostic[];
}

export interface BuildSummary {
  documents: number;
  characters: number;
  mentions: number;
  entities: number;
  seconds: number;
  outputs: string[];
  problems: Diagnostic[];
  warnings: Diagnostic[];
}

/** The most workers worth starting: one per core (each holds its own matcher and heap). */
export const maxJobs = (): number => availableParallelism();

/**
 * The map step: reads and matches every input file, in this thread or in worker threads, and
 * hands each document's result (its aggregate, or what was wrong with it) to `onResult`; unless
 * `perDocument`, each worker hands over the sum of its documents' aggregates instead.
 */
export async function mapDocuments(
  options: CollectOptions,
  onResult: (outcome: DocumentOutcome) => void,
  { perDocument = false, dictionary: loaded }: { perDocument?: boolean; dictionary?: Dictionary } = {},
): Promise<{ warnings: Diagnostic[]; listed: number; problems: Diagnostic[] }> {
  const { files, problems, bytes, sizes } = listInputFiles(options.inputs);
  const jobs = Math.min(maxJobs(), options.jobs ?? (bytes >= MIN_BYTES_FOR_WORKERS ? availableParallelism() : 1));
  const inWorkers = files.length > 0 && ((jobs > 1 && files.length > 1) || options.signal !== undefined);
  // kuromoji reads and unpacks its dictionary off the main thread while ours is parsed on it.
  if (!inWorkers) void getTokenizer();
  let dictionary: Dictionary | undefined;
  const prepare = () => {
    dictionary = loaded ?? loadDictionary(options.dictDir);
    if (options.strict && problems.length) throw InputProblem.from(problems[0]);
    checkAborted(options.signal);
    return dictionary;
  };
  const ids = documentIds(files);
  const tasks = files.map((path, i) => ({ path, id: ids.get(path)!, bytes: sizes[i] }));
  let done = 0;
  /** Warnings about documents that were read all the same (bytes that could not be decoded). */
  const documentWarnings: Diagnostic[] = [];
  const take = (outcome: DocumentOutcome) => {
    if ('warnings' in outcome && outcome.warnings) documentWarnings.push(...outcome.warnings);
    options.onProgress?.(++done, tasks.length);
    if ('problem' in outcome && options.strict) throw InputProblem.from(outcome.problem);
    onResult(outcome);
  };
  if (inWorkers) {
    // The workers start loading while the dictionary is parsed (prepare).
    const setup = () => ({ dictionary: prepare(), encoding: options.encoding, sum: !perDocument });
    await runInWorkers(tasks, jobs, setup, (reply) => {
      if ('done' in reply) {
        documentWarnings.push(...(reply.warnings ?? []));
        options.onProgress?.(++done, tasks.length);
      }
      else if ('problem' in reply || perDocument) take(fromResult(reply));
      else onResult(fromResult(reply)); // a worker's sum: its documents were counted as they were done
    }, options.signal);
  } else {
    const context = await documentContext(prepare(), options.encoding);
    for (const { path, id } of tasks) {
      // Between documents the event loop runs: an abort is seen and the progress bar redrawn.
      await new Promise((resolve) => setImmediate(resolve));
      checkAborted(options.signal);
      take(processFile(path, id, context));
    }
  }
  const byPlace = (a: Diagnostic, b: Diagnostic) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { warnings: [...dictionary!.warnings, ...documentWarnings.sort(byPlace)], listed: files.length, problems };
}

/** The map and reduce steps of a build in one process: the aggregate of every readable input. */
export async function collect(options: CollectOptions): Promise<Collected> {
  // The first aggregate is taken as it is (merged into an empty one, every count would be
  // copied): with one worker, its sum is the aggregate.
  let aggregate: Aggregate | undefined;
  const skipped: Diagnostic[] = [];
  const { warnings, listed, problems } = await mapDocuments(options, (outcome) => {
    if ('problem' in outcome) skipped.push(outcome.problem);
    else aggregate = aggregate ? aggregate.absorb(outcome.aggregate) : outcome.aggregate;
  });
  for (const problem of skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) problems.push(problem);
  if (!aggregate?.documents.size) {
    const why = listed
      ? `no input file could be read:\n  ${problems.map((p) => `${p.file}: ${p.message}`).join('\n  ')}`
      : `no .txt, .md or .markdown files in ${options.inputs.join(', ')}`;
    throw new GlossaryError(why, 'name a file or a folder that holds articles (UTF-8, Shift_JIS, EUC-JP or UTF-16 text)');
  }
  return { aggregate, problems, warnings };
}

/** The names of the outputs in the output folder, in the order they are listed. */
export const OUTPUT_NAMES = ['glossary.json', 'glossary.csv', 'glossary.xlsx', 'candidates.json', 'candidates.csv', 'report.html'] as const;

/**
 * Writes glossary.json and .csv, candidates.json and .csv and report.html of an aggregate, as one
 * set: all or none (see core/atomicWrite.ts). The caller holds the folder's lock.
 */
export async function writeGlossary(aggregate: Aggregate, outDir: string, options: WriteOptions = {}): Promise<{ glossary: Glossary; candidates: Candidate[]; outputs: string[] }> {
  const ranked = rankedTallies(aggregate.candidates);
  const glossary = options.noDiscover
    ? toGlossary(aggregate)
    : toGlossary(aggregate, discoveredEntries(ranked, new Set(aggregate.entities.keys())), aliasCounts(ranked, aggregate.candidates.entities));
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const candidates = inGlossary(candidatesAbove(ranked, minScore), glossary.entries);
  type Maker = [string, () => string | Promise<Uint8Array>];
  const makers: Maker[] = [
    ['glossary.json', () => glossaryJson(glossary)],
    ['glossary.csv', () => glossaryCsv(glossary)],
    // exceljs is loaded only here, so that lookup and export start without it.
    ['glossary.xlsx', async () => (await import('../outputs/formats/xlsx.js')).glossaryXlsx(glossary)],
    ['candidates.json', () => candidatesJson(candidates, minScore)],
    ['candidates.csv', () => candidatesCsv(candidates)],
    ...(options.noReport ? [] : [['report.html', () => reportHtml(glossary, candidates)] as Maker]),
  ];
  const files: Array<{ name: string; content: string | Uint8Array }> = [];
  for (const [name, make] of makers) {
    // Between outputs the event loop runs, so an abort is seen before anything is committed.
    await new Promise((resolve) => setImmediate(resolve));
    checkAborted(options.signal);
    files.push({ name, content: await make() });
  }
  checkAborted(options.signal);
  writeFileSet(outDir, files);
  return { glossary, candidates, outputs: files.map((f) => join(outDir, f.name)) };
}

export function summarize(glossary: Glossary, outputs: string[], started: number, collected: Omit<Collected, 'aggregate'>): BuildSummary {
  return {
    documents: glossary.documents.length,
    characters: glossary.documents.reduce((n, d) => n + d.characters, 0),
    mentions: glossary.entries.reduce((n, e) => n + e.mentions, 0),
    entities: glossary.entries.length,
    seconds: (performance.now() - started) / 1000,
    outputs,
    problems: collected.problems,
    warnings: collected.warnings,
  };
}

/**
 * Builds the glossary of the input files and writes the outputs, holding the output folder's
 * lock throughout, so that two builds into one folder never interleave; returns a summary.
 */
export async function build(options: BuildOptions): Promise<BuildSummary & { glossary: Glossary }> {
  const started = performance.now();
  const lock = lockFolder(options.outDir, 'build');
  // The xlsx writer's modules load while this thread waits for the documents, not after them.
  void import('../outputs/formats/xlsx.js').catch(() => undefined);
  try {
    const collected = await collect(options);
    const { glossary, outputs } = await writeGlossary(collected.aggregate, options.outDir, options);
    return { glossary, ...summarize(glossary, outputs, started, collected) };
  } finally {
    lock.release();
  }
}
