// The pipeline, one way: read → normalize → tokenize → match → aggregate → write.
import { join } from 'node:path';
import { Aggregate, lineStartsOf, locate, toGlossary, type Glossary, type LocatedMention } from './aggregate.js';
import { loadDictionary } from './dictionary.js';
import { writeFileAtomic } from './atomicWrite.js';
import { GlossaryError } from './errors.js';
import { glossaryCsv } from './formats/csv.js';
import { glossaryJson } from './formats/json.js';
import { Matcher } from './match.js';
import { normalize } from './normalize.js';
import { documentIds, listInputFiles, readDocument, type SourceDocument } from './read.js';
import { getTokenizer, tokenBoundaries, type Tokenizer } from './tokenize.js';

/** Finds the mentions in one document and locates each in its original line. */
export function findMentions(doc: Pick<SourceDocument, 'raw' | 'text'>, matcher: Matcher, tokenize: Tokenizer): LocatedMention[] {
  const normalized = normalize(doc.text);
  const boundaries = tokenBoundaries(normalized.text, tokenize(normalized.text));
  const mentions = matcher.match({ text: normalized.text, boundaries });
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
}

/** Builds the glossary of the input files, writes glossary.json and glossary.csv, and returns a summary. */
export async function build(options: BuildOptions): Promise<BuildSummary & { glossary: Glossary }> {
  const started = performance.now();
  const matcher = new Matcher(loadDictionary(options.dictDir));
  const paths = listInputFiles(options.inputs);
  if (!paths.length) throw new GlossaryError(`no .txt or .md files in ${options.inputs.join(', ')}`, 'name a file or a folder that holds articles');
  const ids = documentIds(paths);
  const tokenize = await getTokenizer();
  const aggregate = new Aggregate();
  let characters = 0;
  paths.forEach((path, i) => {
    const doc = readDocument(path, ids.get(path)!);
    characters += doc.raw.length;
    aggregate.addDocument({ id: doc.id, path: doc.path, characters: doc.raw.length }, findMentions(doc, matcher, tokenize));
    options.onProgress?.(i + 1, paths.length);
  });
  const glossary = toGlossary(aggregate);
  const outputs = [
    { path: join(options.outDir, 'glossary.json'), content: glossaryJson(glossary) },
    { path: join(options.outDir, 'glossary.csv'), content: glossaryCsv(glossary) },
  ];
  for (const { path, content } of outputs) writeFileAtomic(path, content);
  return {
    glossary,
    documents: paths.length,
    characters,
    mentions: glossary.entries.reduce((n, e) => n + e.mentions, 0),
    entities: glossary.entries.length,
    seconds: (performance.now() - started) / 1000,
    outputs: outputs.map((o) => o.path),
  };
}
