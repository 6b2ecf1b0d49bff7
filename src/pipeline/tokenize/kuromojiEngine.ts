// kuromoji (0.1.2) with faster loading and lattice building, giving exactly the tokens stock
// kuromoji gives (tests/tokenize.test.ts checks them against it).
//   - Loading: kuromoji unpacks its 50 MB of dictionary in 16 KB chunks, joins them and copies the
//     result again; here each file is unpacked into one buffer of the size its gzip trailer gives,
//     which halves the load time; unpacked into shared memory, worker threads read one copy.
//   - Word lookup: kuromoji turns its map from trie entries to word ids (tid_map.dat) into an
//     object of 325,871 arrays, a fifth of a second and tens of megabytes of heap in every
//     process, which every major collection then walks; here it stays the packed array it is
//     on disk, with an index of where each entry starts.
//   - Lattices: kuromoji converts the whole rest of the sentence to UTF-8 at every character to
//     look words up, and rescans a run of letters at every letter of it: work that grows with the
//     square of the sentence length and takes about half of its run time. This builder walks the
//     dictionary's trie one character at a time from each position, stopping where no longer
//     word exists, and finds each run's end once. The lattice and its cheapest path are kept in
//     typed arrays (lattice.ts) instead of an object and a string for every word on offer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { gunzip } from 'node:zlib';
import { GlossaryError } from '../../core/errors.js';
import { WordLattice, type ConnectionCosts, type PathNode } from './lattice.js';

const require = createRequire(import.meta.url);

/** The parts of kuromoji's internals used here and in tokenize.ts (kuromoji 0.1.2, pinned in package-lock). */
interface ByteBuffer {
  buffer: Uint8Array;
}
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}
export interface WordDictionary {
  dictionary: ByteBuffer;
  getFeatures(id: number | string): string | undefined;
}
interface UnknownDictionary extends WordDictionary {
  target_map: Record<number, number[]>;
  lookup(ch: string): CharacterClass;
}
interface DoubleArray {
  bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array };
}
interface KuromojiInternals {
  viterbi_builder: { trie: DoubleArray };
  viterbi_searcher: { connection_costs: ConnectionCosts };
  token_info_dictionary: WordDictionary;
  unknown_dictionary: UnknownDictionary;
}

/** kuromoji's dictionaries, and the best path through a sentence as kuromoji finds it. */
export interface Kuromoji {
  bestPath(sentence: string): PathNode[];
  token_info_dictionary: WordDictionary;
  unknown_dictionary: WordDictionary;
}

type LoadCallback = (err: Error | null, buffer?: ArrayBufferLike) => void;
const DictionaryLoader = require('kuromoji/src/loader/NodeDictionaryLoader.js') as new (dicPath: string) => {
  loadArrayBuffer(file: string, callback: LoadCallback): void;
  load(callback: (err: Error | null, dictionaries: unknown) => void): void;
};
const KuromojiTokenizer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => KuromojiInternals;

/** The UTF-8 bytes of the last code point encodeUtf8 was given: the trie's keys are UTF-8. */
const utf8 = new Uint8Array(4);
const UTF8_LEAD = [0, 0, 0xc0, 0xe0, 0xf0];
function encodeUtf8(code: number): number {
  if (code < 0x80) {
    utf8[0] = code;
    return 1;
  }
  const length = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  utf8[0] = UTF8_LEAD[length] | (code >> (6 * (length - 1)));
  for (let b = 1; b < length; b++) utf8[b] = 0x80 | ((code >> (6 * (length - 1 - b))) & 0x3f);
  return length;
}

/** A little-endian signed 16-bit number, as kuromoji's ByteBuffer.getShort reads it (0 past the end). */
const readShort = (bytes: Uint8Array, at: number) => (at + 2 > bytes.length ? 0 : ((bytes[at] | (bytes[at + 1] << 8)) << 16) >> 16);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * kuromoji's dictionary files, unpacked: file name → contents. In SharedArrayBuffers, any number
 * of worker threads tokenize from one copy, which also leaves more of the processor's cache to
 * each of them.
 */
export type UnpackedDictionary = Map<string, ArrayBufferLike>;

/**
 * Unpacks every dictionary file in `dicPath`. Each file is read at once and all are unpacked
 * together on other threads while this one goes on with other set-up; unpacking is the slow part.
 */
export async function unpackDictionary(dicPath: string, { shared = false } = {}): Promise<UnpackedDictionary> {
  try {
    const names = readdirSync(dicPath).filter((name) => name.endsWith('.dat.gz'));
    const contents = await Promise.all(names.map((name) => unpackFile(join(dicPath, name), shared)));
    return new Map(names.map((name, i) => [name, contents[i]]));
  } catch (err) {
    throw damaged(`cannot unpack kuromoji's dictionary in ${dicPath} (${(err as Error).message})`);
  }
}

/** A kuromoji install that is missing or damaged: nothing in the input can fix it. */
const damaged = (problem: string) => new GlossaryError(problem, 'reinstall kuromoji: npm ci');

/** A kuromoji tokenizer over an unpacked IPADIC dictionary, with the faster lattice builder. */
export function loadKuromoji(files: UnpackedDictionary): Promise<Kuromoji> {
  return new Promise((resolve, reject) => {
    let wordIds: WordIds;
    try {
      wordIds = wordIdsOf(fileOf(files, WORD_IDS_FILE));
    } catch (err) {
      return reject(err);
    }
    const loader = new DictionaryLoader('');
    // kuromoji is given a word-id map with no entries to unpack; the lattice builder reads the packed one.
    loader.loadArrayBuffer = (file, callback) => {
      let contents: ArrayBufferLike;
      try {
        contents = file === WORD_IDS_FILE ? new ArrayBuffer(4) : fileOf(files, file);
      } catch (err) {
        return callback(err as Error);
      }
      setImmediate(callback, null, contents);
    };
    loader.load((err, dictionaries) => {
      if (err) return reject(err);
      const tokenizer = new KuromojiTokenizer(dictionaries);
      resolve({ bestPath: bestPathFinder(tokenizer, wordIds), token_info_dictionary: tokenizer.token_info_dictionary, unknown_dictionary: tokenizer.unknown_dictionary });
    });
  });
}

function fileOf(files: UnpackedDictionary, name: string): ArrayBufferLike {
  const contents = files.get(name);
  if (!contents) throw damaged(`kuromoji's dictionary has no ${name}`);
  return contents;
}

/** The file mapping each word's trie entry to the ids of its dictionary entries. */
const WORD_IDS_FILE = 'tid_map.dat.gz';

/**
 * The ids of the dictionary entries of each trie entry, as tid_map.dat packs them: a count of
 * trie entries, then for each its number, how many ids it has, and the ids (32-bit little-endian
 * integers). `start[entry]` is where its count is in `packed`, or -1.
 */
interface WordIds {
  packed: Int32Array;
  start: Int32Array;
}

function wordIdsOf(contents: ArrayBufferLike): WordIds {
  const bad = () => damaged(`kuromoji's ${WORD_IDS_FILE} is not as expected`);
  if (contents.byteLength % 4) throw bad();
  const packed = new Int32Array(contents);
  const entries = packed[0];
  // Entries come in ascending order: a first pass checks that and finds the last, a second
  // notes where each starts.
  const walk = (visit: (entry: number, countAt: number) => void) => {
    let last = -1;
    for (let n = 0, at = 1; n < entries; n++, at += 2 + packed[at + 1]) {
      const entry = packed[at];
      if (at + 2 > packed.length || entry <= last || packed[at + 1] < 0 || at + 2 + packed[at + 1] > packed.length) throw bad();
      visit(entry, at + 1);
      last = entry;
    }
    return last;
  };
  const start = new Int32Array(walk(() => {}) + 1).fill(-1);
  walk((entry, countAt) => (start[entry] = countAt));
  return { packed, start };
}

/**
 * One gzipped dictionary file, unpacked into a buffer of its own (kuromoji's loader unpacks in
 * 16 KB chunks and copies the result twice), or into shared memory.
 */
function unpackFile(file: string, shared: boolean): Promise<ArrayBufferLike> {
  const packed = readFileSync(file);
  // The gzip trailer's last four bytes give the unpacked size, so one chunk holds it all.
  const size = packed.readUInt32LE(packed.length - 4);
  return new Promise((resolve, reject) =>
    gunzip(packed, { chunkSize: Math.max(size, MIN_CHUNK) }, (err, unpacked) => {
      if (err) return reject(err);
      if (shared) {
        const memory = new SharedArrayBuffer(unpacked.byteLength);
        new Uint8Array(memory).set(unpacked);
        return resolve(memory);
      }
      const { buffer, byteOffset, byteLength } = unpacked;
      resolve(byteOffset === 0 && byteLength === buffer.byteLength ? buffer : buffer.slice(byteOffset, byteOffset + byteLength));
    }),
  );
}
const MIN_CHUNK = 64 * 1024;

/** The best path through a sentence, over a kuromoji tokenizer's dictionaries: its tokens stay the same. */
function bestPathFinder(tokenizer: KuromojiInternals, wordIds: WordIds): (sentence: string) => PathNode[] {
  const { trie } = tokenizer.viterbi_builder;
  const words = tokenizer.token_info_dictionary;
  const unknown = tokenizer.unknown_dictionary;
  const base = trie.bc.getBaseBuffer();
  const check = trie.bc.getCheckBuffer();
  // kuromoji classes a character by its first code unit (a high surrogate: DEFAULT), so the
  // class is looked up once per unit and never needs the character as a string.
  const classes = new Array<CharacterClass | undefined>(0x10000);
  const classOf = (unit: number) => (classes[unit] ??= unknown.lookup(String.fromCharCode(unit)));

  const lattice = new WordLattice(tokenizer.viterbi_searcher.connection_costs);
  /** Adds a node for each of the word's dictionary entries, `ids[first]` to `ids[last - 1]`, at sentence units [from, to). */
  const addEntries = (dictionary: WordDictionary, ids: ArrayLike<number>, first: number, last: number, known: boolean, pos: number, length: number, from: number, to: number) => {
    const costs = dictionary.dictionary.buffer;
    for (let i = first; i < last; i++) {
      const entry = ids[i];
      lattice.add(entry, known, pos + 1, length, readShort(costs, entry), readShort(costs, entry + 2), readShort(costs, entry + 4), from, to);
    }
  };
  const { packed, start } = wordIds;

  return (sentence: string): PathNode[] => {
    lattice.reset(sentence.length);
    // kuromoji counts positions in characters: a high surrogate takes the unit after it along.
    const offsets: number[] = [];
    for (let i = 0; i < sentence.length; i++) {
      offsets.push(i);
      if (isHighSurrogate(sentence.charCodeAt(i))) i++;
    }
    offsets.push(sentence.length);
    const chars = offsets.length - 1;
    const charClasses = new Array<CharacterClass>(chars);
    for (let p = 0; p < chars; p++) charClasses[p] = classOf(sentence.charCodeAt(offsets[p]));
    // runEnd[p]: where the run of characters of p's class that starts at p ends.
    const runEnd = new Int32Array(chars + 1);
    runEnd[chars] = chars;
    for (let p = chars - 1; p >= 0; p--) runEnd[p] = p + 1 < chars && charClasses[p + 1].class_name === charClasses[p].class_name ? runEnd[p + 1] : p + 1;

    for (let pos = 0; pos < chars; pos++) {
      const from = offsets[pos];
      let found = false;
      // Dictionary words starting here: follow the trie byte by byte through the UTF-8 of each character.
      let node = 0;
      walk: for (let i = from; i < sentence.length; ) {
        let code = sentence.charCodeAt(i++);
        if (isHighSurrogate(code)) {
          const low = sentence.charCodeAt(i++);
          if (!isLowSurrogate(low)) break; // stock kuromoji throws here; tokenize.ts never passes such text
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        }
        const length = encodeUtf8(code);
        for (let b = 0; b < length; b++) {
          const child = base[node] + utf8[b];
          if (check[child] !== node) break walk;
          node = child;
        }
        const leaf = base[node]; // the terminal character's code is 0
        if (check[leaf] !== node) continue;
        found = true;
        const countAt = start[-base[leaf] - 1];
        addEntries(words, packed, countAt + 1, countAt + 1 + packed[countAt], true, pos, i - from, from, i);
      }
      // Unknown words: the character alone or, for grouping classes, the rest of its run.
      const charClass = charClasses[pos];
      if (found && charClass.is_always_invoke !== 1) continue;
      const grouped = charClass.is_grouping === 1 && runEnd[pos] > pos + 1;
      const to = grouped ? offsets[runEnd[pos]] : offsets[pos + 1];
      // As in kuromoji: a lone character counts 1 even when it is a surrogate pair, a group its UTF-16 length.
      const ids = unknown.target_map[charClass.class_id];
      addEntries(unknown, ids, 0, ids.length, false, pos, grouped ? to - from : 1, from, to);
    }
    return lattice.bestPath(sentence);
  };
}
