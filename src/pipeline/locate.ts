// Where a mention stands in its source file: line, column and the line with the mention marked.
import type { Entity } from '../core/entity.js';
import { isLowSurrogate } from '../core/script.js';

/** One mention located in its source file. */
export interface LocatedMention {
  entity: Entity;
  /** The name as written in the file. */
  surface: string;
  line: number;
  column: number;
  /** The line with the mention marked. */
  context: string;
}

/** Characters of context shown on each side of a mention in an example. */
const CONTEXT_RADIUS = 60;

/** Locates a mention given by source offsets: its line, column and the marked line. */
export function locate(raw: string, lineStarts: number[], start: number, end: number): Omit<LocatedMention, 'entity'> {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= start) lo = mid;
    else hi = mid - 1;
  }
  const lineStart = lineStarts[lo];
  // Only the window around the mention is read, so a huge line costs no more than a short one.
  const lineEnd = lo + 1 < lineStarts.length ? lineStarts[lo + 1] : raw.length;
  const from = codePointStart(raw, Math.max(lineStart, start - CONTEXT_RADIUS));
  const to = codePointStart(raw, Math.min(lineEnd, end + CONTEXT_RADIUS));
  const context =
    (from > lineStart ? '…' : '') +
    `${raw.slice(from, start)}【${raw.slice(start, end)}】${raw.slice(end, to)}` +
    (to < lineEnd && raw.slice(to, lineEnd).trim() ? '…' : '');
  return { surface: raw.slice(start, end), line: lo + 1, column: start - lineStart + 1, context: oneLine(context) };
}

/** Whitespace other than single spaces: where oneLine changes a text. */
const FOLDED_WHITESPACE = /[^\S ]| {2}/;

/** The text with every run of whitespace one space, trimmed (made anew only where that changes it: every candidate's occurrence is located). */
const oneLine = (text: string): string => (FOLDED_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

/** Moves an offset that falls between the halves of a surrogate pair back to the pair's start. */
const codePointStart = (text: string, offset: number) => (isLowSurrogate(text[offset]) ? offset - 1 : offset);

export function lineStartsOf(raw: string): number[] {
  const starts = [0];
  for (const m of raw.matchAll(/\r\n|\n|\r/g)) starts.push(m.index! + m[0].length);
  return starts;
}

