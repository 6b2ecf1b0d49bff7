// What IPADIC's part of speech says of a name's head (Japanese compounds end in their head): a
// person's or place's name, an address (a place suffix inside), a country, an organisation.
import type { TypeRule } from '../rule.js';
import { is, isPersonOrPlace, LATIN } from '../tokenShape.js';
import type { JapaneseName } from './input.js';

export const kuromoji: TypeRule<JapaneseName> = {
  id: 'kuromoji',
  examples: {
    ok: [
      { text: '韓国の企業が動いた。', name: '韓国' },
      { text: 'アリゾナ州フェニックスに工場がある。', name: 'アリゾナ州フェニックス' },
    ],
    notOk: [{ text: 'セレブラスが来た。', name: 'セレブラス' }],
  },
  guess: ({ tokens }) => {
    const head = tokens[tokens.length - 1];
    if (isPersonOrPlace(head)) return { type: head.posDetail2 === '人名' ? 'person' : 'place', because: { rule: 'kuromoji', says: head.posDetail2 === '人名' ? 'person' : 'place' } };
    // アリゾナ州フェニックス, 深圳市: a place suffix inside makes an address, not a name of ours.
    if (tokens.some((t) => t.posDetail === '接尾' && t.posDetail2 === '地域')) return { type: 'place', because: { rule: 'kuromoji', says: 'place suffix' } };
    if (head.posDetail !== '固有名詞' || !head.known || is(head, LATIN)) return undefined;
    if (head.posDetail2 === '地域' && tokens.length === 1) return { type: 'country', because: { rule: 'kuromoji', says: 'country' } };
    return { type: 'company', because: { rule: 'kuromoji', says: head.posDetail2 === '組織' ? 'organisation' : 'proper noun' } };
  },
};
