import { describe, expect, it } from 'vitest';
import { nameKey, normalize, variantKey } from '../../src/core/normalize.js';

describe('normalize', () => {
  it('folds full-width Latin letters and digits to ASCII', () => {
    expect(normalize('Ｈ２００とＢＩＳ').text).toBe('H200とBIS');
  });

  it('composes half-width katakana with its voicing marks', () => {
    expect(normalize('ｴﾇﾋﾞﾃﾞｨｱ').text).toBe('エヌビディア');
  });

  it('unifies long-vowel look-alikes inside katakana and dash look-alikes elsewhere', () => {
    expect(normalize('サ－バ—ー').text).toBe('サーバー');
    expect(normalize('エンティティｰリスト').text).toBe('エンティティーリスト');
    expect(normalize('GPT‐4 と 3A090−a').text).toBe('GPT-4 と 3A090-a');
  });

  it('unifies tildes, middle dots and curly quotes', () => {
    expect(normalize('1〜3～5').text).toBe('1~3~5');
    expect(normalize('エンティティ･リスト·A‧B').text).toBe('エンティティ・リスト・A・B');
    expect(normalize('NVIDIA’s').text).toBe("NVIDIA's");
  });

  it('folds runs of spaces (including the ideographic space) into one and keeps line ends', () => {
    expect(normalize('Tier\u3000 1\r\nTier\r2').text).toBe('Tier 1\nTier\n2');
  });

  it('maps every normalized character back to the source text it came from', () => {
    const source = 'ｶﾞ  Ｈ２０';
    const { text, toSource, toSourceEnd } = normalize(source);
    expect(text).toBe('ガ H20');
    expect(source.slice(toSource[0], toSourceEnd[0])).toBe('ｶﾞ');
    expect(source.slice(toSource[2], toSourceEnd[4])).toBe('Ｈ２０');
    expect(toSource[text.length]).toBe(source.length);
  });

  it('never crashes on surrogate pairs, lone surrogates or control characters', () => {
    const { text, toSource } = normalize('𠮷野家\uD800\u0000😀');
    expect(text.startsWith('𠮷野家')).toBe(true);
    expect(toSource.length).toBe(text.length + 1);
  });
});

describe('nameKey', () => {
  it('gives one key to the spellings of one name', () => {
    expect(nameKey('エンティティ・リスト')).toBe(nameKey('エンティティリスト'));
    expect(nameKey('Tier 1')).toBe(nameKey('TIER１'));
    expect(nameKey('ｴﾇﾋﾞﾃﾞｨｱ')).toBe(nameKey('エヌビディア'));
    expect(nameKey('Bureau of Industry and Security')).toBe(nameKey('bureau of industry and security'));
  });
});

describe('variantKey: a known name written otherwise', () => {
  const kanji = new Map([['臺', '台'], ['国', '国'], ['國', '国'], ['际', '際']]);
  const same: Array<[string, string]> = [
    ['エヌヴィディア', 'エヌビディア'],
    ['コンピュータ', 'コンピューター'],
    ['アドバンスト・マイクロ・デバイセズ', 'アドバンストマイクロデバイセス'],
    ['臺積電', '台積電'],
    ['中芯國际', '中芯国際'],
  ];
  it.each(same)('%s ~ %s', (a, b) => expect(variantKey(nameKey(a), kanji)).toBe(variantKey(nameKey(b), kanji)));
  const apart: Array<[string, string]> = [
    ['メタ', 'メダル'],
    ['ガバナンス', 'カバナンス2'],
    ['台積電', '台積'],
  ];
  it.each(apart)('%s ≁ %s', (a, b) => expect(variantKey(nameKey(a), kanji)).not.toBe(variantKey(nameKey(b), kanji)));
});
