// Read stage: finds the input files and turns each into the text to scan. Markup and skipped
// front-matter keys are blanked out with spaces rather than removed, so every offset into
// `text` is also an offset into the file and a mention can be shown in its original line.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { decode, type InputEncoding } from './decode.js';
import { GlossaryError, type Diagnostic } from '../../core/errors.js';
import { displayPath } from '../../core/paths.js';

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

/** What a file that is not a regular file is. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
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
        skip(path, { message: `is ${kindOf(stats)}`, hint: NOT_REGULAR_HINT });
        return;
      }
      // The same file by two paths (a link, a folder given twice, relative and absolute) is one document.
      const identity = `${stats.dev}:${stats.ino}`;
      const first = found.get(identity);
      if (!first || displayPath(path) < displayPath(first.path)) found.set(identity, { path, size: stats.size });
    }
  };
  for (const input of inputs) visit(input, true);
  const files = [...found.values()];
  return { files: files.map((f) => f.path).sort(), bytes: files.reduce((n, f) => n + f.size, 0), problems };
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

/** Reads and decodes one article; a file that is not readable text throws an InputProblem. */
export function readDocument(path: string, id: string, encoding?: InputEncoding): SourceDocument {
  const shown = displayPath(path);
  const bytes = readRegularFile(path, shown);
  const decoded = decode(bytes, encoding);
  if (!decoded.ok) throw new InputProblem(shown, decoded.problem, decoded.hint, decoded.line);
  const raw = decoded.text;
  const warnings: Diagnostic[] = decoded.replaced
    ? [{
        file: shown,
        line: decoded.replacedLine,
        message: `read as ${decoded.encoding} with ${decoded.replaced} undecodable byte sequence${decoded.replaced === 1 ? '' : 's'} replaced by U+FFFD`,
        hint: 'the file may be cut short or damaged: check it, or name its encoding with --encoding',
      }]
    : [];
  return { id, path: shown, raw, text: textToScan(raw, shown), ...(warnings.length && { warnings }) };
}

/**
 * The bytes of a regular file, and no more than its size when opened: a FIFO, a device or a
 * socket is refused without waiting on it (it is opened non-blocking and checked before any read).
 */
function readRegularFile(path: string, shown: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (err) {
    const why = unreachable(err, false);
    throw new InputProblem(shown, why.message, why.hint);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputProblem(shown, `is ${kindOf(stats)}`, NOT_REGULAR_HINT);
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, length);
      if (read === 0) break; // cut short while we read
      length += read;
    }
    return bytes.subarray(0, length);
  } catch (err) {
    if (err instanceof InputProblem) throw err;
    throw new InputProblem(shown, `cannot be read (${codeOf(err)})`, 'check that it is readable');
  } finally {
    closeSync(fd);
  }
}

/** Blanks out front matter (but for the text keys' values) and Markdown markup. */
export function textToScan(raw: string, pathForErrors = '<text>'): string {
  const blanked: Array<[number, number]> = [];
  let bodyStart = 0;
  const fm = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(raw);
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
  return blankOut(raw, blanked);
}

/** `text` with the given ranges replaced by spaces, line ends kept, so every offset stays. */
function blankOut(text: string, ranges: Array<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), text.slice(from, end).replace(/[^\r\n]/g, ' '));
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
