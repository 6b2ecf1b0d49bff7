// Read stage: finds the input files and turns each into the text to scan. Markup and skipped
// front-matter keys are blanked out with spaces rather than removed, so every offset into
// `text` is also an offset into the file and a mention can be shown in its original line.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { decode, decodeBlocks, detectBlocks, type InputEncoding } from './decode.js';
import { GlossaryError, type Diagnostic } from '../../core/errors.js';
import { displayPath } from '../../core/paths.js';
import { kindOfFile } from '../../core/readFile.js';

export interface SourceDocument {
  /** File name without extension: the key of `byDocument`. */
  id: string;
  /** Path as given, relative to the working directory where possible, with `/` separators. */
  path: string;
  /** The decoded file (without BOM), whatever its encoding on disk. */
  raw: string;
  /** `raw` with everything that is not text to scan replaced by spaces (newlines kept). */
  text: string;
  /** What was odd but did not stop the reading (bytes that could not be decoded). */
  warnings?: Diagnostic[];
  /** SHA-256 of the file's bytes, which identifies the document in a partial line. */
  sha256?: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
/** Front-matter keys whose values are article text; the rest (date, layout…) is metadata. */
const FRONT_MATTER_TEXT_KEYS = new Set(['title', 'excerpt', 'tags', 'author']);

/** A file that cannot be read as an article: reported, skipped, and the build goes on. */
export class InputProblem extends GlossaryError {
  constructor(
    readonly file: string,
    readonly problem: string,
    hint: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`, hint);
    this.name = 'InputProblem';
  }

  get diagnostic(): Diagnostic {
    return { file: this.file, ...(this.line && { line: this.line }), message: this.problem, hint: this.hint ?? '' };
  }

  static from(d: Diagnostic): InputProblem {
    return new InputProblem(d.file, d.message, d.hint, d.line);
  }
}

export interface InputFiles {
  files: string[];
  /** Each file's size in bytes, in the order of `files`. */
  sizes: number[];
  /** Their total size, to decide whether workers pay off. */
  bytes: number;
  /** Folders and files found but not read (a symlink loop, a folder without permission, a FIFO…). */
  problems: Diagnostic[];
}

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'error';

/** What a path that cannot be looked at is, in words, and what to do about it. */
function unreachable(err: unknown, isLink: boolean): { message: string; hint: string } {
  const code = codeOf(err);
  if (code === 'ENAMETOOLONG') return { message: 'has a path longer than the system allows (ENAMETOOLONG)', hint: 'move the files to a shallower folder' };
  if (code === 'ELOOP') return { message: 'is a symbolic link that loops', hint: 'fix or remove the link' };
  if (code === 'ENOENT' && isLink) return { message: 'is a broken symbolic link', hint: 'fix or remove the link' };
  if (code === 'EACCES' || code === 'EPERM') return { message: `cannot be read (${code})`, hint: 'check the permissions of the file and of the folders above it' };
  return { message: `cannot be read (${code})`, hint: 'check that it exists and is readable' };
}

const NOT_REGULAR_HINT = 'only regular files are read: remove it from the input folder, or name the files to read';

/** Whether `path` is `root` or inside it (both real paths). */
const isWithin = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Every `.txt`/`.md` file under the inputs, sorted so builds do not depend on directory order.
 *
 * Only regular files are read: FIFOs, devices and sockets are reported and skipped, never opened.
 * Symbolic links are followed only to places within the inputs given (so a link to `/` or to a
 * private folder is reported and skipped, not read); an input named on the command line is read
 * wherever it leads. A file reached by two paths (a link inside the corpus, the same folder given
 * twice) is read once, under the first of its paths in sorted order. File names that are not
 * valid UTF-8 are reported, not read.
 */
export function listInputFiles(inputs: string[]): InputFiles {
  /** Each file found (device and inode) → the path it is read under. */
  const found = new Map<string, { path: string; size: number }>();
  const problems: Diagnostic[] = [];
  const visitedFolders = new Set<string>();
  const roots: string[] = [];
  for (const input of inputs) {
    try {
      roots.push(realpathSync(input));
    } catch (err) {
      const code = codeOf(err);
      throw new GlossaryError(`${input}: ${code === 'ENOENT' ? 'no such file or directory' : unreachable(err, false).message}`, 'check the input path');
    }
  }
  const skip = (path: string, why: { message: string; hint: string }) => problems.push({ file: displayPath(path), ...why });
  const visit = (path: string, explicit: boolean) => {
    let stats: Stats;
    let real: string;
    try {
      const link = lstatSync(path);
      real = link.isSymbolicLink() ? realpathSync(path) : path;
      if (link.isSymbolicLink() && !explicit && !roots.some((root) => isWithin(real, root))) {
        skip(path, { message: `is a symbolic link to ${displayPath(real)}, outside the inputs`, hint: 'links are followed only within the inputs given: name that place as an input to read it' });
        return;
      }
      stats = link.isSymbolicLink() ? statSync(path) : link;
    } catch (err) {
      if (explicit) throw new GlossaryError(`${path}: ${unreachable(err, false).message}`, 'check the input path');
      let isLink = false;
      try {
        isLink = lstatSync(path).isSymbolicLink();
      } catch {
        // the path itself cannot be looked at
      }
      skip(path, unreachable(err, isLink));
      return;
    }
    if (stats.isDirectory()) {
      // A symlink loop leads back to a folder already visited: read each folder once.
      const identity = `${stats.dev}:${stats.ino}`;
      if (visitedFolders.has(identity)) return;
      visitedFolders.add(identity);
      let names: Buffer[];
      try {
        names = readdirSync(path, { encoding: 'buffer' });
      } catch (err) {
        skip(path, { message: `folder cannot be read (${codeOf(err)})`, hint: 'check its permissions' });
        return;
      }
      const decoded: string[] = [];
      for (const raw of names) {
        let name: string;
        try {
          name = UTF8.decode(raw);
        } catch {
          // A Shift_JIS name from a Windows zip: as a string it names no file, so it cannot be read.
          const shown = new TextDecoder().decode(raw);
          if (!shown.startsWith('.')) skip(join(path, shown), { message: 'has a file name that is not valid UTF-8 (a Shift_JIS name from a Windows zip?)', hint: 'rename it to UTF-8, e.g. convmv -f cp932 -t utf-8 --notest -r FOLDER' });
          continue;
        }
        if (!name.startsWith('.')) decoded.push(name);
      }
      for (const name of decoded.sort()) visit(join(path, name), false);
    } else if (explicit || TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
      if (!stats.isFile()) {
        skip(path, { message: `is ${kindOfFile(stats)}`, hint: NOT_REGULAR_HINT });
        return;
      }
      // The same file by two paths (a link, a folder given twice, relative and absolute) is one document.
      const identity = `${stats.dev}:${stats.ino}`;
      const first = found.get(identity);
      if (!first || displayPath(path) < displayPath(first.path)) found.set(identity, { path, size: stats.size });
    }
  };
  for (const input of inputs) visit(input, true);
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: files.map((f) => f.path), sizes: files.map((f) => f.size), bytes: files.reduce((n, f) => n + f.size, 0), problems };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Document ids are file names without extension. Where two files share one, the id keeps the
 * folder (`2024/a`), and where that is not enough either, the extension (`2024/a.md`).
 */
export function documentIds(paths: string[]): Map<string, string> {
  const stem = (p: string) => basename(p, extname(p));
  const withFolder = (p: string) => displayPath(p).slice(0, displayPath(p).length - extname(p).length);
  const unique = (key: (p: string) => string) => {
    const counts = new Map<string, number>();
    for (const p of paths) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return (p: string) => counts.get(key(p)) === 1;
  };
  const stemUnique = unique(stem);
  const folderUnique = unique(withFolder);
  return new Map(paths.map((p) => [p, stemUnique(p) ? stem(p) : folderUnique(p) ? withFolder(p) : displayPath(p)]));
}

/** Reads and decodes one article whole; a file that is not readable text throws an InputProblem. */
export function readDocument(path: string, id: string, encoding?: InputEncoding): SourceDocument {
  const shown = displayPath(path);
  const fd = openRegularFile(path, shown);
  try {
    return documentOf(readAll(fd, fstatSync(fd).size, shown), id, shown, encoding);
  } finally {
    closeSync(fd);
  }
}

function documentOf(bytes: Buffer, id: string, shown: string, encoding?: InputEncoding): SourceDocument {
  const decoded = decode(bytes, encoding);
  if (!decoded.ok) throw new InputProblem(shown, decoded.problem, decoded.hint, decoded.line);
  const warnings = replacedWarning(shown, decoded);
  return withTextToScan({ id, path: shown, raw: decoded.text, sha256: createHash('sha256').update(bytes).digest('hex'), ...(warnings.length && { warnings }) });
}

/**
 * The document with `text` made when first asked for: a run reads a long document piece by
 * piece (documentPieces) and never needs the whole of it blanked at once.
 */
export function withTextToScan(doc: Omit<SourceDocument, 'text'>): SourceDocument {
  let text: string | undefined;
  return Object.defineProperty(doc as SourceDocument, 'text', { get: () => (text ??= textToScan(doc.raw, doc.path)), enumerable: true });
}

/**
 * Pieces of a document are processed one at a time, so that memory does not grow with the size
 * of one document (the stages take about 180 bytes per character) and a 200 MB file builds.
 * Documents up to this many characters are one piece.
 */
export const PIECE_CHARACTERS = 65_536;

/** A piece of a document, cut at a line end where there is one, with where it starts. */
export interface DocumentPiece {
  /** The piece of the decoded file. */
  raw: string;
  /** `raw` with markup blanked out (front matter only in the first piece). */
  text: string;
  /** The 1-based line of the file the piece starts on. */
  line: number;
  /** How many UTF-16 units of that line come before the piece (0 unless a line was too long to end a piece). */
  column: number;
}

const LINE_BREAK = /\r\n|\n|\r/g;
const PIECE_END = /[。．！？!?]/;
const PIECE_PAUSE = /[、，, \t\u3000]/;

/**
 * A document in pieces of at most `size` characters, cut after a line end, else after a
 * sentence end, else after a comma or a space, else anywhere that does not split a character
 * or a CRLF.
 */
export function* documentPieces(raw: string, path = '<text>', size = PIECE_CHARACTERS): Generator<DocumentPiece> {
  const cutter = new PieceCutter(path, size);
  yield* cutter.push(raw);
  yield* cutter.end();
}

/** Cuts text that arrives in parts (a long file decoded block by block) into pieces, as documentPieces does. */
class PieceCutter {
  private pending = '';
  private line = 1;
  private column = 0;
  private first = true;

  constructor(
    private readonly path: string,
    private readonly size: number,
  ) {}

  /** The pieces complete once `text` is added: a cut needs to see one character past it. */
  *push(text: string): Generator<DocumentPiece> {
    this.pending += text;
    while (this.pending.length > this.size) yield this.take(this.cut());
  }

  *end(): Generator<DocumentPiece> {
    while (this.pending.length) yield this.take(this.cut());
    if (this.first) yield this.take(0);
  }

  /**
   * Where the next piece ends. A run of more than MAX_UNBROKEN characters without a line end,
   * sentence end, comma or space is not prose (`漢` or `a` repeated, base64): it is cut into
   * pieces of that length, so that no stage spends time growing faster than the text on it.
   */
  private cut(): number {
    const text = this.pending;
    const limit = Math.min(text.length, this.size + 1);
    let runStart = 0;
    for (let i = 0; i < limit; i++) {
      if (isBreak(text.charCodeAt(i))) runStart = i + 1;
      else if (i + 1 - runStart > MAX_UNBROKEN) return runStart > 0 ? runStart : hardCut(text, MAX_UNBROKEN);
    }
    return text.length <= this.size ? text.length : pieceEnd(text, 0, this.size);
  }

  private take(end: number): DocumentPiece {
    const piece = this.pending.slice(0, end);
    this.pending = this.pending.slice(end);
    const taken = { raw: piece, text: textToScan(piece, this.path, { frontMatter: this.first }), line: this.line, column: this.column };
    this.first = false;
    let lastBreakEnd = -1;
    for (const m of piece.matchAll(LINE_BREAK)) {
      this.line++;
      lastBreakEnd = m.index + m[0].length;
    }
    this.column = lastBreakEnd < 0 ? this.column + piece.length : piece.length - lastBreakEnd;
    return taken;
  }
}

/** Files above this size are read block by block, never held whole (bytes and decoded text). */
export const STREAM_BYTES = 4 << 20;

/** A document opened for reading piece by piece. */
export interface OpenedDocument {
  id: string;
  path: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  warnings?: Diagnostic[];
  /** Its pieces (see documentPieces); a long file is read and decoded as they are taken. */
  pieces: Iterable<DocumentPiece>;
  /** Releases the file when the pieces were not all taken. */
  close(): void;
}

/**
 * Opens one article to be read piece by piece: a file up to STREAM_BYTES is read whole (see
 * readDocument); a longer one is checked block by block (encoding, NULs, garbage, with the same
 * rules) and then decoded block by block as its pieces are taken, so that neither its bytes nor
 * its text are ever held whole. Throws an InputProblem when it is not readable text.
 */
export function openDocument(path: string, id: string, encoding?: InputEncoding, { streamAbove = STREAM_BYTES } = {}): OpenedDocument {
  const shown = displayPath(path);
  const fd = openRegularFile(path, shown);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  try {
    const size = fstatSync(fd).size;
    if (size <= streamAbove) {
      const doc = documentOf(readAll(fd, size, shown), id, shown, encoding);
      close();
      return { id, path: shown, sha256: doc.sha256!, ...(doc.warnings && { warnings: doc.warnings }), pieces: documentPieces(doc.raw, shown), close };
    }
    const source = { size, read: (buffer: Uint8Array, position: number) => readSync(fd, buffer, 0, Math.min(buffer.length, size - position), position) };
    const hash = createHash('sha256');
    const block = new Uint8Array(1 << 20);
    for (let position = 0, read; position < size && (read = source.read(block, position)) > 0; position += read) hash.update(block.subarray(0, read));
    const detected = detectBlocks(source, encoding);
    if (!detected.ok) throw new InputProblem(shown, detected.problem, detected.hint, detected.line);
    const warnings = replacedWarning(shown, detected);
    const pieces = (function* () {
      try {
        const cutter = new PieceCutter(shown, PIECE_CHARACTERS);
        for (const text of decodeBlocks(source, detected.encoding)) yield* cutter.push(text);
        yield* cutter.end();
      } finally {
        close();
      }
    })();
    return { id, path: shown, sha256: hash.digest('hex'), ...(warnings.length && { warnings }), pieces, close };
  } catch (err) {
    close();
    if (err instanceof InputProblem) throw err;
    throw new InputProblem(shown, `cannot be read (${codeOf(err)})`, 'check that it is readable');
  }
}

function replacedWarning(file: string, decoded: { encoding: InputEncoding; replaced: number; replacedLine?: number }): Diagnostic[] {
  if (!decoded.replaced) return [];
  return [{
    file,
    line: decoded.replacedLine,
    message: `read as ${decoded.encoding} with ${decoded.replaced} undecodable byte sequence${decoded.replaced === 1 ? '' : 's'} replaced by U+FFFD`,
    hint: 'the file may be cut short or damaged: check it, or name its encoding with --encoding',
  }];
}

function pieceEnd(raw: string, start: number, limit: number): number {
  const earliest = start + Math.floor((limit - start) / 2);
  for (const isEnd of [(i: number) => raw[i] === '\n' || (raw[i] === '\r' && raw[i + 1] !== '\n'), (i: number) => PIECE_END.test(raw[i]), (i: number) => PIECE_PAUSE.test(raw[i])]) {
    for (let i = limit - 1; i >= earliest; i--) if (isEnd(i)) return i + 1;
  }
  return hardCut(raw, limit);
}

/** A cut at `end` or just before it, so as not to split a surrogate pair or a CRLF. */
function hardCut(raw: string, end: number): number {
  if (/[\uDC00-\uDFFF]/.test(raw[end])) end--;
  if (raw[end - 1] === '\r' && raw[end] === '\n') end--;
  return end;
}

/** The longest run of characters without a break (line end, sentence end, comma, space) kept in one piece. */
const MAX_UNBROKEN = 4096;
/** 1 for the UTF-16 units that break a run (a table, not a Set: every character of every file is asked). */
const BREAK_UNITS = new Uint8Array(0x10000);
for (const ch of '\n\r。．！？!?、，, \t\u3000') BREAK_UNITS[ch.charCodeAt(0)] = 1;
const isBreak = (unit: number) => BREAK_UNITS[unit] === 1;

/**
 * Opens a regular file for reading: a FIFO, a device or a socket is refused without waiting on
 * it (it is opened non-blocking and checked before any read).
 */
function openRegularFile(path: string, shown: string): number {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (err) {
    const why = unreachable(err, false);
    throw new InputProblem(shown, why.message, why.hint);
  }
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch (err) {
    closeSync(fd);
    throw new InputProblem(shown, `cannot be read (${codeOf(err)})`, 'check that it is readable');
  }
  if (!stats.isFile()) {
    closeSync(fd);
    throw new InputProblem(shown, `is ${kindOfFile(stats)}`, NOT_REGULAR_HINT);
  }
  return fd;
}

/** The bytes of an open file, no more than `size` (its size when opened). */
function readAll(fd: number, size: number, shown: string): Buffer {
  try {
    const bytes = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, length);
      if (read === 0) break; // cut short while we read
      length += read;
    }
    return bytes.subarray(0, length);
  } catch (err) {
    throw new InputProblem(shown, `cannot be read (${codeOf(err)})`, 'check that it is readable');
  }
}

/** Blanks out front matter (but for the text keys' values) and Markdown markup. */
export function textToScan(raw: string, pathForErrors = '<text>', { frontMatter = true } = {}): string {
  const blanked: Array<[number, number]> = [];
  let bodyStart = 0;
  const fm = frontMatter ? /^---[ \t]*\r?\n([\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(raw) : null;
  const ranges = fm ? frontMatterTextRanges(fm[1] ?? '', pathForErrors) : undefined;
  if (fm && ranges) {
    const fmStart = raw.indexOf('\n') + 1;
    let from = 0;
    for (const [start, end] of ranges) {
      blanked.push([from, fmStart + start]);
      from = fmStart + end;
    }
    blanked.push([from, fm[0].length]);
    bodyStart = fm[0].length;
  }
  for (const range of markdownMarkup(raw, bodyStart)) blanked.push(range);
  return blankOut(raw, blanked, ranges?.length ? fm![0].length : 0);
}

/**
 * `text` with the given ranges replaced by spaces, line ends kept, so every offset stays. Before
 * `separateUntil` (the front matter), a blanked stretch between two values starts with `。`, so
 * that `tags: ["NVIDIA", "LLM"]` reads as two names and not as one.
 */
function blankOut(text: string, ranges: Array<[number, number]>, separateUntil = 0): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    const blank = text.slice(from, end).replace(/[^\r\n]/g, ' ');
    parts.push(text.slice(at, from), from > 0 && end < separateUntil && blank[0] === ' ' ? `。${blank.slice(1)}` : blank);
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Ranges of the text values of a front matter, or undefined when the block is not a map of keys (then it is text). */
function frontMatterTextRanges(yamlText: string, path: string): Array<[number, number]> | undefined {
  // A paragraph between two `---` rules is not front matter.
  if (!/^[\w-]+[ \t]*:/m.test(yamlText)) return undefined;
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = (e.linePos?.[0].line ?? 1) + 1; // +1: the opening `---` line
    throw new InputProblem(path, `front matter is not valid YAML (${e.code})`, 'fix the YAML between the --- lines', line);
  }
  const ranges: Array<[number, number]> = [];
  const addScalar = (node: Node | null | undefined) => {
    if (!isScalar(node) || !node.range || typeof node.value !== 'string') return;
    let [start, end] = node.range;
    if (yamlText[start] === '"' || yamlText[start] === "'") {
      start++;
      end = yamlText.lastIndexOf(yamlText[start - 1], end - 1);
    }
    ranges.push([start, end]);
  };
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !FRONT_MATTER_TEXT_KEYS.has(String(pair.key.value))) continue;
    if (isSeq(pair.value)) pair.value.items.forEach((item) => addScalar(item as Node));
    else addScalar(pair.value as Node);
  }
  return ranges;
}

/** Markdown that is not text: heading marks, list bullets, quote marks, rules, emphasis, link targets. */
function markdownMarkup(raw: string, from: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const lineRe = /^([ \t]*)(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+|(?:[-*_][ \t]*){3,}$)?/gm;
  lineRe.lastIndex = from;
  for (let m = lineRe.exec(raw); m; m = lineRe.exec(raw)) {
    if (m[2]) ranges.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) lineRe.lastIndex++;
  }
  const inlineRe = /\*\*|__|`+|!?\[|\]\([^)\s]*\)/g;
  inlineRe.lastIndex = from;
  for (let m = inlineRe.exec(raw); m; m = inlineRe.exec(raw)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}
