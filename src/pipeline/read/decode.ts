// Decoding input files: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, Shift_JIS
// (CP932), EUC-JP and ISO-2022-JP. Node's WHATWG decoders decode (UTF-32 is decoded here).
//
// Without a BOM, a file that is valid UTF-8 is UTF-8. Otherwise every reading (UTF-8, Shift_JIS,
// EUC-JP) is made and the one with the fewest undecodable characters wins: a UTF-8 article with
// one bad byte, or cut in the middle of a character, is UTF-8 with one replacement character
// (and a warning), not Shift_JIS garbage. Between Shift_JIS and EUC-JP, which often both decode,
// the reading with more kana wins (hiragana and katakana come out of the right one only), then
// half-width katakana (Shift_JIS written in them), then encoding-japanese's guess.
//
// Not text: NUL bytes or characters, more than a small share of undecodable characters, and a
// Shift_JIS or EUC-JP reading without any kana, which is what Windows-1252 or Latin-1 text
// becomes (no Japanese text is written without kana).
import { isUtf8 } from 'node:buffer';
import Encoding from 'encoding-japanese';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'shift_jis', 'euc-jp', 'iso-2022-jp'] as const;
export type InputEncoding = (typeof ENCODINGS)[number];

/** Names users may give to --encoding, folded to the decoder's name. */
const ENCODING_NAMES: Record<string, InputEncoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'utf-16le': 'utf-16le', utf16le: 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  'utf-32le': 'utf-32le', utf32le: 'utf-32le',
  'utf-32be': 'utf-32be', utf32be: 'utf-32be',
  shift_jis: 'shift_jis', 'shift-jis': 'shift_jis', sjis: 'shift_jis', cp932: 'shift_jis', 'windows-31j': 'shift_jis',
  'euc-jp': 'euc-jp', eucjp: 'euc-jp',
  'iso-2022-jp': 'iso-2022-jp', jis: 'iso-2022-jp',
};

export const encodingByName = (name: string): InputEncoding | undefined =>
  Object.hasOwn(ENCODING_NAMES, name.toLowerCase()) ? ENCODING_NAMES[name.toLowerCase()] : undefined;

/** Above this share of U+FFFD the decoded text is garbage, not a few stray bytes. */
export const MAX_REPLACEMENT_SHARE = 0.01;

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: InputEncoding;
      /** Undecodable byte sequences replaced by U+FFFD (a file cut short, a damaged byte). */
      replaced: number;
      /** The line of the first of them. */
      replacedLine?: number;
    }
  | { ok: false; problem: string; hint: string; line?: number };

const CONVERT = 'convert it to UTF-8, or name its encoding with --encoding';

export function decode(bytes: Uint8Array, forced?: InputEncoding): Decoded {
  let encoding = forced ?? bomEncoding(bytes);
  let text: string | undefined;
  if (!encoding) {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      return { ok: false, problem: 'holds NUL bytes (binary, or UTF-16 without a BOM)', hint: 'pass text files, or --encoding utf-16le/utf-16be', line: lineAt(bytes, nul) };
    }
    if (isIso2022jp(bytes)) encoding = 'iso-2022-jp';
    else if (isUtf8(bytes)) encoding = 'utf-8';
    else [encoding, text] = bestReading(bytes);
  }
  text ??= decodeAs(bytes, encoding);
  const nulChar = text.indexOf('\0');
  if (nulChar >= 0) {
    return { ok: false, problem: `holds NUL characters once decoded as ${encoding} (binary data)`, hint: 'pass text files', line: lineOf(text, nulChar) };
  }
  const replaced = countUnits(text, isReplacement);
  const firstReplaced = text.indexOf('\uFFFD');
  if (replaced > Math.max(1, text.length * MAX_REPLACEMENT_SHARE)) {
    return { ok: false, problem: `decodes as ${encoding} to garbage (${replaced} undecodable characters)`, hint: CONVERT, line: lineOf(text, firstReplaced) };
  }
  if (!forced && (encoding === 'shift_jis' || encoding === 'euc-jp') && !/[\u3041-\u30FF\uFF66-\uFF9D]/.test(text)) {
    return { ok: false, problem: `is not UTF-8, and read as ${encoding} it holds no kana: not Japanese text (Windows-1252 or Latin-1?)`, hint: CONVERT };
  }
  return { ok: true, text, encoding, replaced, ...(replaced && { replacedLine: lineOf(text, firstReplaced) }) };
}

function decodeAs(bytes: Uint8Array, encoding: InputEncoding): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  return new TextDecoder(encoding).decode(bytes); // drops a BOM of its own encoding
}

function bomEncoding(bytes: Uint8Array): InputEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-32 (no WHATWG decoder has it): code points out of range and surrogates become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean, skipBom = true): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = skipBom && view.byteLength >= 4 && view.getUint32(0, littleEndian) === 0xfeff ? 4 : 0;
  const parts: string[] = [];
  let points: number[] = [];
  for (let i = start; i + 4 <= view.byteLength; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (points.length === 8192) {
      parts.push(String.fromCodePoint(...points));
      points = [];
    }
  }
  if (view.byteLength % 4) points.push(0xfffd);
  parts.push(String.fromCodePoint(...points));
  return parts.join('');
}


/** 7-bit bytes with the escape sequences of ISO-2022-JP (ESC $ B, ESC $ @, ESC ( J, ESC ( I). */
function isIso2022jp(bytes: Uint8Array): boolean {
  let escapes = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) return false;
    if (bytes[i] === 0x1b && ((bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) || (bytes[i + 1] === 0x28 && (bytes[i + 2] === 0x4a || bytes[i + 2] === 0x49)))) escapes = true;
  }
  return escapes;
}

/** How many of the text's UTF-16 units `counts` accepts (a loop: a global match makes a string per hit, millions of kana in a long file). */
function countUnits(text: string, counts: (unit: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (counts(text.charCodeAt(i))) n++;
  return n;
}
const isReplacement = (unit: number) => unit === 0xfffd;
const isLineFeed = (unit: number) => unit === 0x0a;
/** Hiragana U+3041–3096 and katakana U+30A1–30FA: the kana a reading in the right encoding has more of. */
const isKanaUnit = (unit: number) => (unit >= 0x3041 && unit <= 0x3096) || (unit >= 0x30a1 && unit <= 0x30fa);

/** The reading with the fewest undecodable characters; see the top of this file for ties. */
function bestReading(bytes: Uint8Array): [InputEncoding, string] {
  const readings = (['utf-8', 'shift_jis', 'euc-jp'] as const).map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return { encoding, text, bad: countUnits(text, isReplacement), kana: countUnits(text, isKanaUnit) };
  });
  const fewest = Math.min(...readings.map((r) => r.bad));
  const best = readings.filter((r) => r.bad === fewest);
  if (best.length === 1 || best[0].encoding === 'utf-8') return [best[0].encoding, best[0].text];
  const [sjis, euc] = best;
  if (sjis.kana !== euc.kana) return sjis.kana > euc.kana ? [sjis.encoding, sjis.text] : [euc.encoding, euc.text];
  // Shift_JIS written in half-width katakana: every non-ASCII character of its reading is one.
  if (/^[\x00-\x7F\uFF61-\uFF9F]*$/.test(sjis.text) && /[\uFF61-\uFF9F]/.test(sjis.text)) return [sjis.encoding, sjis.text];
  const guessed = Encoding.detect(bytes);
  return guessed === 'EUCJP' ? [euc.encoding, euc.text] : [sjis.encoding, sjis.text];
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A file read block by block (a long document is never held whole as bytes). */
export interface ByteSource {
  size: number;
  /** Reads into `buffer` from `position`; returns the number of bytes read (0 at the end). */
  read(buffer: Uint8Array, position: number): number;
}

const BLOCK_BYTES = 1 << 20; // a multiple of 4, so UTF-32 blocks never split a character

/** The blocks of a source, in order. */
function* blocks(source: ByteSource): Generator<Uint8Array> {
  const buffer = new Uint8Array(BLOCK_BYTES);
  for (let position = 0; position < source.size; ) {
    const read = source.read(buffer, position);
    if (read === 0) break; // cut short while we read
    yield buffer.subarray(0, read);
    position += read;
  }
}

/** The decoded text of a source, in pieces of about a block each. */
export function* decodeBlocks(source: ByteSource, encoding: InputEncoding): Generator<string> {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    let first = true;
    for (const block of blocks(source)) {
      yield decodeUtf32(block, encoding === 'utf-32le', first);
      first = false;
    }
    return;
  }
  const decoder = new TextDecoder(encoding); // drops a BOM of its own encoding
  for (const block of blocks(source)) yield decoder.decode(block, { stream: true });
  yield decoder.decode();
}

interface ReadingStats {
  encoding: InputEncoding;
  length: number;
  bad: number;
  firstBadLine?: number;
  firstNulLine?: number;
  kana: number;
  anyKana: boolean;
  /** Every non-ASCII character is half-width katakana (and there is one). */
  halfwidthOnly: boolean;
  anyHalfwidth: boolean;
}

/** What one reading of a source gives: its length, undecodable and NUL characters, kana. */
function readingStats(source: ByteSource, encoding: InputEncoding): ReadingStats {
  const stats: ReadingStats = { encoding, length: 0, bad: 0, kana: 0, anyKana: false, halfwidthOnly: true, anyHalfwidth: false };
  let lines = 1;
  for (const text of decodeBlocks(source, encoding)) {
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0 && stats.firstBadLine === undefined) stats.firstBadLine = lines + lineOf(text, bad) - 1;
    const nul = text.indexOf('\0');
    if (nul >= 0 && stats.firstNulLine === undefined) stats.firstNulLine = lines + lineOf(text, nul) - 1;
    stats.bad += countUnits(text, isReplacement);
    stats.kana += countUnits(text, isKanaUnit);
    stats.anyKana ||= /[\u3041-\u30FF\uFF66-\uFF9D]/.test(text);
    stats.anyHalfwidth ||= /[\uFF61-\uFF9F]/.test(text);
    stats.halfwidthOnly &&= /^[\x00-\x7F\uFF61-\uFF9F]*$/.test(text);
    lines += countUnits(text, isLineFeed);
    stats.length += text.length;
  }
  return stats;
}

export type Detected = { ok: true; encoding: InputEncoding; replaced: number; replacedLine?: number } | { ok: false; problem: string; hint: string; line?: number };

/**
 * The encoding of a source read block by block, by the same rules as `decode` (see the top of
 * this file), for documents too long to hold whole.
 */
export function detectBlocks(source: ByteSource, forced?: InputEncoding): Detected {
  const head = new Uint8Array(4);
  const headLength = source.read(head, 0);
  let encoding = forced ?? bomEncoding(head.subarray(0, headLength));
  let stats: ReadingStats | undefined;
  if (!encoding) {
    let lines = 1;
    let sevenBit = true;
    let escapes = false;
    let tail = new Uint8Array(0);
    for (const block of blocks(source)) {
      const nul = block.indexOf(0);
      if (nul >= 0) return { ok: false, problem: 'holds NUL bytes (binary, or UTF-16 without a BOM)', hint: 'pass text files, or --encoding utf-16le/utf-16be', line: lines + lineAt(block, nul) - 1 };
      for (let i = 0; i < block.length; i++) if (block[i] === 0x0a) lines++;
      sevenBit &&= block.every((b) => b < 0x80);
      const joined = new Uint8Array(tail.length + Math.min(block.length, 3));
      joined.set(tail);
      joined.set(block.subarray(0, Math.min(block.length, 3)), tail.length);
      escapes ||= isIso2022jp(joined) || (sevenBit && isIso2022jp(block));
      tail = block.slice(Math.max(0, block.length - 2));
    }
    if (sevenBit && escapes) encoding = 'iso-2022-jp';
    else {
      const utf8 = readingStats(source, 'utf-8');
      if (utf8.bad === 0) [encoding, stats] = ['utf-8', utf8];
      else {
        const readings = [utf8, readingStats(source, 'shift_jis'), readingStats(source, 'euc-jp')];
        const fewest = Math.min(...readings.map((r) => r.bad));
        const best = readings.filter((r) => r.bad === fewest);
        if (best.length === 1 || best[0].encoding === 'utf-8') stats = best[0];
        else {
          const [sjis, euc] = best;
          if (sjis.kana !== euc.kana) stats = sjis.kana > euc.kana ? sjis : euc;
          else if (sjis.halfwidthOnly && sjis.anyHalfwidth) stats = sjis;
          else {
            const sample = new Uint8Array(Math.min(source.size, BLOCK_BYTES));
            stats = Encoding.detect(sample.subarray(0, source.read(sample, 0))) === 'EUCJP' ? euc : sjis;
          }
        }
        encoding = stats.encoding;
      }
    }
  }
  stats ??= readingStats(source, encoding);
  if (stats.firstNulLine !== undefined) return { ok: false, problem: `holds NUL characters once decoded as ${encoding} (binary data)`, hint: 'pass text files', line: stats.firstNulLine };
  if (stats.bad > Math.max(1, stats.length * MAX_REPLACEMENT_SHARE)) {
    return { ok: false, problem: `decodes as ${encoding} to garbage (${stats.bad} undecodable characters)`, hint: CONVERT, line: stats.firstBadLine };
  }
  if (!forced && (encoding === 'shift_jis' || encoding === 'euc-jp') && !stats.anyKana) {
    return { ok: false, problem: `is not UTF-8, and read as ${encoding} it holds no kana: not Japanese text (Windows-1252 or Latin-1?)`, hint: CONVERT };
  }
  return { ok: true, encoding, replaced: stats.bad, ...(stats.bad && { replacedLine: stats.firstBadLine }) };
}
