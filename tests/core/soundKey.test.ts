// Sound keys pair a katakana name with the Latin name it transcribes, within one corpus.
import { describe, expect, it } from 'vitest';
import { katakanaSoundKey, latinSoundKey } from '../../src/core/soundKey.js';

describe('a katakana name and the Latin name it transcribes share a sound key', () => {
  it.each([
    ['マイクロソフト', 'Microsoft'],
    ['インテル', 'Intel'],
    ['キヤノン', 'Canon'],
    ['サムスン', 'Samsung'],
    ['エヌビディア', 'Nvidia'],
    ['グーグル', 'Google'],
    ['アドバンテスト', 'Advantest'],
    ['ソフトバンク', 'SoftBank'],
    ['キオクシア', 'Kioxia'],
    ['ファーウェイ', 'Huawei'],
    ['マイクロン', 'Micron'],
    ['セレブラス', 'Cerebras'],
  ])('%s and %s', (katakana, latin) => {
    expect(katakanaSoundKey(katakana)).toBe(latinSoundKey(latin));
  });
});

describe('names that sound otherwise do not', () => {
  it.each([
    ['インテル', 'Nvidia'],
    ['マイクロン', 'Microsoft'],
    ['キヤノン', 'Kioxia'],
    ['サムスン', 'Sumco'],
  ])('%s and %s', (katakana, latin) => {
    expect(katakanaSoundKey(katakana)).not.toBe(latinSoundKey(latin));
  });

  it('a name in another script, or with digits, has no key', () => {
    expect(katakanaSoundKey('華為')).toBeUndefined();
    expect(latinSoundKey('H100')).toBeUndefined();
  });
});
