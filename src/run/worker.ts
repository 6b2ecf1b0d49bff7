// A worker thread of `--jobs N`: tokenizes from the kuromoji dictionary its parent unpacked into
// shared memory, takes the parsed dictionary from it, then turns each file it is sent into the
// aggregate of that document, and sends it back, or adds it to the sum it sends when told to finish.
import { parentPort, workerData } from 'node:worker_threads';
import { Aggregate } from '../aggregate/aggregate.js';
import { documentContext } from '../pipeline/document.js';
import { processFile, toResult } from './documentJob.js';
import { useDictionary } from '../pipeline/tokenize/tokenize.js';
import type { WorkerMessage, WorkerReply, WorkerSetup } from './workerPool.js';

if (!parentPort) throw new Error('worker.js runs as a worker thread of glossary build (--jobs N), not on its own');
const port = parentPort;
const setup = workerData as WorkerSetup;
useDictionary(setup.kuromoji);
const send = (message: WorkerReply | 'ready') => port.postMessage(message);
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
port.on('message', onMessage);
send('ready');
