// A product number right after its maker's name (NVIDIA H20) is its product: a chip.
import type { TypeRule } from '../rule.js';
import { isWeakGuess, type AroundName } from './input.js';

export const afterMaker: TypeRule<AroundName> = {
  id: 'after-maker',
  signal: 'after-maker',
  examples: {
    ok: [{ text: 'NVIDIA Z900が出た。', name: 'Z900' }],
    notOk: [{ text: 'NVIDIAとZ900が出た。', name: 'Z900' }],
  },
  guess: ({ occurrence: o, text, mentions }) =>
    o.signals.has('product-number') && mentions.companyEndingAt.has(o.start - 1) && text[o.start - 1] === ' ' && isWeakGuess(o)
      ? { type: 'chip', because: { rule: 'after-maker' } }
      : undefined,
};
