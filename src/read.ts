// Read stage: finds the input files and turns each into the text to scan. Markup and skipped
// front-matter keys are blanked out with spaces rather than removed, so every offset into
// `text` is also an offset into the file and a mention can be shown in its original line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { GlossaryError } from './errors.js';
import { displayPath } from './paths.js';

export interface SourceDocument {
  /** File name without extension: the key of `byDocument`. */
  id: string;
  /** Path as given, relative to the working directory where possible, with `/` separators. */
  path: string;
  /** The decoded file (without BOM). */
  raw: string;
  /** `raw` with everything that is not text to scan replaced by spaces (newlines kept). */
  text: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
/** Front-matter keys whose values are article text; the rest (date, layout…) is metadata. */
const FRONT_MATTER_TEXT_KEYS = new Set(['title', 'excerpt', 'tags', 'author']);

/** Every `.txt`/`.md` file under the inputs, sorted so builds do not depend on directory order. */
export function listInputFiles(inputs: string[]): string[] {
  const found = new Set<string>();
  const visit = (path: string, explicit: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new GlossaryError(`${path}: no such file or directory`, 'check the input path');
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(path)) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (explicit || TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
      found.add(path);
    }
  };
  for (const input of inputs) visit(input, true);
  return [...found].sort();
}

/** Document ids are file names without extension; two files with one name keep their folders. */
export function documentIds(paths: string[]): Map<string, string> {
  const stem = (p: string) => basename(p, extname(p));
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(stem(p), (counts.get(stem(p)) ?? 0) + 1);
  return new Map(
    paths.map((p) => [p, counts.get(stem(p))! > 1 ? displayPath(p).slice(0, -extname(p).length || undefined) : stem(p)]),
  );
}

export function readDocument(path: string, id: string): SourceDocument {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new GlossaryError(`${displayPath(path)}: cannot read (${(err as NodeJS.ErrnoException).code})`, 'check its permissions');
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    throw new GlossaryError(`${displayPath(path)}:${line}: not valid UTF-8`, 'convert the file to UTF-8 (e.g. iconv -f SHIFT_JIS -t UTF-8)');
  }
  return { id, path: displayPath(path), raw, text: textToScan(raw, displayPath(path)) };
}

function lineOfFirstInvalidByte(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return bytes.subarray(0, lo).toString('utf8').split('\n').length;
}

/** Blanks out front matter (but for the text keys' values) and Markdown markup. */
export function textToScan(raw: string, pathForErrors = '<text>'): string {
  const chars = raw.replace(/[^\n]/g, ' ').split('');
  const keep = (start: number, end: number) => {
    for (let i = start; i < end; i++) chars[i] = raw[i];
  };
  let bodyStart = 0;
  const fm = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(raw);
  if (fm) {
    const fmStart = raw.indexOf('\n') + 1;
    for (const [start, end] of frontMatterTextRanges(fm[1] ?? '', pathForErrors)) keep(fmStart + start, fmStart + end);
    bodyStart = fm[0].length;
  }
  keep(bodyStart, raw.length);
  blankMarkdown(raw, bodyStart, chars);
  return chars.join('');
}

function frontMatterTextRanges(yamlText: string, path: string): Array<[number, number]> {
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = (e.linePos?.[0].line ?? 1) + 1; // +1: the opening `---` line
    throw new GlossaryError(`${path}:${line}: front matter is not valid YAML (${e.code})`, 'fix the YAML between the --- lines');
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
  if (!isMap(doc.contents)) return ranges;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !FRONT_MATTER_TEXT_KEYS.has(String(pair.key.value))) continue;
    if (isSeq(pair.value)) pair.value.items.forEach((item) => addScalar(item as Node));
    else addScalar(pair.value as Node);
  }
  return ranges;
}

/** Markdown that is not text: heading marks, list bullets, quote marks, rules, emphasis, link targets. */
function blankMarkdown(raw: string, from: number, chars: string[]): void {
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  const lineRe = /^([ \t]*)(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+|(?:[-*_][ \t]*){3,}$)?/gm;
  lineRe.lastIndex = from;
  for (let m = lineRe.exec(raw); m; m = lineRe.exec(raw)) {
    if (m[2]) blank(m.index, m.index + m[0].length);
    if (m[0].length === 0) lineRe.lastIndex++;
  }
  const inlineRe = /\*\*|__|`+|!?\[|\]\([^)\s]*\)/g;
  inlineRe.lastIndex = from;
  for (let m = inlineRe.exec(raw); m; m = inlineRe.exec(raw)) blank(m.index, m.index + m[0].length);
}
