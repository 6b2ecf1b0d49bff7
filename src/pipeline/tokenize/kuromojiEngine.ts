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
import { endianness } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { gunzip } from 'node:zlib';
import { GlossaryError } from '../../core/errors.js';
import { WordLattice, type ConnectionCosts, type PathVisitor } from './lattice.js';

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
  /** Hands each word of the sentence's best path to `visit`, in order. */
  bestPath(sentence: string, visit: PathVisitor): void;
  token_info_dictionary: WordDictionary;
  unknown_dictionary: WordDictionary;
}

type LoadCallback = (err: Error | null, buffer?: ArrayBufferLike) => void;
const DictionaryLoader = require('kuromoji/src/loader/NodeDictionaryLoader.js') as new (dicPath: string) => {
  loadArrayBuffer(file: string, callback: LoadCallback): void;
  load(callback: (err: Error | null, dictionaries: unknown) => void): void;
};
const KuromojiTokenizer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => KuromojiInternals;

/** Stands for an unpaired surrogate, which no trie key holds: written as 0xff, a byte UTF-8 never has. */
const NOT_IN_TRIE = -1;

/** Writes the UTF-8 of `code` into `bytes` at `at`; returns where it ends. */
function encodeUtf8(code: number, bytes: Uint8Array, at: number): number {
  if (code === NOT_IN_TRIE) {
    bytes[at] = 0xff;
    return at + 1;
  }
  if (code < 0x80) {
    bytes[at] = code;
    return at + 1;
  }
  const length = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  bytes[at] = UTF8_LEAD[length] | (code >> (6 * (length - 1)));
  for (let b = 1; b < length; b++) bytes[at + b] = 0x80 | ((code >> (6 * (length - 1 - b))) & 0x3f);
  return at + length;
}
const UTF8_LEAD = [0, 0, 0xc0, 0xe0, 0xf0];

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

/**
 * The best path through a sentence, over a kuromoji tokenizer's dictionaries: its words stay the
 * same. Everything read per word on offer is in flat arrays: the sentence's UTF-8 bytes (the
 * trie's keys) encoded once per sentence, each character's class by its first code unit, and the
 * dictionaries' costs as 16-bit numbers.
 */
function bestPathFinder(tokenizer: KuromojiInternals, wordIds: WordIds): (sentence: string, visit: PathVisitor) => void {
  const { trie } = tokenizer.viterbi_builder;
  const unknown = tokenizer.unknown_dictionary;
  const base = trie.bc.getBaseBuffer();
  const check = trie.bc.getCheckBuffer();
  const { packed, start } = wordIds;
  // An entry's id is where its left id, right id and cost start in its dictionary's bytes.
  const wordCosts = shortsOf(tokenizer.token_info_dictionary.dictionary.buffer);
  const unknownCosts = shortsOf(unknown.dictionary.buffer);
  // kuromoji classes a character by its first code unit (a high surrogate: DEFAULT), so the
  // class is looked up once per unit and never needs the character as a string.
  const classIds = new Int16Array(0x10000).fill(-1);
  const classes: CharacterClass[] = [];
  /** Each class's unknown-word entries. */
  const unknownIds: Int32Array[] = [];
  const classOf = (unit: number): number => {
    if (classIds[unit] < 0) {
      const found = unknown.lookup(String.fromCharCode(unit));
      classes[found.class_id] = found;
      unknownIds[found.class_id] = Int32Array.from(unknown.target_map[found.class_id]);
      classIds[unit] = found.class_id;
    }
    return classIds[unit];
  };

  const lattice = new WordLattice(tokenizer.viterbi_searcher.connection_costs);
  /** Adds a node for each of the word's dictionary entries, `ids[first]` to `ids[last - 1]`, at sentence units [from, to). */
  const addEntries = (costs: Int16Array, ids: Int32Array, first: number, last: number, known: boolean, pos: number, length: number, from: number, to: number) => {
    for (let i = first; i < last; i++) {
      const entry = ids[i];
      const at = entry >> 1;
      lattice.add(entry, known, pos + 1, length, costs[at], costs[at + 1], costs[at + 2], from, to);
    }
  };
  // Per character of the sentence (kuromoji counts positions in characters: a high surrogate
  // takes the unit after it along): its first unit, its class, where its UTF-8 bytes start and
  // where the run of characters of its class that starts at it ends. Reused from sentence to sentence.
  let offsets = new Int32Array(0);
  let classAt = new Int32Array(0);
  let byteStart = new Int32Array(0);
  let runEnd = new Int32Array(0);
  let bytes = new Uint8Array(0);

  return (sentence, visit) => {
    lattice.reset(sentence.length);
    if (offsets.length < sentence.length + 1) {
      offsets = new Int32Array(2 * sentence.length + 1);
      classAt = new Int32Array(2 * sentence.length + 1);
      byteStart = new Int32Array(2 * sentence.length + 1);
      runEnd = new Int32Array(2 * sentence.length + 1);
      bytes = new Uint8Array(8 * sentence.length + 4);
    }
    let chars = 0;
    let byteLength = 0;
    for (let i = 0; i < sentence.length; i++, chars++) {
      offsets[chars] = i;
      byteStart[chars] = byteLength;
      let code = sentence.charCodeAt(i);
      classAt[chars] = classOf(code);
      if (isHighSurrogate(code)) {
        const low = sentence.charCodeAt(++i);
        // An unpaired high surrogate ends every word (stock kuromoji throws there; tokenize.ts never passes one).
        code = isLowSurrogate(low) ? (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : NOT_IN_TRIE;
      }
      byteLength = encodeUtf8(code, bytes, byteLength);
    }
    offsets[chars] = sentence.length;
    byteStart[chars] = byteLength;
    runEnd[chars] = chars;
    for (let p = chars - 1; p >= 0; p--) runEnd[p] = p + 1 < chars && classAt[p + 1] === classAt[p] ? runEnd[p + 1] : p + 1;

    for (let pos = 0; pos < chars; pos++) {
      const from = offsets[pos];
      let found = false;
      // Dictionary words starting here: follow the trie byte by byte, a word ending at each character's last byte.
      let node = 0;
      walk: for (let c = pos; c < chars; c++) {
        for (let b = byteStart[c]; b < byteStart[c + 1]; b++) {
          const child = base[node] + bytes[b];
          if (check[child] !== node) break walk;
          node = child;
        }
        const leaf = base[node]; // the terminal character's code is 0
        if (check[leaf] !== node) continue;
        found = true;
        const countAt = start[-base[leaf] - 1];
        const to = offsets[c + 1];
        addEntries(wordCosts, packed, countAt + 1, countAt + 1 + packed[countAt], true, pos, to - from, from, to);
      }
      // Unknown words: the character alone or, for grouping classes, the rest of its run.
      const charClass = classes[classAt[pos]];
      if (found && charClass.is_always_invoke !== 1) continue;
      const grouped = charClass.is_grouping === 1 && runEnd[pos] > pos + 1;
      const to = grouped ? offsets[runEnd[pos]] : offsets[pos + 1];
      // As in kuromoji: a lone character counts 1 even when it is a surrogate pair, a group its UTF-16 length.
      const ids = unknownIds[charClass.class_id];
      addEntries(unknownCosts, ids, 0, ids.length, false, pos, grouped ? to - from : 1, from, to);
    }
    lattice.bestPath(visit);
  };
}

/** A dictionary's bytes read as little-endian signed 16-bit numbers, as kuromoji's ByteBuffer.getShort reads them. */
function shortsOf(bytes: Uint8Array): Int16Array {
  const shorts = new Int16Array(bytes.byteLength >> 1);
  const copy = Buffer.from(shorts.buffer);
  copy.set(bytes.subarray(0, copy.length));
  if (endianness() === 'BE') copy.swap16();
  return shorts;
}
