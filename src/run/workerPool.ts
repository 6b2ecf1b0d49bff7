// Spreads files over worker threads: each is handed the next file as soon as it has fewer than
// two, the largest first when there are several, so that the work left at the end is small files
// that the workers share. Results arrive in any order; aggregates merge alike, so the output does
// not depend on it. Threads share one process and one copy of kuromoji's dictionary. Workers are
// started first, so that they load their modules while this thread unpacks kuromoji's dictionary
// and parses ours.
import { Worker } from 'node:worker_threads';
import type { InputEncoding } from '../pipeline/read/decode.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import type { DocumentResult } from './documentJob.js';
import type { UnpackedDictionary } from '../pipeline/tokenize/kuromojiEngine.js';
import { sharedDictionary } from '../pipeline/tokenize/tokenize.js';
import { Interrupted, type Diagnostic } from '../core/errors.js';

/** What every worker is sent first: the dictionary as parsed once by the parent, and the encoding. */
export interface WorkerSetup {
  dictionary: Dictionary;
  encoding?: InputEncoding;
  /**
   * Sum the worker's documents into one aggregate, sent when it is told to finish, instead of
   * sending each document's: a document's counts are three times its size, and most of them
   * (the entities' dictionary entries, candidates seen before) would be merged away.
   */
  sum?: boolean;
  /** kuromoji's dictionary, unpacked once by the parent into shared memory. */
  kuromoji: UnpackedDictionary;
}

/**
 * What a worker sends back for each task: the document's result or, when summing, that it is
 * done; and when summing, at the end, the sum of its documents (`{ partial }`).
 */
export type WorkerReply = DocumentResult | { done: string; warnings?: Diagnostic[] };

/** What a worker is sent: its setup, then files to process, then (when summing) that there are no more. */
export type WorkerMessage = { setup: WorkerSetup } | WorkerTask | 'finish';

export interface WorkerTask {
  path: string;
  id: string;
  /** The file's size in bytes: the largest are handed out first. */
  bytes: number;
}

/**
 * The compiled worker beside this module in dist/. Run from src/ (under vitest) there is none, by
 * design: tests that start workers use the compiled package, which `npm test` builds first, and
 * tests/freshness.ts refuses a dist/ older than src/.
 */
const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

/**
 * Each worker holds the next task while it works on one, so that it never waits for this thread
 * between files (the round trips took about a third of a second of a build of the manual pages'
 * 987 files).
 * More would leave more files with a busy worker while another is free at the end.
 */
const TASKS_IN_FLIGHT = 2;

/**
 * Runs the tasks in `jobs` workers. `prepare` is called once the workers are starting, and gives
 * what they are to be set up with (throwing there stops them).
 */
export async function runInWorkers(
  tasks: WorkerTask[],
  jobs: number,
  prepare: () => Omit<WorkerSetup, 'kuromoji'>,
  onReply: (reply: WorkerReply) => void,
  signal?: AbortSignal,
): Promise<void> {
  // One worker keeps the files' order (glossary extract's lines come out in it).
  const queue = jobs > 1 ? [...tasks].sort((a, b) => b.bytes - a.bytes) : [...tasks];
  // An abort stops the workers wherever they are (terminate() interrupts even a long document).
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal?.reason instanceof Interrupted ? signal.reason : new Interrupted(signal?.reason));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined); // handled by the race below; no unhandled rejection when nobody aborts
  const workers: Worker[] = [];
  try {
    // kuromoji's dictionary is unpacked on libuv's threads while the workers load and ours is parsed here.
    const kuromoji = sharedDictionary();
    kuromoji.catch(() => undefined); // awaited below, unless prepare throws first
    workers.push(...Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(WORKER_SCRIPT)));
    const prepared = prepare();
    const setup: WorkerSetup = { ...prepared, kuromoji: await Promise.race([kuromoji, aborted]) };
    for (const worker of workers) worker.postMessage({ setup } satisfies WorkerMessage);
    await Promise.race([
      aborted,
      Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              let finishing = false;
              let finished = false;
              /** Tasks sent and not answered yet. */
              let inFlight = 0;
              const next = () => {
                for (let task; inFlight < TASKS_IN_FLIGHT && (task = queue.shift()); inFlight++) worker.postMessage(task satisfies WorkerMessage);
                if (inFlight > 0) return;
                if (prepared.sum && !finishing) {
                  finishing = true;
                  worker.postMessage('finish' satisfies WorkerMessage);
                } else {
                  finished = true;
                  resolve();
                }
              };
              worker.on('message', (message: WorkerReply | 'ready') => {
                try {
                  if (message !== 'ready') {
                    onReply(message);
                    if (!finishing) inFlight--;
                  }
                  next();
                } catch (err) {
                  reject(err);
                }
              });
              worker.on('error', reject);
              worker.on('exit', (code: number | null) => (finished ? resolve() : reject(new Error(`a worker stopped with status ${code} before its work was done`))));
            }),
        ),
      ),
    ]);
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
