// The pipeline, one way: read → normalize → tokenize → match → aggregate → write. Documents are
// processed one at a time (in this thread or in worker threads) and dropped; only the aggregate
// is kept, so memory does not grow with the corpus.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Aggregate } from '../aggregate/aggregate.js';
import { DEFAULT_MIN_SCORE, rankCandidates, type Candidate } from '../outputs/candidates.js';
import { writeFilesAtomic } from '../core/atomicWrite.js';
import type { InputEncoding } from '../pipeline/read/decode.js';
import { loadDictionary } from '../dictionary/dictionary.js';
import { documentContext } from '../pipeline/document.js';
import { type DocumentOutcome, fromResult, processFile, toInputProblem } from './documentJob.js';
import { GlossaryError } from '../core/errors.js';
import { candidatesCsv } from '../outputs/formats/candidatesCsv.js';
import { candidatesJson } from '../outputs/formats/candidatesJson.js';
import { glossaryCsv } from '../outputs/formats/csv.js';
import { glossaryJson } from '../outputs/formats/json.js';
import { reportHtml } from '../outputs/formats/report.js';
import { aliasCounts, discoveredEntries } from '../outputs/discovered.js';
import { toGlossary, type Glossary } from '../outputs/glossary.js';
import { documentIds, listInputFiles, type InputProblem } from '../pipeline/read/read.js';
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
  /** Workers; default: the number of cores for inputs of MIN_BYTES_FOR_WORKERS or more, else 1. */
  jobs?: number;
  /** Called after each document with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
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
}

export interface Collected {
  aggregate: Aggregate;
  /** Files skipped, each with what was wrong and what to do. */
  problems: InputProblem[];
  /** Dictionary warnings that did not stop the build. */
  warnings: string[];
}

export interface BuildSummary {
  documents: number;
  characters: number;
  mentions: number;
  entities: number;
  seconds: number;
  outputs: string[];
  problems: InputProblem[];
  warnings: string[];
}

/**
 * The map step: reads and matches every input file, in this thread or in worker threads, and
 * hands each document's result (its aggregate, or what was wrong with it) to `onResult`; unless
 * `perDocument`, each worker hands over the sum of its documents' aggregates instead.
 */
export async function mapDocuments(
  options: CollectOptions,
  onResult: (outcome: DocumentOutcome) => void,
  { perDocument = false } = {},
): Promise<{ warnings: string[]; listed: number; problems: InputProblem[] }> {
  const { files, problems, bytes } = listInputFiles(options.inputs);
  const jobs = options.jobs ?? (bytes >= MIN_BYTES_FOR_WORKERS ? availableParallelism() : 1);
  const inWorkers = jobs > 1 && files.length > 1;
  // kuromoji reads and unpacks its dictionary off the main thread while ours is parsed on it.
  if (!inWorkers) void getTokenizer();
  const dictionary = loadDictionary(options.dictDir);
  if (options.strict && problems.length) throw problems[0];
  const ids = documentIds(files);
  const tasks = files.map((path) => ({ path, id: ids.get(path)! }));
  let done = 0;
  const take = (outcome: DocumentOutcome) => {
    options.onProgress?.(++done, tasks.length);
    if ('problem' in outcome && options.strict) throw toInputProblem(outcome.problem);
    onResult(outcome);
  };
  if (inWorkers) {
    const setup = { dictionary, encoding: options.encoding, sum: !perDocument };
    await runInWorkers(tasks, jobs, setup, (reply) => {
      if ('done' in reply) options.onProgress?.(++done, tasks.length);
      else if ('problem' in reply || perDocument) take(fromResult(reply));
      else onResult(fromResult(reply)); // a worker's sum: its documents were counted as they were done
    });
  } else {
    const context = await documentContext(dictionary, options.encoding);
    for (const { path, id } of tasks) {
      // Between documents the event loop runs: Ctrl-C is handled and the progress bar redrawn.
      await new Promise((resolve) => setImmediate(resolve));
      take(processFile(path, id, context));
    }
  }
  return { warnings: dictionary.warnings, listed: files.length, problems };
}

/** The map and reduce steps of a build in one process: the aggregate of every readable input. */
export async function collect(options: CollectOptions): Promise<Collected> {
  const aggregate = new Aggregate();
  const skipped: InputProblem[] = [];
  const { warnings, listed, problems } = await mapDocuments(options, (outcome) => {
    if ('problem' in outcome) skipped.push(toInputProblem(outcome.problem));
    else aggregate.merge(outcome.aggregate);
  });
  problems.push(...skipped);
  if (!aggregate.documents.size) {
    const why = listed
      ? `no input file could be read:\n  ${problems.map((p) => p.message).join('\n  ')}`
      : `no .txt, .md or .markdown files in ${options.inputs.join(', ')}`;
    throw new GlossaryError(why, 'name a file or a folder that holds articles (UTF-8, Shift_JIS, EUC-JP or UTF-16 text)');
  }
  return { aggregate, problems, warnings };
}

/** Writes glossary.json and .csv, candidates.json and .csv and report.html of an aggregate, all or none. */
export function writeGlossary(aggregate: Aggregate, outDir: string, options: WriteOptions = {}): { glossary: Glossary; candidates: Candidate[]; outputs: string[] } {
  const dictionaryIds = new Set(aggregate.entities.keys());
  const glossary = options.noDiscover
    ? toGlossary(aggregate)
    : toGlossary(aggregate, discoveredEntries(aggregate.candidates, dictionaryIds), aliasCounts(aggregate.candidates));
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const candidates = rankCandidates(aggregate.candidates, minScore);
  const outputs = [
    { path: join(outDir, 'glossary.json'), content: glossaryJson(glossary) },
    { path: join(outDir, 'glossary.csv'), content: glossaryCsv(glossary) },
    { path: join(outDir, 'candidates.json'), content: candidatesJson(candidates, minScore) },
    { path: join(outDir, 'candidates.csv'), content: candidatesCsv(candidates) },
    ...(options.noReport ? [] : [{ path: join(outDir, 'report.html'), content: reportHtml(glossary, candidates) }]),
  ];
  writeFilesAtomic(outputs);
  return { glossary, candidates, outputs: outputs.map((o) => o.path) };
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

/** Builds the glossary of the input files, writes glossary.json and glossary.csv, and returns a summary. */
export async function build(options: BuildOptions): Promise<BuildSummary & { glossary: Glossary }> {
  const started = performance.now();
  const collected = await collect(options);
  const { glossary, outputs } = writeGlossary(collected.aggregate, options.outDir, options);
  return { glossary, ...summarize(glossary, outputs, started, collected) };
}
