// A worker of `--jobs N` (a child process, or a thread): loads the dictionary and kuromoji once,
// then turns each file it is sent into the aggregate of that document.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDictionary } from './dictionary.js';
import { documentContext, processFile } from './document.js';
import type { WorkerSetup, WorkerTask } from './workerPool.js';

// A thread gets its setup as workerData; a child process as its one argument.
const setup = (parentPort ? workerData : JSON.parse(process.argv[2])) as WorkerSetup;
const send = (message: unknown) => (parentPort ? parentPort.postMessage(message) : process.send!(message));
const context = await documentContext(loadDictionary(setup.dictDir), setup.encoding);
const onTask = ({ path, id }: WorkerTask) => send(processFile(path, id, context));
if (parentPort) parentPort.on('message', onTask);
else process.on('message', onTask);
send('ready');
