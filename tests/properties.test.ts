// Properties that hold for any text, checked on generated inputs (fast-check, fixed seed, bounded runs).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Aggregate } from '../src/aggregate/aggregate.js';
import { pickExamples, withExample } from '../src/aggregate/examples.js';
import { rankCandidates } from '../src/outputs/candidates.js';
import { documentContext, findInDocument, findMentions, type DocumentContext } from '../src/pipeline/document.js';
import { loadDictionary, namesOf } from '../src/dictionary/dictionary.js';
import { toGlossary } from '../src/outputs/glossary.js';
import { Matcher } from '../src/pipeline/match/match.js';
import { nameKey, normalize } from '../src/core/normalize.js';
import { getTokenizer, type Tokenizer } from '../src/pipeline/tokenize/tokenize.js';

// CI runs a fixed, bounded sample; GLOSSARY_PROPERTY_RUNS and GLOSSARY_PROPERTY_SEED explore further by hand.
const SETTINGS = {
  seed: Number(process.env.GLOSSARY_PROPERTY_SEED ?? 20261122),
  numRuns: Number(process.env.GLOSSARY_PROPERTY_RUNS ?? 150),
};
const dictionary = loadDictionary('dict');
const matcher = new Matcher(dictionary);
let tokenize: Tokenizer;
let context: DocumentContext;
beforeAll(async () => {
  tokenize = await getTokenizer();
  context = await documentContext(dictionary);
});

const names = dictionary.entries.flatMap(namesOf);
/** Text that is likely to hold names: dictionary names, Japanese and Latin filler, and odd characters. */
const articleText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...names) },
      { weight: 3, arbitrary: fc.constantFrom('の', 'は', 'と', '、', '。', '（', '）', ' ', '\n', '\r\n', '米', '中', '日', '対', '製', '企業', '政府', 'および', 's', "'s", '910D', 'Tier ', '3A090.a') },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }, // any code point, lone surrogates included
      { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u200b', '\u3099', 'ｶﾞ', '🇯🇵', '𠮷', 'ー', '－', '〜', '･') },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const mentionsOf = (raw: string) => findMentions({ raw, text: raw }, matcher, tokenize);
const counts = (raw: string) => {
  const byEntity: Record<string, number> = {};
  for (const m of mentionsOf(raw)) byEntity[m.entity.id] = (byEntity[m.entity.id] ?? 0) + 1;
  return byEntity;
};
/** ASCII to full-width forms, spaces to the ideographic space: what NFKC folds back. */
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

describe('for any text', () => {
  it('normalization, tokenization and matching never throw, and the offset map stays in bounds', () => {
    fc.assert(
      fc.property(articleText, (raw) => {
        const { text, toSource, toSourceEnd } = normalize(raw);
        expect(toSource.length).toBe(text.length + 1);
        for (let i = 0; i < text.length; i++) {
          expect(toSource[i]).toBeLessThan(toSourceEnd[i]);
          expect(toSourceEnd[i]).toBeLessThanOrEqual(raw.length);
          if (i > 0) expect(toSource[i]).toBeGreaterThanOrEqual(toSource[i - 1]);
        }
        mentionsOf(raw);
      }),
      SETTINGS,
    );
  });

  it('every mention points at a span of the original text that normalizes to the name it matched', () => {
    fc.assert(
      fc.property(articleText, (raw) => {
        const normalized = normalize(raw);
        const mentions = matcher.match({ text: normalized.text, tokens: tokenize(normalized.text) });
        for (const m of mentions) {
          const span = raw.slice(normalized.toSource[m.start], normalized.toSourceEnd[m.end - 1]);
          expect(nameKey(span)).toBe(m.matched);
        }
      }),
      SETTINGS,
    );
  });

  it('a text and its full-width variant give the same counts', () => {
    fc.assert(
      fc.property(articleText, (raw) => {
        expect(counts(fullWidth(raw))).toEqual(counts(raw));
      }),
      SETTINGS,
    );
  });

  it('counting is additive: two documents built together give the sum of each built alone, entries and candidates, merged or absorbed', () => {
    const aggregateOf = (docs: Array<[string, string]>) => {
      const aggregate = new Aggregate();
      for (const [id, raw] of docs) aggregate.addDocument({ id, path: `${id}.txt`, characters: raw.length }, findInDocument({ raw, text: raw }, context));
      return aggregate;
    };
    fc.assert(
      fc.property(articleText, articleText, (a, b) => {
        const together = aggregateOf([['a', a], ['b', b]]);
        const alone = aggregateOf([['a', a]]);
        const merged = aggregateOf([['b', b]]).merge(alone);
        expect(toGlossary(merged)).toEqual(toGlossary(together));
        expect(rankCandidates(merged.candidates, 0)).toEqual(rankCandidates(together.candidates, 0));
        // absorb (for an aggregate not used afterwards) sums alike; merge copies what it adds, so
        // counting more into the sum leaves the added aggregate as it was.
        const absorbed = aggregateOf([['b', b]]).absorb(aggregateOf([['a', a]]));
        expect(absorbed.toData()).toEqual(merged.toData());
        merged.merge(aggregateOf([['a', a]]));
        expect(alone.toData()).toEqual(aggregateOf([['a', a]]).toData());
      }),
      SETTINGS,
    );
  });
});

describe('for any examples', () => {
  const example = fc.record({
    document: fc.constantFrom('a', 'b', 'c'),
    line: fc.integer({ min: 1, max: 4 }),
    column: fc.integer({ min: 1, max: 3 }),
    text: fc.constantFrom('x', 'y', 'z', 'w'),
  });

  it('adding one example to picked examples (withExample, which skips the sort where it can) picks what pickExamples picks of them all', () => {
    fc.assert(
      fc.property(fc.array(example, { maxLength: 8 }), example, fc.integer({ min: 1, max: 3 }), (examples, added, limit) => {
        const picked = pickExamples(examples, limit);
        expect(withExample(picked, added, limit)).toEqual(pickExamples([...picked, added], limit));
      }),
      SETTINGS,
    );
  });
});
