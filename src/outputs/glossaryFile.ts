// Reading a glossary back: lookup and export take their entries from out/glossary.json (with
// counts) or, when there is none, from the dictionary (without counts). Nothing here loads
// kuromoji, so these commands start fast.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { NotRegularFile, readRegularFile } from '../core/readFile.js';
import { glossaryEntry, type GlossaryEntry } from './glossary.js';
import { entitySchema } from '../aggregate/schema.js';
import { CONTROL_CHARACTER } from '../core/normalize.js';
import { GlossaryError } from '../core/errors.js';
import { defaultDictDir } from '../core/paths.js';

export interface LoadedGlossary {
  entries: GlossaryEntry[];
  /** Where the entries came from, for messages. */
  source: string;
  /** False when read from the dictionary: no counts, surfaces or examples. */
  counted: boolean;
  /** Each built document's path by its id (empty when read from the dictionary). */
  documentPaths: Map<string, string>;
}

export interface GlossarySourceOptions {
  /** A glossary.json, or the output folder of a build that holds one, to read; default `out/glossary.json` when it exists. */
  glossary?: string;
  /** The dictionary folder to fall back on; default `./dict`, else the one shipped with the package. */
  dict?: string;
}

export const DEFAULT_GLOSSARY = 'out/glossary.json';

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

export async function loadGlossary(options: GlossarySourceOptions = {}): Promise<LoadedGlossary> {
  // A build's output folder (--out DIR) stands for the glossary.json in it.
  const given = options.glossary !== undefined && isDirectory(options.glossary) ? join(options.glossary, 'glossary.json') : options.glossary;
  const path = given ?? (options.dict === undefined && existsSync(DEFAULT_GLOSSARY) ? DEFAULT_GLOSSARY : undefined);
  if (path !== undefined) return { ...readGlossaryJson(path), source: path, counted: true };
  return loadDictionaryGlossary(options.dict ?? defaultDictDir());
}

/** The dictionary's entries as a glossary without counts. */
export async function loadDictionaryGlossary(dir: string): Promise<LoadedGlossary> {
  // Only the fallback needs the YAML parser; a lookup in glossary.json starts without it.
  const { loadDictionary } = await import('../dictionary/dictionary.js');
  const entries = loadDictionary(dir).entries.map((entry) => glossaryEntry(entry));
  return { entries, source: dir, counted: false, documentPaths: new Map() };
}

function readGlossaryJson(path: string): Pick<LoadedGlossary, 'entries' | 'documentPaths'> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readRegularFile(path).toString('utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      err instanceof NotRegularFile ? `is ${err.kind}, not a glossary file` : code === 'ENOENT' ? 'not found' : code ? `cannot be read (${code})` : `not readable JSON (${(err as Error).message})`;
    throw new GlossaryError(`${path}: ${reason}`, 'run `glossary build` first, or pass --glossary FILE or --dict DIR');
  }
  const entries = (parsed as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) throw new GlossaryError(`${path}: no "entries" list`, 'pass a glossary.json written by `glossary build`');
  if (!entries.length) throw new GlossaryError(`${path}: the glossary is empty`, 'build it from articles that name some entities, or use --dict DIR');
  const documents = (parsed as { documents?: unknown }).documents;
  const documentPaths = new Map<string, string>(
    Array.isArray(documents) ? documents.filter((d) => typeof d?.id === 'string' && typeof d.path === 'string').map((d) => [d.id, d.path]) : [],
  );
  const checked = entries.map((e: unknown, i) => {
    // Names go into exports line by line and into XML: each is checked, so that a hand-made
    // glossary with a newline or a control character in a name cannot inject a rule or break a file.
    const result = glossaryEntrySchema.safeParse(e);
    if (!result.success) {
      const issue = result.error.issues[0];
      const given = (e as { id?: unknown })?.id;
      const id = typeof given === 'string' && !CONTROL_CHARACTER.test(given) ? ` ("${given}")` : '';
      const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      throw new GlossaryError(`${path}: entry ${i + 1}${id}: ${field ? `${field}: ` : ''}${issue.message}`, 'fix that entry, or write the glossary again with `glossary build`');
    }
    // Counts are optional, so that a hand-made list of names can be looked up and exported too.
    return { source: 'dictionary', mentions: 0, documents: 0, byDocument: {}, surfaces: {}, examples: [], ...result.data } as GlossaryEntry;
  });
  return { entries: checked, documentPaths };
}

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const countMap = z.record(z.string().max(10_000), count);
const glossaryEntrySchema = entitySchema.extend({
  // A discovered entry may have no English name (`enSource: "none"`).
  en: z.string().max(10_000).refine((s) => !CONTROL_CHARACTER.test(s), 'holds a control character'),
  source: z.enum(['dictionary', 'discovered']).optional(),
  enSource: z.enum(['text', 'guess', 'none']).optional(),
  evidence: z.strictObject({ signals: z.array(z.string().max(100)), typeReason: z.string().max(10_000), score: z.number() }).optional(),
  mentions: count.optional(),
  documents: count.optional(),
  byDocument: countMap.optional(),
  surfaces: countMap.refine((m) => Object.keys(m).every((k) => !CONTROL_CHARACTER.test(k)), 'a form holds a control character').optional(),
  examples: z.array(z.object({ document: z.string(), line: count, column: count, text: z.string() })).optional(),
});
