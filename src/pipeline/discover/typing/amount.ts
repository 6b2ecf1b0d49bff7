// Amounts, dates and counts start with a number: 約7900億円, 2024年12月3日, 28社.
import type { TypeRule } from '../rule.js';
import type { AroundName } from './input.js';

const AMOUNT = /^[約計]?\d/;

export const amount: TypeRule<AroundName> = {
  id: 'amount',
  examples: {
    ok: [{ text: 'セレブラス（2024年設立）が来た。', name: '2024年設立' }],
    notOk: [{ text: 'セレブラスが投じた。', name: 'セレブラス' }],
  },
  guess: ({ occurrence: o }) => (AMOUNT.test(o.key) ? { type: 'amount', because: { rule: 'amount' } } : undefined),
};
