// A thing counted or measured per unit is a common noun, not a name: 各 TensorCore, 1 つの Pod,
// Pod あたりの帯域幅; a word after a number is a unit (2,765 Gbps); a word before 企業 a kind of
// business (OSAT企業, where a company's name takes 社). A name seen only by its shape is taken for
// no name where the text counts it twice or most of the times it is seen (outputs/discovered.ts):
// products are counted too (2台のZenbot), companies hardly ever.
import type { TypeRule } from '../rule.js';
import { BUSINESSES_AFTER, COUNTER } from '../vocabulary.js';
import { isShapeGuess, type AroundName } from './input.js';

/** Each, every, or a number and a counter right before the word. */
const COUNTED_BEFORE = new RegExp(`(?:各|毎|\\d\\s?${COUNTER}の)\\s?$`);
/** A number right before a word of letters only: a unit (95 GB, 2,765 Gbps). */
const NUMBER_BEFORE = /\d[\d,.]*\s?$/;

/**
 * A number in a line before the word: not a note's or a list's number opening the line (`4
 * OpenAI「GPT4」`), nor a year (`In 2024 Zenith launched`).
 */
function isMeasured(before: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const number = NUMBER_BEFORE.exec(line);
  return !!number && /\S/.test(line.slice(0, number.index)) && !/^(?:19|20)\d\d\s?$/.test(number[0]);
}

/** Per the word (あたりの, 当たりの, ごとの) right after it. */
const PER_AFTER = /^\s?(?:あたり|当たり|ごと)の/;

export const countable: TypeRule<AroundName> = {
  id: 'countable',
  signal: 'countable',
  examples: {
    ok: [
      { text: '各 ZenCore には4つの行列演算ユニットがある。', name: 'ZenCore', type: 'generic' },
      { text: '1 つの Zenpod に 8,960 個のチップがある。', name: 'Zenpod', type: 'generic' },
      { text: 'Zenpod あたりの帯域幅は大きい。', name: 'Zenpod', type: 'generic' },
      { text: '容量は95 ZB、帯域は819 ZBpsである。', name: 'ZBps', type: 'generic' },
      { text: 'ファブレス企業、ZSAT企業まである。', name: 'ZSAT', type: 'generic' },
    ],
    notOk: [
      { text: '各社のうちZenithが先行した。', name: 'Zenith' },
      { text: 'Zenith Systems あたりの帯域幅は大きい。', name: 'Zenith Systems' },
      { text: 'Zenithあたりが先行した。', name: 'Zenith' },
      { text: 'ZSAT社が先行した。', name: 'ZSAT' },
      { text: '各 zen5e チップには行列演算ユニットがある。', name: 'zen5e' },
      { text: '顧客は8 ZH100を買った。', name: 'ZH100' },
      { text: '参照)\n\n4 Zenith「GPT4」の値', name: 'Zenith' },
      { text: 'In 2024 Zenith launched its chip.', name: 'Zenith' },
    ],
  },
  guess: ({ occurrence: o, text }) => {
    // 各 v5e チップ counts chips: a word for its kind after the name makes it a name.
    if (!isShapeGuess(o)) return undefined;
    const before = text.slice(Math.max(0, o.start - 24), o.start);
    const after = text.slice(o.end, o.end + 6);
    const counted = COUNTED_BEFORE.test(before) || (isMeasured(before) && !/\d/.test(o.key)) || PER_AFTER.test(after) || BUSINESSES_AFTER.test(after);
    return counted ? { type: 'generic', because: { rule: 'countable' } } : undefined;
  },
};
