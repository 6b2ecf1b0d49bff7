// Amounts, dates and counts start with a number: 約7900億円, 2024年12月3日, 28社; or end in a count: 主要企業8社.
import type { TypeRule } from '../rule.js';
import { COUNTER } from '../vocabulary.js';
import type { AroundName } from './input.js';

const AMOUNT = /^[約計]?\d/;
/** A count at the end: 主要企業8社, 加盟42カ国. */
const COUNT = new RegExp(`\\d${COUNTER}$`);

export const amount: TypeRule<AroundName> = {
  id: 'amount',
  examples: {
    ok: [
      { text: 'セレブラス（2024年設立）が来た。', name: '2024年設立' },
      { text: 'セレブラスなど主要企業8社が来た。', name: '主要企業8社' },
    ],
    notOk: [
      { text: 'セレブラスが投じた。', name: 'セレブラス' },
      { text: 'セレブラス3社が来た。', name: 'セレブラス3' },
    ],
  },
  guess: ({ occurrence: o }) => (AMOUNT.test(o.key) || COUNT.test(o.key) ? { type: 'amount', because: { rule: 'amount' } } : undefined),
};
