// The two sides of a bracket pair name one thing: a side takes the type of an entry on the other
// side (英伟达(NVIDIA)), or of the other side's suffix (DARPA(米国防高等研究計画局) is an agency), or
// is a company named in a bracket pair.
import type { Mention } from '../../match/match.js';
import type { Occurrence } from '../occurrence.js';
import { isRecognisedNonEntity, isSuffixGuess, type TypeGuess } from '../provenance.js';
import type { TypeRule } from '../rule.js';

/** A candidate and the other side of its pair: a mention or another candidate. */
export interface PairSides {
  self: Occurrence;
  other: Occurrence | Mention;
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
