// The kind of thing named right after a name: Kimiモデル is a model, Ascendチップ a chip, VEU認定
// and 「National Validated End User (NVEU)」ステータス a status (a regulation).
import type { EntityType } from '../../../core/entity.js';
import type { TypeRule } from '../rule.js';
import { CLOSING_QUOTES } from '../tokenShape.js';
import { isWeakGuess, type AroundName } from './input.js';

/** Words for a kind of thing, by the type they give, right after its name (or its closing bracket or quote). */
const KINDS: Array<[EntityType, string]> = [
  ['model', 'モデル|model|チャットボット|chatbot'],
  ['chip', 'チップ|GPU|プロセッサー?|アクセラレーター?|chip'],
  ['regulation', 'ステータス|認定|status'],
];
const KIND_AFTER = new RegExp(`^[)）${CLOSING_QUOTES}]* ?(?:${KINDS.map(([, words]) => `(${words})`).join('|')})`, 'i');

export const kindWord: TypeRule<AroundName> = {
  id: 'kind-word',
  signal: 'kind-word',
  examples: {
    ok: [
      { text: 'Kimiモデルが出た。', name: 'Kimi' },
      { text: 'Zenithチップが出た。', name: 'Zenith' },
      { text: 'Zenith認定を取り消した。', name: 'Zenith', type: 'regulation' },
      { text: '「Zenith Validated End User (ZVEU)」ステータスを得た。', name: 'ZVEU', type: 'regulation' },
    ],
    // An architecture or a generation is as often a model's, an instruction set's or people's (Transformer, RISC-V, ミレニアル世代).
    notOk: [
      { text: 'Zenithシリーズが出た。', name: 'Zenith' },
      { text: 'Zenithアーキテクチャを採用した。', name: 'Zenith' },
    ],
  },
  guess: ({ occurrence: o, text }) => {
    const kind = KIND_AFTER.exec(text.slice(o.end, o.end + 12));
    if (!kind || !isWeakGuess(o) || o.signals.has('common-words')) return undefined;
    const group = kind.slice(1).findIndex((g) => g !== undefined);
    return { type: KINDS[group][0], because: { rule: 'kind-word', word: kind[group + 1] } };
  },
};
