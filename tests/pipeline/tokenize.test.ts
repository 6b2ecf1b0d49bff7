// The tokenizer runs kuromoji with glossary's own lattice builder and reads tokens straight off its
// best path; it must give exactly the words and features stock kuromoji gives, located in the text.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import kuromoji from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKuromoji, unpackDictionary } from '../../src/pipeline/tokenize/kuromojiEngine.js';
import { getTokenizer, type Token, type Tokenizer } from '../../src/pipeline/tokenize/tokenize.js';

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
const load = () => new Promise<KuromojiTokenizer>((resolve, reject) => kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t))));

let stock: KuromojiTokenizer;
let tokenize: Tokenizer;
beforeAll(async () => {
  [stock, tokenize] = await Promise.all([load(), getTokenizer()]);
});

/** Stock kuromoji's tokens as glossary's Tokens, or undefined where stock kuromoji throws (it does on some malformed text). */
function stockTokens(text: string): Token[] | undefined {
  let tokens: kuromoji.IpadicFeatures[];
  try {
    tokens = stock.tokenize(text);
  } catch {
    return undefined;
  }
  let cursor = 0;
  return tokens.map((t) => {
    const start = text.indexOf(t.surface_form, cursor);
    cursor = start + t.surface_form.length;
    const { pos, pos_detail_1: posDetail, pos_detail_2: posDetail2, pos_detail_3: posDetail3, reading } = t;
    return { surface: t.surface_form, start, end: cursor, pos, posDetail, posDetail2, posDetail3, known: t.word_type === 'KNOWN', reading };
  });
}

describe('the tokenizer (kuromoji with glossary’s lattice builder)', () => {
  it('gives stock kuromoji’s tokens on every article in data/', () => {
    for (const file of readdirSync('data')) {
      const text = readFileSync(join('data', file), 'utf8');
      expect(tokenize(text), file).toEqual(stockTokens(text));
    }
  });

  it.each([
    ['known words and unknown katakana', '米商務省はエヌビディアのH100の対中輸出を規制した。'],
    ['half-width katakana and full-width Latin', 'ｴﾇﾋﾞﾃﾞｨｱのＡＩチップ「Ｂｌａｃｋｗｅｌｌ」'],
    ['a long run of Latin letters without spaces', 'Supercalifragilisticexpialidociousと言った'],
    ['a sentence with no punctuation for many characters', '先端半導体製造装置輸出管理規則改正案公表後初会合開催予定'.repeat(5)],
    ['surrogate pairs in kanji and emoji', '𠮷野家で😀を食べた、𠮷𠮷'],
    ['a lattice whose end no path reaches (runs of surrogate pairs around a control character)', '𐀀𐀀\u0001𐀀𐀀'],
    ['Hangul, accented Latin and symbols', '삼성전자とSK hynix、Ω→é™'],
    ['only spaces and newlines', '  \n\n \t'],
  ])('gives stock kuromoji’s tokens for %s', (_, text) => {
    expect(tokenize(text)).toEqual(stockTokens(text));
  });

  it('gives stock kuromoji’s tokens for generated mixes of words, scripts and punctuation', () => {
    const pieces = ['米国', '商務省', 'エヌビディア', 'ｴﾇﾋﾞﾃﾞｨｱ', 'H100', 'NVIDIA', 'abc', '😀', '𠮷', '、', '。', ' ', '\n', '123', '１２３', 'ー', '・', 'の', 'は', '輸出規制', '（', '）', 'Ω', '가나'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(stockTokens(text));
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('gives stock kuromoji’s tokens for arbitrary strings, lone surrogates included, wherever stock does not throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const expected = stockTokens(text);
        if (expected) expect(tokenize(text)).toEqual(expected);
      }),
      { seed: 20261122, numRuns: 1000 },
    );
  });
});

describe('loading kuromoji’s dictionary', () => {
  it('refuses a word-id map that is not as kuromoji writes it, saying to reinstall', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'glossary-dict-'));
    try {
      cpSync(dicPath, copy, { recursive: true });
      // Two entries announced, the second's ids cut off.
      writeFileSync(join(copy, 'tid_map.dat.gz'), gzipSync(new Uint8Array(new Int32Array([2, 0, 1, 7, 1, 3]).buffer)));
      await expect(unpackDictionary(copy).then(loadKuromoji)).rejects.toMatchObject({ message: expect.stringMatching(/tid_map\.dat\.gz is not as expected/), hint: 'reinstall kuromoji: npm ci' });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('names a dictionary folder it cannot unpack, saying to reinstall', async () => {
    const missing = join(tmpdir(), 'glossary-no-such-dict');
    await expect(unpackDictionary(missing)).rejects.toMatchObject({ message: expect.stringContaining(`cannot unpack kuromoji's dictionary in ${missing}`), hint: 'reinstall kuromoji: npm ci' });
  });
});
