// The kind of thing named right before a name, as its appositive: 大規模言語モデル「tsuzumi」 is a
// model, AI企業のG42 a company, 検索サービス「Bing」 another kind of name (a service).
import type { EntityType, NonEntityClass } from '../../../core/entity.js';
import type { TypeRule } from '../rule.js';
import { isHan, isKatakana } from '../../../core/script.js';
import { OPENING_QUOTES } from '../tokenShape.js';
import { isWeakGuess, type AroundName } from './input.js';

/**
 * Words for a kind of thing, by the type they give, right before a name in quotes (モデル「X」);
 * a company's also with の (企業のX), another kind's also in a bracket of examples
 * (フレームワーク(X, Y)). Without these the two make a compound or a phrase: 企業HP is a
 * company's home page, モデルの性能 a model's performance.
 */
const KINDS: Array<[EntityType | NonEntityClass, string]> = [
  ['model', '言語モデル|基盤モデル|AIモデル|モデル|LLM|生成AI|対話型AI|チャットボット版?|AIアシスタント'],
  ['chip', 'チップ|GPU|プロセッサー?|アクセラレーター?|AI半導体'],
  ['company', '企業|会社|メーカー|スタートアップ|ファンド'],
  ['other', 'サービス|ブラウザー?|アプリ|フレームワーク|ライブラリ|クラスター|サイト|百科事典|事典|辞典'],
];
const QUOTE = `[${OPENING_QUOTES}]`;
/** A bracket of examples after a word for another kind: AIフレームワーク(TensorFlow, PyTorch) names two frameworks. */
const EXAMPLES = '\\((?:[^()、,]+[、,] ?)*';
const after = (type: EntityType | NonEntityClass) => (type === 'company' ? `(?:の|${QUOTE})` : type === 'other' ? `(?:${QUOTE}|${EXAMPLES})` : QUOTE);
/** How far before a name its kind's word may stand: past a bracket's first examples. */
const KIND_WINDOW = 48;
const KIND_BEFORE = new RegExp(`(?:${KINDS.map(([type, words]) => `(${words})${after(type)}`).join('|')})$`);

const isKanjiOrKatakana = (ch: string | undefined) => isHan(ch) || isKatakana(ch);

export const kindBefore: TypeRule<AroundName> = {
  id: 'kind-before',
  signal: 'kind-word',
  examples: {
    ok: [
      { text: '大規模言語モデル「Zenith」を公開した。', name: 'Zenith', type: 'model' },
      { text: '政府系AI企業のZenithが組んだ。', name: 'Zenith', type: 'company' },
      { text: '検索サービス「Zenith」が伸びた。', name: 'Zenith', type: 'other' },
      { text: 'AIフレームワーク(ZenFlow, ZenTorch)を使う。', name: 'ZenTorch', type: 'other' },
      { text: '中国のAI企業のZenith製チップ。', name: 'Zenith', type: 'company' },
    ],
    notOk: [
      { text: '新製品「Zenith」を公開した。', name: 'Zenith' },
      { text: '企業Zenithを見た。', name: 'Zenith' },
      { text: 'モデルのZenithを見た。', name: 'Zenith' },
      { text: '企業のゼニスライアンス体制を見た。', name: 'ゼニスライアンス' },
      { text: '基盤モデル(Zenith, Vision Transformer)を見た。', name: 'Zenith' },
    ],
  },
  guess: ({ occurrence: o, text }) => {
    // The cheap tests first: the pattern is tried for every occurrence that passes them.
    if (!isWeakGuess(o) || o.signals.has('common-words')) return undefined;
    const kind = KIND_BEFORE.exec(text.slice(Math.max(0, o.start - KIND_WINDOW), o.start));
    if (!kind) return undefined;
    const group = kind.slice(1).findIndex((g) => g !== undefined);
    // 企業のX names X only where X ends the noun: in 企業のコンプライアンス体制 it is a word of a phrase.
    if (kind[0].endsWith('の') && isKanjiOrKatakana(text[o.end - 1]) && isKanjiOrKatakana(text[o.end])) return undefined;
    return { type: KINDS[group][0], because: { rule: 'kind-before', word: kind[0] } };
  },
};
