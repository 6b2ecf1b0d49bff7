import { describe, expect, it } from 'vitest';
import { hasHan, hasJapanese, hasLatinLetter, hasLowerCaseLatin, hasNonAscii, isAsciiAlnum, isHan, isKana, isKatakana, isLatinWordChar, isLowSurrogate } from '../../src/core/script.js';

// Each check with the characters it accepts and the ones it refuses.
describe.each([
  ['isKatakana', isKatakana, ['ア', 'ヴ', 'ー', 'ヺ'], ['あ', 'ｱ', '・', 'A', '中', undefined]],
  ['isKana', isKana, ['あ', 'ア', 'ー'], ['ｱ', '中', 'A', '・', undefined]],
  ['isHan', isHan, ['中', '々', '〆', '〇', '𠮷'], ['ア', 'a', '・', undefined]],
  ['isAsciiAlnum', isAsciiAlnum, ['a', 'Z', '0'], ['Ａ', '-', 'é', undefined]],
  ['isLatinWordChar', isLatinWordChar, ['a', '9', "'", '’'], ['-', ' ', 'ア', undefined]],
  ['isLowSurrogate', isLowSurrogate, ['😀'[1], '𠮷'[1]], ['😀'[0], 'a', undefined]],
] as const)('%s', (_, check, accepted, refused) => {
  it.each(accepted as readonly string[])('accepts %s', (ch) => expect(check(ch)).toBe(true));
  it.each(refused as ReadonlyArray<string | undefined>)('refuses %s', (ch) => expect(check(ch)).toBe(false));
});

describe.each([
  ['hasJapanese', hasJapanese, ['BIS（産業安全保障局）', 'メタ', 'ひらがな'], ['NVIDIA', 'Ａ', '・', '']],
  ['hasHan', hasHan, ['日本', 'A社', '𠮷'], ['アメリカ', '〆', 'ABC']],
  ['hasLatinLetter', hasLatinLetter, ['H100', 'エヌビディアNVIDIA'], ['４０９０', 'メタ', '']],
  ['hasLowerCaseLatin', hasLowerCaseLatin, ['Nvidia'], ['NVIDIA', 'ｎ']],
  ['hasNonAscii', hasNonAscii, ['Tokyo ElectronやSCREEN', 'é'], ['Cerebras Systems', '']],
] as const)('%s', (_, check, accepted, refused) => {
  it.each(accepted as readonly string[])('accepts %s', (text) => expect(check(text)).toBe(true));
  it.each(refused as readonly string[])('refuses %s', (text) => expect(check(text)).toBe(false));
});
