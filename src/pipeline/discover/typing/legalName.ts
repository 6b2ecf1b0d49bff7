// A company's legal name: a name followed by the words of a legal name (dict/discovery.yml
// `legalForms`) is a company's, and the name before them is that company's short name:
// ファーウェイテクノロジーズ株式会社 is the company ファーウェイ, which the corpus may write alone
// many times (outputs/candidates.ts folds the legal name into it).
import { nameKey } from '../../../core/normalize.js';
import { isNotAName } from '../../english.js';
import type { Token } from '../../tokenize/tokenize.js';
import type { TypeGuess } from '../provenance.js';
import type { TypeRule } from '../rule.js';
import { is, isKatakanaToken, LATIN } from '../tokenShape.js';
import { NAME_CONNECTORS, type Vocabulary } from '../vocabulary.js';
import type { JapaneseName, LatinName } from './input.js';

/** A word a short name can be made of: katakana, Latin, a proper noun, a word IPADIC does not know (not 量子 in 量子テクノロジー). */
const isNameWord = (t: Token) => isKatakanaToken(t) || is(t, LATIN) || t.posDetail === '固有名詞' || !t.known;
/** A short name of one word IPADIC knows as an ordinary one is a phrase's word: デジタル in デジタルテクノロジー. */
const isOneIpadicWord = (tokens: Token[]) => tokens.length === 1 && tokens[0].known && tokens[0].posDetail !== '固有名詞' && !is(tokens[0], LATIN);

function legalNameGuess(parts: string[], vocabulary: Vocabulary, isName: (words: number) => boolean): TypeGuess | undefined {
  const base = vocabulary.legalNameBase(parts);
  return base && isName(base.words) ? { type: 'company', because: { rule: 'legal-name', name: base.key } } : undefined;
}

export const japaneseLegalName: TypeRule<JapaneseName> = {
  id: 'legal-name',
  signal: 'suffix',
  examples: {
    ok: [
      { text: 'ゼニステクノロジーズ株式会社が来た。', name: 'ゼニステクノロジーズ株式会社', type: 'company' },
      // words IPADIC knows (アルファ, ベータ), but katakana
      { text: 'アルファ・ベータ・コーポレーションが来た。', name: 'アルファ・ベータ・コーポレーション', type: 'company' },
    ],
    notOk: [
      { text: '量子テクノロジーが来た。', name: '量子テクノロジー' },
      { text: 'クラウドテクノロジーズが来た。', name: 'クラウドテクノロジーズ' },
      { text: 'デジタルテクノロジーが来た。', name: 'デジタルテクノロジー' },
    ],
  },
  guess: ({ tokens, vocabulary }) =>
    // Asked of every span: most end in no legal form, which their last word tells before every word's key is made.
    vocabulary.mayEndInLegalForm(nameKey(tokens[tokens.length - 1].surface))
      ? legalNameGuess(
          tokens.map((t) => nameKey(t.surface)),
          vocabulary,
          (n) => tokens.slice(0, n).every(isNameWord) && !isOneIpadicWord(tokens.slice(0, n)),
        )
      : undefined,
};

export const latinLegalName: TypeRule<LatinName> = {
  id: 'legal-name',
  signal: 'suffix',
  examples: {
    ok: [{ text: 'Zenith Technologies Inc.が来た。', name: 'Zenith Technologies Inc', type: 'company' }],
    notOk: [
      { text: 'Technologies Incが来た。', name: 'Technologies Inc' },
      { text: 'Advanced Technologiesが来た。', name: 'Advanced Technologies' },
      { text: 'Zenith Goods and Technologiesが来た。', name: 'Zenith Goods and Technologies' },
    ],
  },
  guess: ({ words, vocabulary }) =>
    legalNameGuess(
      words.map((w) => nameKey(w.text)),
      vocabulary,
      // One English word is no short name: Advanced in Advanced Technologies; nor words ending in
      // a connector: the legal form is then a word of a list (Goods and Technologies).
      (n) => (n > 1 || !isNotAName(words[0].text)) && !NAME_CONNECTORS.has(words[n - 1].text.toLowerCase()),
    ),
};
