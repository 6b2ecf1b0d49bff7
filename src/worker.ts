// A worker of `--jobs N` (a child process, or a thread): loads kuromoji and takes the parsed
// dictionary from its parent once, then turns each file it is sent into the aggregate of that document.
import { parentPort, workerData } from 'node:worker_threads';
import { documentContext, processFile, toResult } from './document.js';
import { getTokenizer } from './tokenize.js';
import type { WorkerSetup, WorkerTask } from './workerPool.js';

// kuromoji reads and unpacks its dictionary off the main thread while the setup arrives.
void getTokenizer();
// A thread gets its setup as workerData; a child process as its first message.
const setup = (parentPort ? workerData : await new Promise((resolve) => process.once('message', resolve))) as WorkerSetup;
const send = (message: unknown) => (parentPort ? parentPort.postMessage(message) : process.send!(message));
const context = await documentContext(setup.dictionary, setup.encoding);
const onTask = ({ path, id }: WorkerTask) => send(toResult(processFile(path, id, context)));
if (parentPort) parentPort.on('message', onTask);
else process.on('message', onTask);
send('ready');
