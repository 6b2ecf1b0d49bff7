// Spreads files over worker threads: each takes the next file as soon as it is free, so a long
// file does not hold up the others. Results arrive in any order; aggregates merge alike.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputEncoding } from './decode.js';
import type { DocumentResult } from './document.js';

export interface WorkerSetup {
  dictDir: string;
  encoding?: InputEncoding;
}

export interface WorkerTask {
  path: string;
  id: string;
}

/** The compiled worker beside this module (dist/), also when this module runs from src/ in tests. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside : new URL('../dist/worker.js', import.meta.url);
}

export async function runInWorkers(
  tasks: WorkerTask[],
  jobs: number,
  setup: WorkerSetup,
  onResult: (result: DocumentResult, task: WorkerTask) => void,
): Promise<void> {
  const queue = [...tasks];
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(workerScript(), { workerData: setup }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current: WorkerTask | undefined;
            const next = () => {
              current = queue.shift();
              if (current) worker.postMessage(current);
              else resolve();
            };
            worker.on('message', (message: DocumentResult | 'ready') => {
              if (message !== 'ready') onResult(message, current!);
              next();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker thread stopped with status ${code}`))));
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
