// The examples of dict/patterns.yml as a specification (as prh's `specs`): the matcher, with the
// whole shipped dictionary, names each `ok` example's span (marked 【】, else the whole text) with
// an entity of the pattern's type, and does not name any `notOk` example's span so.
import { describe, expect, it } from 'vitest';
import { loadDictionary, type Pattern, type PatternExample } from '../../src/dictionary/dictionary.js';
import { Matcher } from '../../src/pipeline/match/match.js';
import { getTokenizer } from '../../src/pipeline/tokenize/tokenize.js';

const dictionary = loadDictionary('dict');
const matcher = new Matcher(dictionary);
const cases = (which: 'ok' | 'notOk') =>
  dictionary.patterns.flatMap((pattern) => pattern.examples[which].map((example) => [pattern.id, example.written, pattern, example] as const));

/** The spans the matcher names with an entity of the pattern's type, as `start-end text`; and the example's span alike. */
async function spansOfType({ type }: Pattern, { text }: PatternExample): Promise<string[]> {
  const tokens = (await getTokenizer())(text);
  return matcher.match({ text, tokens }).filter((m) => m.entity.type === type).map((m) => span(text, m));
}
const span = (text: string, { start, end }: { start: number; end: number }) => `${start}-${end} ${text.slice(start, end)}`;

describe('dict/patterns.yml', () => {
  it('gives every pattern ok examples', () => {
    expect(dictionary.patterns.filter((p) => !p.examples.ok.length).map((p) => p.id)).toEqual([]);
  });
  it.each(cases('ok'))('%s names %s', async (_, __, pattern, example) => {
    expect(await spansOfType(pattern, example)).toContain(span(example.text, example));
  });
  it.each(cases('notOk'))('%s does not name %s', async (_, __, pattern, example) => {
    expect(await spansOfType(pattern, example)).not.toContain(span(example.text, example));
  });
});
