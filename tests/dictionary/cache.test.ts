// The parsed dictionary is cached between runs; the cache must never change what is loaded.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedParse } from '../../src/dictionary/cache.js';
import { loadDictionary, type Dictionary } from '../../src/dictionary/dictionary.js';

const ENTRY = '- {id: acme, type: company, ja: アクメ, en: Acme}\n';
let cache: string;
let dict: string;
const previous = process.env.GLOSSARY_CACHE_DIR;

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'glossary-cache-test-'));
  cache = join(root, 'cache');
  dict = join(root, 'dict');
  mkdirSync(dict);
  writeFileSync(join(dict, 'companies.yml'), ENTRY);
  process.env.GLOSSARY_CACHE_DIR = cache;
});
afterEach(() => {
  process.env.GLOSSARY_CACHE_DIR = previous;
});

const cacheFiles = () => readdirSync(cache).map((name) => join(cache, name));

describe('the dictionary cache', () => {
  it('keeps a loaded dictionary and serves the next load from it', () => {
    loadDictionary(dict);
    expect(cacheFiles()).toHaveLength(1);
    // Mark the cached copy: the next load must return it rather than parse the YAML again.
    const cached = deserialize(readFileSync(cacheFiles()[0])) as Dictionary;
    cached.entries[0].en = 'Acme (from the cache)';
    writeFileSync(cacheFiles()[0], serialize(cached));
    expect(loadDictionary(dict).entries[0].en).toBe('Acme (from the cache)');
  });

  it('gives a cached dictionary equal to the parsed one, Maps and RegExps included', () => {
    writeFileSync(join(dict, 'patterns.yml'), '- {id: "{0}", type: chip, pattern: "H[0-9]{3}", ja: "{0}", en: "{0}", ok: [H100]}\n');
    const parsed = loadDictionary(dict);
    const cached = loadDictionary(dict);
    expect(cached).toEqual(parsed);
    expect(cached.byId.get('acme')).toBe(cached.entries[0]);
    expect(cached.patterns[0].regex).toBeInstanceOf(RegExp);
  });

  it('does not serve a dictionary checked under one schema to a reader of another', () => {
    const sources = [{ path: 'dict/companies.yml', text: ENTRY }];
    const isText = (value: unknown): value is string => typeof value === 'string';
    expect(cachedParse(sources, 1, () => 'checked under schema 1', isText)).toBe('checked under schema 1');
    expect(cachedParse(sources, 1, () => 'parsed again', isText)).toBe('checked under schema 1');
    expect(cachedParse(sources, 2, () => 'checked under schema 2', isText)).toBe('checked under schema 2');
  });

  it('reads a changed dictionary afresh', () => {
    loadDictionary(dict);
    writeFileSync(join(dict, 'companies.yml'), ENTRY.replace('Acme}', 'Acme Corp}'));
    expect(loadDictionary(dict).entries[0].en).toBe('Acme Corp');
  });

  it('ignores a damaged cache file', () => {
    loadDictionary(dict);
    writeFileSync(cacheFiles()[0], 'not a serialized dictionary');
    expect(loadDictionary(dict).entries[0].en).toBe('Acme');
  });

  it('ignores a cache file of the right name but the wrong shape', () => {
    loadDictionary(dict);
    for (const wrong of [{}, null, 42, { entries: 'x' }, { entries: [], byId: {}, patterns: [], notEntities: [], warnings: [], hash: 'h', discovery: {} }]) {
      writeFileSync(cacheFiles()[0], serialize(wrong));
      expect(loadDictionary(dict).entries[0].en).toBe('Acme');
    }
  });

  it('loads the dictionary when the cache folder cannot be written', () => {
    writeFileSync(cache, 'a file where the cache folder would be');
    expect(loadDictionary(dict).entries[0].en).toBe('Acme');
  });

  it('reports dictionary errors on every load, never caching a broken dictionary', () => {
    writeFileSync(join(dict, 'companies.yml'), '- {id: acme, type: person, ja: アクメ, en: Acme}\n');
    expect(() => loadDictionary(dict)).toThrow(/unknown type "person"/);
    expect(() => loadDictionary(dict)).toThrow(/unknown type "person"/);
  });

  it('keeps at most eight dictionaries', () => {
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dict, 'companies.yml'), ENTRY.replace('Acme}', `Acme ${i}}`));
      loadDictionary(dict);
    }
    expect(cacheFiles()).toHaveLength(8);
  });
});
