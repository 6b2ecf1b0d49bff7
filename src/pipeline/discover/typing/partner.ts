// The two sides of a bracket pair name one thing: a side takes the type of an entry on the other
// side (英伟达(NVIDIA)), or of its own suffix where an acronym shows its words are a name
// (規制品目リスト(CCL)), or of the other side's suffix (DARPA(米国防高等研究計画局) is an agency), or
// is a company named in a bracket pair.
import type { Mention } from '../../match/match.js';
import type { Occurrence } from '../occurrence.js';
import { isShortForm } from '../pairs.js';
import { isRecognisedNonEntity, isSuffixGuess, type TypeGuess } from '../provenance.js';
import type { TypeRule } from '../rule.js';

/** A candidate and the other side of its pair: a mention or another candidate. */
export interface PairSides {
  self: Occurrence;
  other: Occurrence | Mention;
  /** The text the sides are offsets of. */
  text: string;
  /** The type a suffix that also ends phrases (リスト, 計画) gives self's words as if they held a name. */
  phraseSuffix(): TypeGuess | undefined;
}

export const NAMED_IN_BRACKETS: TypeGuess = { type: 'company', because: { rule: 'bracket' } };

export const entryPartner: TypeRule<PairSides> = {
  id: 'bracket-entry',
  examples: {
    ok: [{ text: '英伟达（NVIDIA）の新製品。', name: '英伟达' }],
    notOk: [{ text: '英伟达の新製品。', name: '英伟达' }],
  },
  guess: ({ other }) => ('entity' in other ? { type: other.entity.type, because: { rule: 'bracket-entry', entity: other.entity.id } } : undefined),
};

/** Capital letters: an acronym's, one for each word it stands for. */
const capitalsOf = (text: string) => text.replace(/[^A-Z]/g, '').length;

/**
 * An acronym for words makes them a name: a suffix that also ends phrases, and types them only
 * after a name (dict/discovery.yml `needsName`), types them here (規制品目リスト(CCL) is a list,
 * ミサイル輸出管理レジーム(MTCR) a regime). Where its letters are far more or fewer than the words
 * (関係機関(NISC)), the acronym is an example of the phrase's kind, not its short form.
 */
export const acronymNamesPhrase: TypeRule<PairSides> = {
  id: 'acronym-phrase',
  signal: 'suffix',
  examples: {
    ok: [
      { text: '規制品目リスト（ZCL）を改めた。', name: '規制品目リスト', type: 'regulation' },
      // the acronym takes the type its words have
      { text: 'ZCL（規制品目リスト）を改めた。', name: 'ZCL', type: 'regulation' },
    ],
    notOk: [
      { text: '規制品目リストを改めた。', name: '規制品目リスト' },
      // a translation is no acronym
      { text: '規制品目リスト（Zenith Items）を改めた。', name: '規制品目リスト' },
      // an example of the kind: four letters for two words
      { text: '関係機関（ZISC）と協力した。', name: '関係機関' },
    ],
  },
  guess: ({ self, other, text, phraseSuffix }) => {
    const acronym = text.slice(other.start, other.end);
    if (isSuffixGuess(self.guess) || !isShortForm(acronym) || Math.abs(capitalsOf(acronym) - self.parts.length) > 1) return undefined;
    const guess = phraseSuffix();
    return guess?.because.rule === 'suffix' ? { type: guess.type, because: { rule: 'acronym-phrase', suffix: guess.because.suffix } } : undefined;
  },
};

export const bracketPartner: TypeRule<PairSides> = {
  id: 'bracket',
  examples: {
    ok: [
      { text: 'ロケット（Rocket）を打ち上げた。', name: 'ロケット' },
      { text: 'Big National Validated End User (NVEU)の資格。', name: 'National Validated End User' },
    ],
    notOk: [{ text: 'ロケットを打ち上げた。', name: 'ロケット' }],
  },
  guess: ({ self, other }) => {
    if ('entity' in other) return undefined;
    if (other.guess && (isSuffixGuess(other.guess) || isRecognisedNonEntity(other.guess)) && !isSuffixGuess(self.guess)) return other.guess;
    // A pair is a sign of a name: a phrase that showed none is named in it.
    return self.guess && self.guess.type !== 'generic' ? self.guess : NAMED_IN_BRACKETS;
  },
};
