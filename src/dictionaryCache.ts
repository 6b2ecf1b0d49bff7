// Parsing and validating the YAML dictionary takes about half a second, most of a small build's
// start-up, and the dictionary rarely changes between builds. The validated dictionary is kept in
// the user's cache folder under a hash of everything it is made from (each file's path and text,
// the code that reads them, the YAML parser's version), so a changed file or a new version of
// glossary is read afresh. The cache is only an aid: if it cannot be read or written, the
// dictionary is parsed as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import envPaths from 'env-paths';
import type { Dictionary } from './dictionary.js';

export interface DictionarySource {
  /** The path as messages show it (it is part of every entry's source location). */
  path: string;
  text: string;
}

/** Cached dictionaries kept at most; the least recently used go first. */
const MAX_KEPT = 8;

/** `GLOSSARY_CACHE_DIR` if set, else the platform's cache folder (Linux: ~/.cache/glossary). */
const cacheDir = (): string => process.env.GLOSSARY_CACHE_DIR || envPaths('glossary', { suffix: '' }).cache;

/**
 * The dictionary made from these sources by `parse` (the function in the module at `readerUrl`):
 * from the cache when it holds one made from the same sources and code, else parsed and kept.
 */
export function cachedDictionary(sources: DictionarySource[], readerUrl: string, parse: (sources: DictionarySource[]) => Dictionary): Dictionary {
  let path: string | undefined;
  try {
    path = join(cacheDir(), `dictionary-${sourceHash(sources, readerUrl)}.v8`);
    const dictionary = deserialize(readFileSync(path)) as Dictionary;
    markUsed(path);
    return dictionary;
  } catch {
    // Not cached yet, unreadable, or no cache folder to be found: parse it.
  }
  const dictionary = parse(sources);
  if (path) keep(path, dictionary);
  return dictionary;
}

/** Writes the dictionary to the cache (whole or not at all) and drops the least recently used. */
function keep(path: string, dictionary: Dictionary): void {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(temp, serialize(dictionary));
    renameSync(temp, path);
    pruneCache();
  } catch {
    // A read-only or full cache folder only costs the next build the parse.
    if (existsSync(temp)) rmSync(temp, { force: true });
  }
}

function markUsed(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // A read-only cache still serves; only its pruning order goes stale.
  }
}

function sourceHash(sources: DictionarySource[], readerUrl: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(readerUrl)));
  hash.update(`\0yaml ${(createRequire(import.meta.url)('yaml/package.json') as { version: string }).version}`);
  for (const { path, text } of sources) hash.update(`\0${path}\0${text}`);
  return hash.digest('hex').slice(0, 32);
}

function pruneCache(): void {
  const dir = cacheDir();
  const cached = readdirSync(dir)
    .filter((name) => /^dictionary-[0-9a-f]+\.v8$/.test(name))
    .map((name) => ({ path: join(dir, name), used: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { path } of cached.slice(MAX_KEPT)) rmSync(path, { force: true });
}
