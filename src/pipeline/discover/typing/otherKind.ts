// Massachusetts Institute of Technology, University of Tokyo: a word of the name says it is
// another kind of name than ours (a typeSuffix of type `other`), wherever it stands.
import { nameKey } from '../../../core/normalize.js';
import type { TypeRule } from '../rule.js';
import type { LatinName } from './input.js';

export const otherKind: TypeRule<LatinName> = {
  id: 'other-kind',
  examples: {
    ok: [{ text: 'Big Zenith Institute of Chips (ZIC)の資格。', name: 'Zenith Institute of Chips' }],
    notOk: [{ text: 'Cerebras Systemsが発表した。', name: 'Cerebras Systems' }],
  },
  guess: ({ words, vocabulary }) => {
    const kind = words.length > 1 && words.find((w) => vocabulary.suffixTypes.get(nameKey(w.text))?.type === 'other');
    return kind ? { type: 'other', because: { rule: 'other-kind', word: kind.text } } : undefined;
  },
};
