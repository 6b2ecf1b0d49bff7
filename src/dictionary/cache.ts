// Parsing and validating the YAML dictionary takes about half a second, most of a small build's
// start-up, and the dictionary rarely changes between builds. The validated dictionary is kept in
// the user's cache folder under a hash of everything it is made from: each file's path and text,
// every module that can shape the checked result (by the dependency rule, the dictionary layer
// imports only dictionary/ and core/, so those two folders' code), glossary's version, the schema
// version and the YAML parser's version. A changed file or any change to that code reads afresh. The cache is only an aid: if it cannot be read or written, the
// dictionary is parsed as before.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import envPaths from 'env-paths';

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
 * What `parse` makes of these sources: from the cache when it holds one made from the same
 * sources, code and versions, else parsed and kept. `schemaVersion` names the shape of the result.
 */
export function cachedParse<T>(sources: DictionarySource[], schemaVersion: number, parse: (sources: DictionarySource[]) => T, isValid: (value: unknown) => value is T): T {
  let path: string | undefined;
  try {
    path = join(cacheDir(), `dictionary-${sourceHash(sources, schemaVersion)}.v8`);
    const dictionary: unknown = deserialize(readFileSync(path));
    // A file of the right name but the wrong shape (damaged, or put there by hand) is not served.
    if (isValid(dictionary)) {
      markUsed(path);
      return dictionary;
    }
  } catch {
    // Not cached yet, unreadable, or no cache folder to be found: parse it.
  }
  const dictionary = parse(sources);
  if (path) keep(path, dictionary);
  return dictionary;
}

/** Writes the dictionary to the cache (whole or not at all) and drops the least recently used. */
function keep(path: string, dictionary: unknown): void {
  // An exclusive file of an unpredictable name, private to this user: nobody can plant a link
  // under its name to have something else overwritten.
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    mkdirSync(cacheDir(), { recursive: true, mode: 0o700 });
    writeFileSync(temp, serialize(dictionary), { flag: 'wx', mode: 0o600 });
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

const packageVersion = (name: string): string => (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;

/** The code of the dictionary and core layers (compiled .js, or .ts when tests run from source), read once. */
let layerCode: Buffer[] | undefined;
function dictionaryLayerCode(): Buffer[] {
  const src = dirname(dirname(fileURLToPath(import.meta.url)));
  layerCode ??= ['core', 'dictionary'].flatMap((folder) =>
    readdirSync(join(src, folder))
      .filter((name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts'))
      .sort()
      .map((name) => readFileSync(join(src, folder, name))),
  );
  return layerCode;
}

function sourceHash(sources: DictionarySource[], schemaVersion: number): string {
  const hash = createHash('sha256');
  for (const code of dictionaryLayerCode()) hash.update(code);
  const ownVersion = (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  hash.update(`\0glossary ${ownVersion}\0schema ${schemaVersion}\0yaml ${packageVersion('yaml')}`);
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
