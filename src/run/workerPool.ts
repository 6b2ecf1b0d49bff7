// Spreads files over workers (threads by default, or child processes): each takes the next file
// as soon as it is free, so a long file does not hold up the others. Results arrive in any
// order; aggregates merge alike, so the output does not depend on it.
import { fork } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputEncoding } from '../pipeline/read/decode.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import type { DocumentResult } from './documentJob.js';
import type { UnpackedDictionary } from '../pipeline/tokenize/kuromojiEngine.js';
import { sharedDictionary } from '../pipeline/tokenize/tokenize.js';
import { Interrupted, type Diagnostic } from '../core/errors.js';

/** What every worker is given first: the dictionary as parsed once by the parent, and the encoding. */
export interface WorkerSetup {
  dictionary: Dictionary;
  encoding?: InputEncoding;
  /**
   * Sum the worker's documents into one aggregate, sent when it is told to finish, instead of
   * sending each document's: a document's counts are three times its size, and most of them
   * (the entities' dictionary entries, candidates seen before) would be merged away.
   */
  sum?: boolean;
  /** For threads: kuromoji's dictionary, unpacked once by the parent into shared memory. */
  kuromoji?: UnpackedDictionary;
}

/**
 * What a worker sends back for each task: the document's result or, when summing, that it is
 * done; and when summing, at the end, the sum of its documents (`{ partial }`).
 */
export type WorkerReply = DocumentResult | { done: string; warnings?: Diagnostic[] };

/** What a worker is sent: a file to process, or (when summing) that there are no more. */
export type WorkerMessage = WorkerTask | 'finish';

export interface WorkerTask {
  path: string;
  id: string;
}

/** The compiled worker beside this module (dist/), also when this module runs from src/ in tests. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside : new URL('../../dist/run/worker.js', import.meta.url);
}

/**
 * Threads share one process and one copy of kuromoji's dictionary (each has its own heap);
 * processes share nothing, so each unpacks the dictionary again.
 */
export type WorkerKind = 'process' | 'thread';

/** One worker, thread or process: both emit 'message', 'error' and 'exit'. */
interface Channel {
  events: EventEmitter;
  send(message: WorkerMessage): void;
  stop(): Promise<unknown>;
}

function startWorker(kind: WorkerKind, setup: WorkerSetup): Channel {
  if (kind === 'thread') {
    const worker = new Worker(workerScript(), { workerData: setup });
    return { events: worker, send: (message) => worker.postMessage(message), stop: () => worker.terminate() };
  }
  // The structured clone of 'advanced' serialization carries the dictionary's Maps and RegExps.
  const child = fork(fileURLToPath(workerScript()), [], { serialization: 'advanced', stdio: 'inherit' });
  child.send(setup);
  return {
    events: child,
    send: (message) => void child.send(message),
    stop: () => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve).kill()) : Promise.resolve()),
  };
}

export async function runInWorkers(
  tasks: WorkerTask[],
  jobs: number,
  setup: WorkerSetup,
  onReply: (reply: WorkerReply) => void,
  kind: WorkerKind = 'thread',
  signal?: AbortSignal,
): Promise<void> {
  const queue = [...tasks];
  // An abort stops the workers wherever they are (terminate() interrupts even a long document).
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal?.reason instanceof Interrupted ? signal.reason : new Interrupted(signal?.reason));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined); // handled by the race below; no unhandled rejection when nobody aborts
  const workers: Channel[] = [];
  try {
    if (kind === 'thread') setup = { ...setup, kuromoji: await Promise.race([sharedDictionary(), aborted]) };
    workers.push(...Array.from({ length: Math.min(jobs, tasks.length) }, () => startWorker(kind, setup)));
    await Promise.race([
      aborted,
      Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              let finishing = false;
              let finished = false;
              const next = () => {
                const task = queue.shift();
                if (task) worker.send(task);
                else if (setup.sum && !finishing) {
                  finishing = true;
                  worker.send('finish');
                } else {
                  finished = true;
                  resolve();
                }
              };
              worker.events.on('message', (message: WorkerReply | 'ready') => {
                try {
                  if (message !== 'ready') onReply(message);
                  next();
                } catch (err) {
                  reject(err);
                }
              });
              worker.events.on('error', reject);
              worker.events.on('exit', (code: number | null) => (finished ? resolve() : reject(new Error(`a worker stopped with status ${code} before its work was done`))));
            }),
        ),
      ),
    ]);
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}
