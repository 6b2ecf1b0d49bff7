import { beforeAll, describe, expect, it } from 'vitest';
import { getTokenizer, type Tokenizer } from '../../src/pipeline/tokenize/tokenize.js';
import { kuromojiReading } from '../../src/pipeline/tokenize/reading.js';

let tokenize: Tokenizer;
beforeAll(async () => {
  tokenize = await getTokenizer();
});

describe("kuromoji's reading of a name", () => {
  it.each([
    ['kanji words', '産業安全保障局', 'サンギョウアンゼンホショウキョク'],
    ['katakana as written', 'エヌビディア', 'エヌビディア'],
    ['hiragana in katakana', '味の素', 'アジノモト'],
    ['short capitals letter by letter', 'NTTデータ', 'エヌティーティーデータ'],
    ['digits: none', '含光800', undefined],
    ['kanji kuromoji does not know: none', '沐曦', undefined],
    ['a long Latin word: none', 'CHIPSプログラム室', undefined],
  ])('%s: %s', (_, name, reading) => {
    expect(kuromojiReading(name, tokenize)).toBe(reading);
  });
});
