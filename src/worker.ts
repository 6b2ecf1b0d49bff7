// A worker thread of `--jobs N`: loads the dictionary and kuromoji once, then turns each file it
// is sent into the aggregate of that document.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDictionary } from './dictionary.js';
import { processFile } from './document.js';
import { Matcher } from './match.js';
import { getTokenizer } from './tokenize.js';
import type { WorkerSetup, WorkerTask } from './workerPool.js';

const { dictDir, encoding } = workerData as WorkerSetup;
const context = { matcher: new Matcher(loadDictionary(dictDir)), tokenize: await getTokenizer(), encoding };
parentPort!.on('message', ({ path, id }: WorkerTask) => parentPort!.postMessage(processFile(path, id, context)));
parentPort!.postMessage('ready');
