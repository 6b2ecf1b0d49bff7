// The pipeline, one way: read → normalize → tokenize → match → aggregate → write.
import { join } from 'node:path';
import { Aggregate } from './aggregate.js';
import { toGlossary, type Glossary } from './glossary.js';
import { lineStartsOf, locate, type LocatedMention } from './locate.js';
import { loadDictionary } from './dictionary.js';
import { writeFilesAtomic } from './atomicWrite.js';
import { GlossaryError } from './errors.js';
import { glossaryCsv } from './formats/csv.js';
import { glossaryJson } from './formats/json.js';
import { Matcher } from './match.js';
import { normalize } from './normalize.js';
import type { InputEncoding } from './decode.js';
import { documentIds, InputProblem, listInputFiles, readDocument, type SourceDocument } from './read.js';
import { getTokenizer, type Tokenizer } from './tokenize.js';

/** Finds the mentions in one document and locates each in its original line. */
export function findMentions(doc: Pick<SourceDocument, 'raw' | 'text'>, matcher: Matcher, tokenize: Tokenizer): LocatedMention[] {
  const normalized = normalize(doc.text);
  const mentions = matcher.match({ text: normalized.text, tokens: tokenize(normalized.text) });
  const lineStarts = lineStartsOf(doc.raw);
  return mentions.map((m) => ({
    entity: m.entity,
    ...locate(doc.raw, lineStarts, normalized.toSource[m.start], normalized.toSourceEnd[m.end - 1]),
  }));
}

export interface BuildOptions {
  inputs: string[];
  dictDir: string;
  outDir: string;
  /** Decode every input with this encoding instead of detecting it. */
  encoding?: InputEncoding;
  /** Stop at the first input problem instead of skipping the file. */
  strict?: boolean;
  /** Called after each document with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildSummary {
  documents: number;
  characters: number;
  mentions: number;
  entities: number;
  seconds: number;
  outputs: string[];
  /** Files skipped, each with what was wrong and what to do. */
  problems: InputProblem[];
  /** Dictionary warnings that did not stop the build. */
  warnings: string[];
}

/** Builds the glossary of the input files, writes glossary.json and glossary.csv, and returns a summary. */
export async function build(options: BuildOptions): Promise<BuildSummary & { glossary: Glossary }> {
  const started = performance.now();
  const dictionary = loadDictionary(options.dictDir);
  const matcher = new Matcher(dictionary);
  const { files, problems } = listInputFiles(options.inputs);
  if (options.strict && problems.length) throw problems[0];
  const ids = documentIds(files);
  const tokenize = await getTokenizer();
  const aggregate = new Aggregate();
  let characters = 0;
  for (const [i, path] of files.entries()) {
    // Between documents the event loop runs: Ctrl-C is handled and the progress bar redrawn.
    await new Promise((resolve) => setImmediate(resolve));
    let doc: SourceDocument;
    try {
      doc = readDocument(path, ids.get(path)!, options.encoding);
    } catch (err) {
      if (!(err instanceof InputProblem) || options.strict) throw err;
      problems.push(err);
      continue;
    } finally {
      options.onProgress?.(i + 1, files.length);
    }
    characters += doc.raw.length;
    aggregate.addDocument({ id: doc.id, path: doc.path, characters: doc.raw.length }, findMentions(doc, matcher, tokenize));
  }
  if (!aggregate.documents.size) {
    const why = files.length
      ? `no input file could be read:\n  ${problems.map((p) => p.message).join('\n  ')}`
      : `no .txt, .md or .markdown files in ${options.inputs.join(', ')}`;
    throw new GlossaryError(why, 'name a file or a folder that holds articles (UTF-8, Shift_JIS, EUC-JP or UTF-16 text)');
  }
  const glossary = toGlossary(aggregate);
  const outputs = [
    { path: join(options.outDir, 'glossary.json'), content: glossaryJson(glossary) },
    { path: join(options.outDir, 'glossary.csv'), content: glossaryCsv(glossary) },
  ];
  writeFilesAtomic(outputs);
  return {
    glossary,
    documents: aggregate.documents.size,
    characters,
    mentions: glossary.entries.reduce((n, e) => n + e.mentions, 0),
    entities: glossary.entries.length,
    seconds: (performance.now() - started) / 1000,
    outputs: outputs.map((o) => o.path),
    problems,
    warnings: dictionary.warnings,
  };
}
