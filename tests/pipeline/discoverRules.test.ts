// The examples every discovery rule carries, as a specification (as prh's `specs`): with the
// shipped discovery rules (dict/discovery.yml) and the test fixture's entities, a detector finds each `ok` name as a candidate with one of its signals and
// no `notOk` one so; a type rule decides the type of each `ok` name and of no `notOk` one.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDictionary } from '../../src/dictionary/dictionary.js';
import { DETECTORS } from '../../src/pipeline/discover/discover.js';
import { decodeGuess, describeProvenance, encodeGuess, type Provenance } from '../../src/pipeline/discover/provenance.js';
import type { Example } from '../../src/pipeline/discover/rule.js';
import { TYPE_RULES } from '../../src/pipeline/discover/typing/order.js';
import { FIXTURE_DICT } from '../helpers.js';
import { documentContext, findInDocument, type DocumentContext, type LocatedOccurrence } from '../../src/pipeline/document.js';

let context: DocumentContext;
beforeAll(async () => {
  const discoveryRules = { path: 'dict/discovery.yml', text: readFileSync('dict/discovery.yml', 'utf8') };
  context = await documentContext(parseDictionary([{ path: 'fixture.yml', text: FIXTURE_DICT }, discoveryRules]));
});

/** The candidates named `name` in the example's text. */
const candidatesNamed = ({ text, name }: Example): LocatedOccurrence[] => findInDocument({ raw: text, text }, context).candidates.filter((c) => c.surface === name);
const signalsOf = (example: Example) => candidatesNamed(example).flatMap((c) => [...c.signals]);
const rulesOf = (example: Example) => candidatesNamed(example).map((c) => c.guess.because.rule);
const typesBy = (example: Example, rule: string) => candidatesNamed(example).filter((c) => c.guess.because.rule === rule).map((c) => c.guess.type);

const rules = [...DETECTORS, ...TYPE_RULES];
const cases = (which: 'ok' | 'notOk') => rules.flatMap((rule) => rule.examples[which].map((example) => [rule.id, example.name, example.text, rule, example] as const));

describe('discovery rules', () => {
  it('give every rule ok and not-ok examples', () => {
    expect(rules.filter((r) => !r.examples.ok.length || !r.examples.notOk.length).map((r) => r.id)).toEqual([]);
  });
});

describe('detectors', () => {
  it.each(DETECTORS.flatMap((d) => d.examples.ok.map((e) => [d.id, e.name, e.text, d, e] as const)))('%s finds %s in %s', (_, __, ___, detector, example) => {
    expect(signalsOf(example).filter((s) => detector.signals.includes(s))).not.toEqual([]);
  });
  it.each(DETECTORS.flatMap((d) => d.examples.notOk.map((e) => [d.id, e.name, e.text, d, e] as const)))('%s does not find %s in %s', (_, __, ___, detector, example) => {
    expect(signalsOf(example).filter((s) => detector.signals.includes(s))).toEqual([]);
  });
});

describe('type rules', () => {
  it.each(cases('ok').filter(([id]) => !DETECTORS.some((d) => d.id === id)))('%s types %s in %s', (id, _, __, ___, example) => {
    expect(rulesOf(example)).toContain(id);
    if (example.type) expect(typesBy(example, id)).toContain(example.type);
  });
  it.each(cases('notOk').filter(([id]) => !DETECTORS.some((d) => d.id === id)))('%s does not type %s in %s', (id, _, __, ___, example) => {
    expect(rulesOf(example)).not.toContain(id);
  });
});

describe('type provenance as data', () => {
  it('encodes equal guesses alike, however their fields were ordered, and decodes them back', () => {
    const key = encodeGuess({ type: 'agency', because: { rule: 'suffix', suffix: '局' } });
    expect(encodeGuess({ because: { suffix: '局', rule: 'suffix' }, type: 'agency' })).toBe(key);
    expect(decodeGuess(key)).toEqual({ type: 'agency', because: { rule: 'suffix', suffix: '局' } });
  });
  // Keys that are no guess: the old text form, an unknown rule, a rule without what it saw, a type not in the list.
  it.each(['agency\tends in 局', '["agency",{"rule":"hunch"}]', '["agency",{"rule":"suffix"}]', '["planet",{"rule":"acronym"}]', '['])('%s is refused', (key) => {
    expect(decodeGuess(key)).toBeUndefined();
  });
  // [provenance, as outputs show it]
  const shown: Array<[Provenance, string]> = [
    [{ rule: 'suffix', suffix: '局' }, 'ends in 局'],
    [{ rule: 'kuromoji', says: 'organisation' }, 'kuromoji: proper noun, organisation'],
    [{ rule: 'unknown-word', katakana: true }, 'katakana word unknown to IPADIC'],
    [{ rule: 'compromise-person-or-place', says: 'person' }, "compromise: a person's name"],
    [{ rule: 'listed', with: 'エヌビディア' }, 'listed with エヌビディア'],
  ];
  it.each(shown)('%j reads %s', (provenance, text) => {
    expect(describeProvenance(provenance)).toBe(text);
  });
});
