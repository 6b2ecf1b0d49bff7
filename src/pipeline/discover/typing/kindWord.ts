// The kind of thing named right after a name: Kimiモデル is a model, Ascendチップ a chip, VEU認定
// and 「National Validated End User (NVEU)」ステータス a status (a regulation), G7首脳 a body.
import type { EntityType } from '../../../core/entity.js';
import type { TypeRule } from '../rule.js';
import { CLOSING_QUOTES } from '../tokenShape.js';
import { isWeakGuess, type AroundName } from './input.js';

/** Words for a kind of thing, by the type they give, right after its name (or its closing bracket or quote). */
const KINDS: Array<[EntityType, string]> = [
  ['model', 'モデル|model|チャットボット|chatbot'],
  ['chip', 'チップ|GPU|プロセッサー?|アクセラレーター?|chip'],
  ['regulation', 'ステータス|認定|status'],
  // A summit and a presidency are a body of states' (G7首脳会議, G20議長国; a company's bosses
  // are its 首脳 too: トヨタ首脳); a regime's members are 参加国 too (WA参加国), so members are no sign.
  ['agency', '首脳(?:会議|会合|声明|宣言)|議長国'],
];
const KIND_WORDS = KINDS.map(([, words]) => `(${words})`).join('|');
/**
 * The kind right after the name, or after a list of examples it opens or closes (「tsuzumi」(ツヅミ)や
 * 「cotomi」といった日本の大規模言語モデル: its bracket, the rest of the list, といった/などの, a few words).
 */
const KIND_AFTER = new RegExp(
  `^[)）${CLOSING_QUOTES}]*(?: ?(?:${KIND_WORDS})|(?:\\([^()]{1,20}\\))?(?:(?:や|、|と|及び|および)[^。！？]{1,30}?)?(?:といった|などの|等の|のような)[^。、]{0,10}?(?:${KIND_WORDS}))`,
  'i',
);
/** How far after a name its kind's word may stand: past the rest of a list of examples. */
const KIND_WINDOW = 72;

export const kindWord: TypeRule<AroundName> = {
  id: 'kind-word',
  signal: 'kind-word',
  examples: {
    ok: [
      { text: 'Kimiモデルが出た。', name: 'Kimi' },
      { text: 'Zenithチップが出た。', name: 'Zenith' },
      { text: 'Zenith認定を取り消した。', name: 'Zenith', type: 'regulation' },
      { text: 'Z7首脳会議で合意した。', name: 'Z7', type: 'agency' },
      { text: 'Z7議長国のイタリアが述べた。', name: 'Z7', type: 'agency' },
      { text: '「Zenith Validated End User (ZVEU)」ステータスを得た。', name: 'ZVEU', type: 'regulation' },
      // a list of examples of a kind
      { text: '例えば「zenith」(ゼニス)や「zorro」といった日本の大規模言語モデルがある。', name: 'zenith', type: 'model' },
      { text: '例えば「zenith」(ゼニス)や「zorro」といった日本の大規模言語モデルがある。', name: 'zorro', type: 'model' },
    ],
    // An architecture or a generation is as often a model's, an instruction set's or people's (Transformer, RISC-V, ミレニアル世代).
    notOk: [
      { text: 'Zenithシリーズが出た。', name: 'Zenith' },
      { text: 'Zenithアーキテクチャを採用した。', name: 'Zenith' },
      { text: 'Zenithや東京といった都市がある。', name: 'Zenith' },
      { text: 'ZA参加国が合意した。', name: 'ZA' },
      { text: 'ZenFab首脳は記者会見で述べた。', name: 'ZenFab' },
      { text: 'サードパーティのゼネージド モデルを使う。', name: 'ゼネージド' },
    ],
  },
  guess: ({ occurrence: o, text }) => {
    // The cheap tests first: the pattern is tried for every occurrence that passes them.
    if (!isWeakGuess(o) || o.signals.has('common-words')) return undefined;
    const kind = KIND_AFTER.exec(text.slice(o.end, o.end + KIND_WINDOW));
    if (!kind) return undefined;
    // The same kinds are captured twice (right after, after a list): group i and i + KINDS.length.
    const group = kind.slice(1).findIndex((g) => g !== undefined) % KINDS.length;
    const word = kind.slice(1).find((g) => g !== undefined)!;
    // Before モデル, katakana alone is as often an English word that qualifies it (マネージド モデル,
    // サーバーレス モデル): models are named in Latin letters, or given with them in brackets.
    if (KINDS[group][0] === 'model' && o.signals.has('katakana') && !o.signals.has('pair')) return undefined;
    return { type: KINDS[group][0], because: { rule: 'kind-word', word } };
  },
};
