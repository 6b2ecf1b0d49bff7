// Names by their words when IPADIC's tags say nothing of the head: words it does not know, runs
// of katakana words, proper nouns and foreign words. A compound with an ordinary word among its
// words (中国工場, a factory) is no name.
import type { Token } from '../../tokenize/tokenize.js';
import type { TypeRule } from '../rule.js';
import { isKatakanaToken } from '../tokenShape.js';
import type { JapaneseName } from './input.js';

const isNameShaped = (tokens: Token[]) => tokens.every((t) => t.posDetail === '固有名詞' || !t.known || isKatakanaToken(t));

export const unknownWord: TypeRule<JapaneseName> = {
  id: 'unknown-word',
  examples: {
    ok: [{ text: 'セレブラスが新しいチップを出した。', name: 'セレブラス' }],
    notOk: [{ text: '中国工場が動いた。', name: '中国工場' }],
  },
  guess: ({ tokens, signals }) => (isNameShaped(tokens) && signals.has('unknown-word') ? { type: 'company', because: { rule: 'unknown-word', katakana: signals.has('katakana') } } : undefined),
};

/**
 * Several katakana words IPADIC knows (one alone is an ordinary word: サーバー): more often a
 * phrase of loanwords (バリューチェーン, データパイプライン) than a name, so a generic phrase
 * unless other evidence types it (a list, a bracket partner, a country before it).
 */
export const katakanaRun: TypeRule<JapaneseName> = {
  id: 'katakana-run',
  examples: {
    ok: [{ text: 'バリューチェーンが伸びた。', name: 'バリューチェーン', type: 'generic' }],
    notOk: [{ text: 'オープン・ロボティクスが来た。', name: 'オープン・ロボティクス' }],
  },
  guess: ({ tokens, signals }) => (signals.has('katakana') && tokens.length > 1 ? { type: 'generic', because: { rule: 'katakana-run' } } : undefined),
};

/**
 * Proper nouns and foreign words (東京エレクトロン, but as often AIエコシステム, フルスタックAI): a
 * generic phrase unless other evidence types it; a single katakana word IPADIC knows is none.
 */
export const nameWords: TypeRule<JapaneseName> = {
  id: 'name-words',
  examples: {
    ok: [{ text: '東京エレクトロンが来た。', name: '東京エレクトロン', type: 'generic' }],
    notOk: [{ text: 'ロケットが飛んだ。', name: 'ロケット' }],
  },
  guess: ({ tokens, signals }) => (isNameShaped(tokens) && !signals.has('katakana') ? { type: 'generic', because: { rule: 'name-words' } } : undefined),
};
