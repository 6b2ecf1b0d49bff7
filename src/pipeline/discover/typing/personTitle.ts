// A person's title after a name (トランプ大統領, 鈴木氏) or before it (Secretary Lutnick). (社長, CEO
// and the like also follow companies: エヌビディアCEO.)
import type { TypeRule } from '../rule.js';
import type { AroundName } from './input.js';
import { isPresidingState } from '../vocabulary.js';

const PERSON_TITLE_AFTER = /^\s*(?:氏|さん|様|大統領|副大統領|首相|長官|副長官|次官|議員|上院議員|下院議員|報道官|教授|博士|大臣|知事|議長|総裁|外相|国務長官|商務長官|主席|国家主席)/;
const PERSON_TITLE_BEFORE = /^(?:Mr|Mrs|Ms|Dr|President|Secretary|Director|Senator|Representative|Rep|Minister|Commissioner|Chairman|Chairwoman|Professor|Prof)\.?$/;

export const personTitle: TypeRule<AroundName> = {
  id: 'person-title',
  signal: 'person-title',
  examples: {
    ok: [
      { text: 'ラトニック長官が述べた。', name: 'ラトニック' },
      { text: 'セレブラス氏が述べた。', name: 'セレブラス' },
      { text: 'Secretary Lutnick said so.', name: 'Secretary Lutnick' },
    ],
    notOk: [
      { text: 'セレブラスCEOが述べた。', name: 'セレブラス' },
      { text: 'Z7議長国のイタリアが述べた。', name: 'Z7' },
    ],
  },
  guess: ({ occurrence: o, text }) => {
    const after = PERSON_TITLE_AFTER.exec(text.slice(o.end, o.end + 6));
    const title = (after && !isPresidingState(text.slice(o.end + after[0].length)) ? after : null) ?? PERSON_TITLE_BEFORE.exec(text.slice(o.start, o.end).split(' ')[0]);
    return title && !o.aliasOf ? { type: 'person', because: { rule: 'person-title', title: title[0].trim() } } : undefined;
  },
};
