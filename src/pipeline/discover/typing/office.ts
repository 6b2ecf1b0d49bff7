// A body's name right before an office's word names the office, not the body: 陳家昌ハイテク局局長
// is a person's title, as the matcher holds 参議院議長 (dict/discovery.yml `titles`). The span is
// recognised as another kind of name, so it never enters the glossary.
import type { TypeRule } from '../rule.js';
import type { AroundName } from './input.js';
import { isPresidingState } from '../vocabulary.js';

export const office: TypeRule<AroundName> = {
  id: 'office',
  examples: {
    ok: [{ text: '科学技術部のハイテク監督局局長は述べた。', name: 'ハイテク監督局', type: 'other' }],
    notOk: [
      { text: 'ハイテク監督局は述べた。', name: 'ハイテク監督局' },
      { text: 'Z7議長国のイタリアが述べた。', name: 'Z7' },
    ],
  },
  guess: ({ occurrence: o, text, titles }) => {
    if (o.guess?.type !== 'agency' || o.aliasOf) return undefined;
    const title = titles.find((t) => text.startsWith(t, o.end) && !isPresidingState(text.slice(o.end + t.length)));
    return title ? { type: 'other', because: { rule: 'office', title } } : undefined;
  },
};
