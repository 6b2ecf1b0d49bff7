// What compromise knows of an English name: an organisation, a person (a first and last name:
// one word alone may be a model, Claude) or a place. It overrules the shape of the words, not a
// suffix nor a word of another kind of name (Google Kubernetes Engine, where compromise sees Google).
import type { TypeRule } from '../rule.js';
import { isSuffixGuess, type TypeGuess } from '../provenance.js';
import type { LatinNameTyped } from './input.js';

/** A guess from the name's own words, which compromise's tag does not overrule. */
const byOwnWords = (guess: TypeGuess): boolean => isSuffixGuess(guess) || guess.because.rule === 'other-kind';

export const compromiseOrganisation: TypeRule<LatinNameTyped> = {
  id: 'compromise-organisation',
  signal: 'organization',
  examples: {
    ok: [{ text: 'GoogleとCerebrasが競う。', name: 'Google' }],
    notOk: [
      { text: 'GoogleとCerebrasが競う。', name: 'Cerebras' },
      { text: 'Google Kubernetes Engineを使う。', name: 'Google Kubernetes Engine' },
    ],
  },
  guess: ({ kinds, guess }) => (kinds.organization ? (byOwnWords(guess) ? guess : { type: 'company', because: { rule: 'compromise-organisation' } }) : undefined),
};

export const compromisePersonOrPlace: TypeRule<LatinNameTyped> = {
  id: 'compromise-person-or-place',
  examples: {
    ok: [
      { text: 'Jensen Huang said so.', name: 'Jensen Huang' },
      { text: 'Abu Dhabi is rich.', name: 'Abu Dhabi' },
    ],
    notOk: [
      { text: 'Cerebras Systems said so.', name: 'Cerebras Systems' },
      { text: 'Claude Opus 4.5 が出た。', name: 'Claude Opus 4.5' },
      // a word of another kind of name says more than compromise's place tag
      { text: 'California Institute of Technologyが来た。', name: 'California Institute of Technology' },
    ],
  },
  guess: ({ words, kinds, guess }) => {
    // A person's or place's name has no number: Claude Opus 4.5 is a product's.
    if (byOwnWords(guess) || words.some((w) => /\d/.test(w.text))) return undefined;
    if (words.length > 1 && kinds.person) return { type: 'person', because: { rule: 'compromise-person-or-place', says: 'person' } };
    return kinds.place ? { type: 'place', because: { rule: 'compromise-person-or-place', says: 'place' } } : undefined;
  },
};
