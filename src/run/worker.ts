// A worker thread of `--jobs N`: sets compromise up while its parent prepares, then is sent the
// kuromoji dictionary its parent unpacked into shared memory and the parsed dictionary, then
// turns each file it is sent into the aggregate of that document, and sends it back, or adds it
// to the sum it sends when told to finish.
import { parentPort } from 'node:worker_threads';
import { Aggregate } from '../aggregate/aggregate.js';
import { documentContext, type DocumentContext } from '../pipeline/document.js';
import { warmUpEnglish } from '../pipeline/english.js';
import { processFile, toResult } from './documentJob.js';
import { useDictionary } from '../pipeline/tokenize/tokenize.js';
import type { WorkerMessage, WorkerReply } from './workerPool.js';

if (!parentPort) throw new Error('worker.js runs as a worker thread of glossary build (--jobs N), not on its own');
const port = parentPort;
warmUpEnglish();
const send = (message: WorkerReply | 'ready') => port.postMessage(message);
let context: DocumentContext;
let sum: Aggregate | undefined;
const onMessage = async (message: WorkerMessage) => {
  if (typeof message === 'object' && 'setup' in message) {
    const { setup } = message;
    useDictionary(setup.kuromoji);
    context = await documentContext(setup.dictionary, setup.encoding);
    sum = setup.sum ? new Aggregate() : undefined;
    return send('ready');
  }
  if (message === 'finish') return send({ partial: sum!.toData() });
  const outcome = processFile(message.path, message.id, context);
  if (sum && 'aggregate' in outcome) {
    sum.absorb(outcome.aggregate);
    send({ done: message.id, ...(outcome.warnings && { warnings: outcome.warnings }) });
  } else send(toResult(outcome));
};
port.on('message', onMessage);
