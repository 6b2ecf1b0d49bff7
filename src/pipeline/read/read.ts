// Read stage: finds the input files and turns each into the text to scan. Markup and skipped
// front-matter keys are blanked out with spaces rather than removed, so every offset into
// `text` is also an offset into the file and a mention can be shown in its original line.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
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
  /** Folders and files found but not readable (a symlink loop, a folder without permission). */
  problems: Diagnostic[];
}

/** Every `.txt`/`.md` file under the inputs, sorted so builds do not depend on directory order. */
export function listInputFiles(inputs: string[]): InputFiles {
  const found = new Set<string>();
  let bytes = 0;
  const problems: Diagnostic[] = [];
  const visitedFolders = new Set<string>();
  const visit = (path: string, explicit: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch (err) {
      if (explicit) throw new GlossaryError(`${path}: no such file or directory`, 'check the input path');
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ELOOP' ? 'is a symbolic link that loops' : code === 'ENOENT' ? 'is a broken symbolic link' : `cannot be read (${code})`;
      problems.push({ file: displayPath(path), message: why, hint: 'fix or remove the link' });
      return;
    }
    if (stats.isDirectory()) {
      // A symlink loop leads back to a folder already visited: read each real folder once.
      const real = realpathSync(path);
      if (visitedFolders.has(real)) return;
      visitedFolders.add(real);
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (err) {
        problems.push({ file: displayPath(path), message: `folder cannot be read (${(err as NodeJS.ErrnoException).code})`, hint: 'check its permissions' });
        return;
      }
      for (const name of names.sort()) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if ((explicit || TEXT_EXTENSIONS.has(extname(path).toLowerCase())) && !found.has(path)) {
      found.add(path);
      bytes += stats.size;
    }
  };
  for (const input of inputs) visit(input, true);
  return { files: [...found].sort(), bytes, problems };
}

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
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputProblem(shown, `cannot be read (${(err as NodeJS.ErrnoException).code})`, 'check that it exists and is readable');
  }
  const decoded = decode(bytes, encoding);
  if (!decoded.ok) throw new InputProblem(shown, decoded.problem, decoded.hint, decoded.line);
  const raw = decoded.text;
  return { id, path: shown, raw, text: textToScan(raw, shown) };
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
  blanked.push(...markdownMarkup(raw, bodyStart));
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
