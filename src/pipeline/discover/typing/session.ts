// The Nth session of a body makes its name a name, whatever its words (第1回経済安全保障推進会議): a
// suffix that also ends phrases, and types them only after a name (dict/discovery.yml `needsName`),
// then types it. Without the ordinal, 経済安全保障推進会議 could be any meeting on economic security.
// (A name made only of stop words and a suffix, AI戦略会議, is no candidate at all.)
import { isEntityType } from '../../../core/entity.js';
import { isSuffixGuess } from '../provenance.js';
import type { TypeRule } from '../rule.js';
import type { AroundName } from './input.js';

/** An ordinal session right before the name: 第1回, 第十二回. */
const SESSION_BEFORE = /第[0-9一二三四五六七八九十百]+回\s?$/;
/** How many of a name's last words a suffix may span (委員|会). */
const SUFFIX_WORDS = 2;

export const session: TypeRule<AroundName> = {
  id: 'session',
  signal: 'suffix',
  examples: {
    ok: [{ text: '総理は第1回経済安全保障推進会議に出席した。', name: '経済安全保障推進会議', type: 'agency' }],
    notOk: [
      { text: '総理は経済安全保障推進会議に出席した。', name: '経済安全保障推進会議' },
      { text: '第1回会合に出席した。', name: '会合' },
    ],
  },
  guess: ({ occurrence: o, text, vocabulary }) => {
    if (isSuffixGuess(o.guess) || !SESSION_BEFORE.test(text.slice(Math.max(0, o.start - 8), o.start))) return undefined;
    for (let n = 1; n <= SUFFIX_WORDS && n < o.parts.length; n++) {
      const suffix = o.parts.slice(-n).join('');
      const rule = vocabulary.suffixTypes.get(suffix);
      if (rule && isEntityType(rule.type)) return { type: rule.type, because: { rule: 'session', suffix } };
    }
    return undefined;
  },
};
