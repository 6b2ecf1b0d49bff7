// The match rules as a specification: each rule's own ok / not-ok examples, run with the test
// fixture's dictionary; the edge checks and the overlap policy as tables.
import { describe, expect, it } from 'vitest';
import { hasKanjiEdges, hasWordEdges } from '../../src/pipeline/match/edges.js';
import { NOT_AN_ENTITY, type Found, type Known } from '../../src/pipeline/match/found.js';
import { Matcher } from '../../src/pipeline/match/match.js';
import { longestThenLeftmost } from '../../src/pipeline/match/overlap.js';
import type { MatchExample, MatchRule } from '../../src/pipeline/match/rule.js';
import { getTokenizer, tokenBoundaries } from '../../src/pipeline/tokenize/tokenize.js';
import { fixtureDictionary } from '../helpers.js';

const matcher = new Matcher(fixtureDictionary());

/** What one rule finds in an example's text, as `id:surface`, given what the rules before it found. */
async function findsOf(rule: MatchRule, { text }: MatchExample): Promise<string[]> {
  const tokens = (await getTokenizer())(text);
  const analyzed = { text, tokens, boundaries: tokenBoundaries(text, tokens) };
  let earlier: Found[] = [];
  for (const before of matcher.rules.slice(0, matcher.rules.indexOf(rule))) earlier = earlier.concat(before.find(analyzed, earlier));
  return rule.find(analyzed, earlier).map((f) => `${f.known.entity.id}:${text.slice(f.start, f.end)}`);
}
const cases = (which: 'ok' | 'notOk') => matcher.rules.flatMap((rule) => rule.examples[which].map((example) => [rule.id, example.finds, example.text, rule, example] as const));

describe('match rules', () => {
  it('give every rule ok and not-ok examples', () => {
    expect(matcher.rules.filter((r) => !r.examples.ok.length || !r.examples.notOk.length).map((r) => r.id)).toEqual([]);
  });
  it.each(cases('ok'))('%s finds %s in %s', async (_, finds, __, rule, example) => {
    expect(await findsOf(rule, example)).toContain(finds);
  });
  it.each(cases('notOk'))('%s does not find %s in %s', async (_, finds, __, rule, example) => {
    expect(await findsOf(rule, example)).not.toContain(finds);
  });
});

describe('edges: where a name may start and end', () => {
  // [text, the name in it, a whole word, inflected (a plural or possessive may follow)]
  const wordEdges: Array<[string, string, boolean, boolean]> = [
    ['H200とEU', 'H200', true, false],
    ['H200', 'H20', false, false],
    ['EUV', 'EU', false, false],
    ['NVEU', 'EU', false, false],
    ['H200s', 'H200', true, true],
    ['H200s', 'H200', false, false],
    ['メタバース', 'メタ', false, false],
    ['ジャパンモデル', 'ジャパン', true, false],
    ['メタ社', 'メタ', true, false],
  ];
  it.each(wordEdges)('in %s, %s is a whole word: %s (inflected: %s)', async (text, name, whole, inflected) => {
    const boundaries = tokenBoundaries(text, (await getTokenizer())(text));
    const start = text.indexOf(name);
    expect(hasWordEdges(text, start, start + name.length, boundaries, inflected)).toBe(whole);
  });
  // [text, the name in it, its kanji edges on token boundaries]
  const kanjiEdges: Array<[string, string, boolean]> = [
    ['計算能力', '算能', false],
    ['商務省が', '商務省', true],
    ['産業安全保障局長', '産業安全保障局', false],
  ];
  it.each(kanjiEdges)('in %s, %s has kanji edges on token boundaries: %s', async (text, name, ok) => {
    const boundaries = tokenBoundaries(text, (await getTokenizer())(text));
    const start = text.indexOf(name);
    expect(hasKanjiEdges(text, start, start + name.length, boundaries)).toBe(ok);
  });
});

describe('the overlap policy', () => {
  const entity = (id: string, type: Known['entity']['type'], country?: string): Known => ({ entity: { id, type, ja: id, en: id, aliases: [] }, ...(country && { country }) });
  const us = entity('united-states', 'country');
  const russia = entity('russia', 'country');
  const commerce = entity('us-commerce', 'agency', 'united-states');
  const mofa = entity('japan-mofa', 'agency', 'japan');
  const found = (known: Known, start: number, end: number): Found => ({ known, start, end, matched: '' });
  const kept = (candidates: Found[]) => longestThenLeftmost(candidates).map((f) => `${f.known.entity.id}@${f.start}-${f.end}`);
  // [case, candidates, kept]
  const table: Array<[string, Found[], string[]]> = [
    ['the longest span wins', [found(us, 0, 1), found(commerce, 0, 4)], ['us-commerce@0-4']],
    ['of equal spans, the leftmost', [found(us, 1, 3), found(russia, 0, 2)], ['russia@0-2']],
    ['spans apart are all kept, in text order', [found(commerce, 3, 6), found(us, 0, 2)], ['united-states@0-2', 'us-commerce@3-6']],
    ["a body right after another country is dropped", [found(russia, 0, 3), found(mofa, 3, 6)], ['russia@0-3']],
    ['a word that names no entity wins its span, then vanishes', [found(NOT_AN_ENTITY, 0, 5), found(entity('india', 'country'), 0, 3)], []],
    ['a body right after its own country is kept', [found(us, 0, 1), found(commerce, 1, 4)], ['united-states@0-1', 'us-commerce@1-4']],
  ];
  it.each(table)('%s', (_, candidates, expected) => {
    expect(kept(candidates)).toEqual(expected);
  });
});
