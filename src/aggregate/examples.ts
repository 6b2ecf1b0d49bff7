// Counting helpers shared by the entity and candidate aggregates: tallies and example lines.
import { compareText } from '../core/sort.js';

export interface Example {
  document: string;
  /** 1-based line number in the original file. */
  line: number;
  /** 1-based column of the mention in that line, in UTF-16 code units (as JavaScript and VS Code count). */
  column: number;
  /** The line (shortened around the mention when long) with the mention marked 【like this】. */
  text: string;
}

export const MAX_EXAMPLES = 3;

export const countInto = (into: Map<string, number>, key: string, n: number): void => {
  into.set(key, (into.get(key) ?? 0) + n);
};

const inOrder = (a: Example, b: Example): number => compareText(a.document, b.document) || a.line - b.line || a.column - b.column;

/**
 * The first examples in document and line order, one per line and per distinct text (articles
 * repeat paragraphs), chosen so that merged aggregates pick what a single build picks.
 */
export function pickExamples(examples: Example[], limit = MAX_EXAMPLES): Example[] {
  const sorted = [...examples].sort(inOrder);
  const picked: Example[] = [];
  for (const e of sorted) {
    if (picked.length === limit) break;
    if (!picked.some((p) => p.text === e.text || (p.document === e.document && p.line === e.line))) picked.push(e);
  }
  return picked;
}

/**
 * The examples with one more, as pickExamples picks them. Examples mostly come in document and
 * line order, so a full set with one that sorts after all of them stays as it is, without a copy
 * and a sort per mention.
 */
export function withExample(examples: Example[], example: Example, limit = MAX_EXAMPLES): Example[] {
  if (examples.length === limit && inOrder(examples[limit - 1], example) <= 0) return examples;
  return pickExamples([...examples, example], limit);
}
