// A candidate listed with an entity (`Tokyo ElectronやSCREEN、Advantest`, `日本、欧州、韓国`), or
// with another candidate whose suffix types it (`国民民主党・新緑風会`: a party, another kind of
// name), is likely of the same type; this overrules guesses from the shape of a word, not from a
// suffix or a bracket pair.
import { isEntityType } from '../../../core/entity.js';
import { isSuffixGuess } from '../provenance.js';
import { LIST_SEPARATOR_AFTER, LIST_SEPARATOR_BEFORE } from '../../joiners.js';
import { BUSINESSES_AFTER } from '../vocabulary.js';
import type { TypeRule } from '../rule.js';
import type { AroundName } from './input.js';

export const listed: TypeRule<AroundName> = {
  id: 'listed',
  signal: 'listed',
  examples: {
    ok: [
      { text: 'エヌビディアやGroqが競う。', name: 'Groq' },
      { text: 'ZenithとNVIDIAが競う。', name: 'Zenith' },
      { text: 'NVIDIA and Zenith compete.', name: 'Zenith' },
      { text: '国民民主党・新緑風会の竹詰です。', name: '新緑風会', type: 'other' },
    ],
    notOk: [
      { text: 'Groqが競う。', name: 'Groq' },
      { text: 'NVIDIA Brandt Zenith', name: 'Brandt Zenith' },
      // a suffix says more than the list: an agency listed with a company
      { text: 'NVIDIAとセレブラス連合局', name: 'セレブラス連合局' },
      // what is listed is a kind of business
      { text: 'エヌビディア、ZSAT企業の例としては', name: 'ZSAT' },
    ],
  },
  guess: ({ occurrence: o, text, mentions, suffixTyped }) => {
    // Only what already looks like a name or a phrase of names (東京エレクトロン): 時代 in
    // 「…時代、米国は」 is not listed with 米国.
    if (!o.guess || o.aliasOf || isSuffixGuess(o.guess) || !(isEntityType(o.guess.type) || o.guess.type === 'generic')) return undefined;
    // In `UNISOC、OSAT企業の例`, what is listed is OSAT企業, a kind of business.
    if (BUSINESSES_AFTER.test(text.slice(o.end, o.end + 4))) return undefined;
    const before = LIST_SEPARATOR_BEFORE.exec(text.slice(Math.max(0, o.start - 8), o.start));
    const after = LIST_SEPARATOR_AFTER.exec(text.slice(o.end, o.end + 8));
    const mate = (before && mentions.endingAt.get(o.start - before[0].length)) || (after && mentions.startingAt.get(o.end + after[0].length));
    if (mate) return { type: mate.entity.type, because: { rule: 'listed', with: text.slice(mate.start, mate.end) } };
    const named = (before && suffixTyped.endingAt.get(o.start - before[0].length)) || (after && suffixTyped.startingAt.get(o.end + after[0].length));
    return named?.guess ? { type: named.guess.type, because: { rule: 'listed', with: text.slice(named.start, named.end) } } : undefined;
  },
};
