// A worker of `--jobs N` (a thread, or a child process): loads kuromoji and takes the parsed
// dictionary from its parent once, then turns each file it is sent into the aggregate of that
// document, and sends it back, or adds it to the sum it sends when told to finish.
import { parentPort, workerData } from 'node:worker_threads';
import { Aggregate } from '../aggregate/aggregate.js';
import { documentContext } from '../pipeline/document.js';
import { processFile, toResult } from './documentJob.js';
import { getTokenizer, useDictionary } from '../pipeline/tokenize/tokenize.js';
import type { WorkerMessage, WorkerSetup } from './workerPool.js';

// A thread tokenizes from the dictionary its parent unpacked into shared memory; a process
// reads and unpacks its own, off the main thread, while the setup arrives.
const shared = parentPort && (workerData as WorkerSetup).kuromoji;
if (shared) useDictionary(shared);
void getTokenizer();
// A thread gets its setup as workerData; a child process as its first message.
const setup = (parentPort ? workerData : await new Promise((resolve) => process.once('message', resolve))) as WorkerSetup;
const send = (message: unknown) => (parentPort ? parentPort.postMessage(message) : process.send!(message));
const context = await documentContext(setup.dictionary, setup.encoding);
const sum = setup.sum ? new Aggregate() : undefined;
const onMessage = (message: WorkerMessage) => {
  if (message === 'finish') return send({ partial: sum!.toData() });
  const outcome = processFile(message.path, message.id, context);
  if (sum && 'aggregate' in outcome) {
    sum.merge(outcome.aggregate);
    send({ done: message.id, ...(outcome.warnings && { warnings: outcome.warnings }) });
  } else send(toResult(outcome));
};
if (parentPort) parentPort.on('message', onMessage);
else process.on('message', onMessage);
send('ready');
