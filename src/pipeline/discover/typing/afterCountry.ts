// A country name right before a name (中国セレブラス) makes it a company of that country, unless
// the name's own suffix or a bracket pair or list says otherwise, or it is a place (then the guess stays).
// Two countries fused before it (日英EPA, 米中AI) name what is between them: an agreement, a
// relation, no company.
import type { TypeRule } from '../rule.js';
import { isWeakGuess, type AroundName } from './input.js';

export const afterCountry: TypeRule<AroundName> = {
  id: 'after-country',
  signal: 'after-country',
  examples: {
    ok: [{ text: '中国セレブラスが発表した。', name: 'セレブラス' }],
    notOk: [
      { text: '中国セレブラス連合局が発表した。', name: 'セレブラス連合局' },
      { text: 'アメリカ合衆国カリフォルニア州サンタクララにある。', name: 'カリフォルニア州サンタクララ' },
      { text: '日米ZPAに基づく。', name: 'ZPA' },
    ],
  },
  guess: ({ occurrence: o, mentions }) => {
    // A place after a country is an address: アメリカ合衆国カリフォルニア州サンタクララ.
    const country = mentions.countryEndingAt.get(o.start);
    if (!country || mentions.countryEndingAt.has(country.start) || o.signals.has('common-words') || o.guess?.type === 'place') return undefined;
    return isWeakGuess(o) ? { type: 'company', because: { rule: 'after-country' } } : o.guess;
  },
};
