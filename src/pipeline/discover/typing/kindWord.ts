// The kind of thing named right after a name: Kimiモデル is a model, Ascendチップ a chip.
import type { TypeRule } from '../rule.js';
import { isWeakGuess, type AroundName } from './input.js';

/** Words for a kind of thing, right after its name: a model (group 1) or a chip. */
const KIND_AFTER = /^ ?(?:(モデル|model|チャットボット|chatbot)|チップ|GPU|プロセッサー?|アクセラレーター?|chip)/i;

export const kindWord: TypeRule<AroundName> = {
  id: 'kind-word',
  signal: 'kind-word',
  examples: {
    ok: [
      { text: 'Kimiモデルが出た。', name: 'Kimi' },
      { text: 'Zenithチップが出た。', name: 'Zenith' },
    ],
    notOk: [{ text: 'Zenithシリーズが出た。', name: 'Zenith' }],
  },
  guess: ({ occurrence: o, text }) => {
    const kind = KIND_AFTER.exec(text.slice(o.end, o.end + 12));
    if (!kind || !isWeakGuess(o) || o.signals.has('common-words')) return undefined;
    return { type: kind[1] ? 'model' : 'chip', because: { rule: 'kind-word', word: kind[0].trim() } };
  },
};
