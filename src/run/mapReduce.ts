// The pipeline as map and reduce, for corpora too large for one machine (Hadoop Streaming,
// Spark's RDD.pipe, GNU parallel). `glossary extract` is the map step: one JSON line per
// document, `{"partial": <its aggregate>}` or `{"problem": <why it was skipped>}`. `glossary
// merge` is the reduce step: it adds the lines up (in any grouping and order) and writes what
// `glossary build` writes.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Aggregate } from '../aggregate/aggregate.js';
import { mapDocuments, type CollectOptions } from './build.js';
import { loadDictionary } from '../dictionary/dictionary.js';
import { documentContext, textDocument } from '../pipeline/document.js';
import { documentAggregate, type DocumentResult, toInputProblem, toResult } from './documentJob.js';
import { GlossaryError } from '../core/errors.js';
import type { InputProblem } from '../pipeline/read/read.js';

/** Map over files: writes one JSON line per document. */
export async function extractFiles(options: CollectOptions, write: (line: string) => void): Promise<{ problems: InputProblem[] }> {
  const { problems } = await mapDocuments(options, (outcome) => write(`${JSON.stringify(toResult(outcome))}\n`), { perDocument: true });
  return { problems };
}

/** Map over JSON lines `{"id": …, "text": …}` (Hadoop Streaming and Spark feed standard input). */
export async function extractLines(input: Readable, dictDir: string, write: (line: string) => void): Promise<void> {
  const context = await documentContext(loadDictionary(dictDir));
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      throw new GlossaryError(`standard input:${lineNumber}: not a JSON line`, 'give one {"id": "...", "text": "..."} object per line');
    }
    if (typeof doc?.id !== 'string' || typeof doc.text !== 'string') {
      throw new GlossaryError(`standard input:${lineNumber}: needs a string "id" and a string "text"`, 'give one {"id": "...", "text": "..."} object per line');
    }
    const result = toResult({ aggregate: documentAggregate(textDocument(doc.id, doc.text), context) });
    write(`${JSON.stringify(result)}\n`);
  }
}

/** Reduce: adds up the lines of partial files ('-' for standard input). */
export async function mergePartials(sources: string[]): Promise<{ aggregate: Aggregate; problems: InputProblem[] }> {
  const aggregate = new Aggregate();
  const problems: InputProblem[] = [];
  for (const source of sources) {
    const name = source === '-' ? 'standard input' : source;
    const input = source === '-' ? process.stdin : createReadStream(source);
    const opened = new Promise<void>((resolve, reject) => {
      input.once('error', (err: NodeJS.ErrnoException) => reject(new GlossaryError(`${name}: cannot read (${err.code})`, 'check the path of the partial file')));
      input.once('readable', resolve).once('end', resolve);
    });
    await opened;
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (!line.trim()) continue;
      let result: DocumentResult;
      try {
        result = JSON.parse(line);
      } catch {
        throw new GlossaryError(`${name}:${lineNumber}: not a JSON line`, 'merge only the output of `glossary extract`');
      }
      if ('problem' in result && result.problem) problems.push(toInputProblem(result.problem));
      else if ('partial' in result && Array.isArray(result.partial?.entities)) aggregate.merge(Aggregate.fromData(result.partial));
      else throw new GlossaryError(`${name}:${lineNumber}: neither a partial nor a problem`, 'merge only the output of `glossary extract`');
    }
  }
  if (!aggregate.documents.size) throw new GlossaryError(`no documents in ${sources.join(', ')}`, 'merge the output of `glossary extract`');
  return { aggregate, problems };
}
