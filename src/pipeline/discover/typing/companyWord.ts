// `社` after a name is not part of it: ファーウェイ社, Fusion社 name the company ファーウェイ, Fusion.
import type { TypeRule } from '../rule.js';
import { is, KATAKANA, LATIN } from '../tokenShape.js';
import type { JapaneseName } from './input.js';

export const companyWord: TypeRule<JapaneseName> = {
  id: 'company-word',
  signal: 'suffix',
  examples: {
    ok: [
      { text: 'セレブラス社が来た。', name: 'セレブラス' },
      { text: 'Fusion社も来た。', name: 'Fusion' },
      { text: 'EX-Fusion社も来た。', name: 'EX-Fusion' },
    ],
    notOk: [{ text: '新聞社が来た。', name: '新聞' }],
  },
  guess: ({ tokens }) => {
    const last = tokens[tokens.length - 1];
    const nameBefore = tokens.length > 1 && last.surface === '社' && tokens.slice(0, -1).every((t) => !t.known || t.posDetail === '固有名詞' || is(t, KATAKANA | LATIN) || t.surface === '-');
    return nameBefore ? { type: 'company', because: { rule: 'company-word', word: last.surface } } : undefined;
  },
};
