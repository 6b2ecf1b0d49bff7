// Reading a glossary back: lookup and export take their entries from out/glossary.json (with
// counts) or, when there is none, from the dictionary (without counts). Nothing here loads
// kuromoji, so these commands start fast.
import { existsSync, readFileSync } from 'node:fs';
import { glossaryEntry, type GlossaryEntry } from './glossary.js';
import { ENTITY_TYPES } from '../core/entity.js';
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
  /** A glossary.json to read; default `out/glossary.json` when it exists. */
  glossary?: string;
  /** The dictionary folder to fall back on; default `./dict`, else the one shipped with the package. */
  dict?: string;
}

export const DEFAULT_GLOSSARY = 'out/glossary.json';

export async function loadGlossary(options: GlossarySourceOptions = {}): Promise<LoadedGlossary> {
  const path = options.glossary ?? (options.dict === undefined && existsSync(DEFAULT_GLOSSARY) ? DEFAULT_GLOSSARY : undefined);
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
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : `not readable JSON (${(err as Error).message})`;
    throw new GlossaryError(`${path}: ${reason}`, 'run `glossary build` first, or pass --glossary FILE or --dict DIR');
  }
  const entries = (parsed as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) throw new GlossaryError(`${path}: no "entries" list`, 'pass a glossary.json written by `glossary build`');
  if (!entries.length) throw new GlossaryError(`${path}: the glossary is empty`, 'build it from articles that name some entities, or use --dict DIR');
  const documents = (parsed as { documents?: unknown }).documents;
  const documentPaths = new Map<string, string>(
    Array.isArray(documents) ? documents.filter((d) => typeof d?.id === 'string' && typeof d.path === 'string').map((d) => [d.id, d.path]) : [],
  );
  const checked = entries.map((e: Partial<GlossaryEntry>, i) => {
    const ok = typeof e?.id === 'string' && typeof e.ja === 'string' && typeof e.en === 'string' && Array.isArray(e.aliases) &&
      (ENTITY_TYPES as readonly string[]).includes(e.type as string);
    if (!ok) throw new GlossaryError(`${path}: entry ${i + 1} lacks id, type, ja, en or aliases`, 'rebuild it with `glossary build`');
    // Counts are optional, so that a hand-made list of names can be looked up and exported too.
    return { source: 'dictionary', mentions: 0, documents: 0, byDocument: {}, surfaces: {}, examples: [], ...e } as GlossaryEntry;
  });
  return { entries: checked, documentPaths };
}
