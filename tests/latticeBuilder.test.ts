// The lattice builder glossary puts inside kuromoji must give exactly the tokens stock kuromoji gives.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import kuromoji from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { installLatticeBuilder, type KuromojiInternals } from '../src/latticeBuilder.js';

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
const load = () => new Promise<KuromojiTokenizer>((resolve, reject) => kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t))));

let stock: KuromojiTokenizer;
let fast: KuromojiTokenizer;
beforeAll(async () => {
  [stock, fast] = await Promise.all([load(), load()]);
  installLatticeBuilder(fast as unknown as KuromojiInternals);
});

/** Stock kuromoji's tokens, or undefined where stock kuromoji throws (it does on some malformed text). */
function stockTokens(text: string): kuromoji.IpadicFeatures[] | undefined {
  try {
    return stock.tokenize(text);
  } catch {
    return undefined;
  }
}

describe('the lattice builder inside kuromoji', () => {
  it('gives stock kuromoji’s tokens on every article in data/', () => {
    for (const file of readdirSync('data')) {
      const text = readFileSync(join('data', file), 'utf8');
      expect(fast.tokenize(text), file).toEqual(stock.tokenize(text));
    }
  });

  it.each([
    ['known words and unknown katakana', '米商務省はエヌビディアのH100の対中輸出を規制した。'],
    ['half-width katakana and full-width Latin', 'ｴﾇﾋﾞﾃﾞｨｱのＡＩチップ「Ｂｌａｃｋｗｅｌｌ」'],
    ['a long run of Latin letters without spaces', 'Supercalifragilisticexpialidociousと言った'],
    ['a sentence with no punctuation for many characters', '先端半導体製造装置輸出管理規則改正案公表後初会合開催予定'.repeat(5)],
    ['surrogate pairs in kanji and emoji', '𠮷野家で😀を食べた、𠮷𠮷'],
    ['Hangul, accented Latin and symbols', '삼성전자とSK hynix、Ω→é™'],
    ['only spaces and newlines', '  \n\n \t'],
  ])('gives stock kuromoji’s tokens for %s', (_, text) => {
    expect(fast.tokenize(text)).toEqual(stock.tokenize(text));
  });

  it('gives stock kuromoji’s tokens for generated mixes of words, scripts and punctuation', () => {
    const pieces = ['米国', '商務省', 'エヌビディア', 'ｴﾇﾋﾞﾃﾞｨｱ', 'H100', 'NVIDIA', 'abc', '😀', '𠮷', '、', '。', ' ', '\n', '123', '１２３', 'ー', '・', 'の', 'は', '輸出規制', '（', '）', 'Ω', '가나'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(fast.tokenize(text)).toEqual(stock.tokenize(text));
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('gives stock kuromoji’s tokens for arbitrary strings, lone surrogates included, wherever stock does not throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const expected = stockTokens(text);
        if (expected) expect(fast.tokenize(text)).toEqual(expected);
      }),
      { seed: 20261122, numRuns: 1000 },
    );
  });
});
