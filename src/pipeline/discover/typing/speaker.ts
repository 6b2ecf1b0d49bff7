// `(ユ・フェジュン、KAIST教授)`, `(アン・スジン、サムスン電子副社長)`: a bracket naming a speaker and
// their affiliation and title. The first part is a person, not a list mate of the organisation.
import type { Bracket } from '../pairs.js';
import type { TypeRule } from '../rule.js';

/** A title at the end of an affiliation: KAIST教授, サムスン電子副社長. */
const AFFILIATION_TITLE = /(?:教授|准教授|講師|研究員|社長|副社長|会長|副会長|CEO|CTO|代表|所長|センター長|部長|局長|理事長|学長|博士)\)?$/;

/** A bracket, for the name in its first part. */
export interface InBracket {
  text: string;
  bracket: Bracket;
}

export const speaker: TypeRule<InBracket> = {
  id: 'speaker',
  signal: 'person-title',
  examples: {
    ok: [{ text: '(ユ・フェジュン、KAIST教授)が話した。', name: 'ユ・フェジュン' }],
    notOk: [{ text: '(ユ・フェジュン、KAIST)が話した。', name: 'ユ・フェジュン' }],
  },
  guess: ({ text, bracket }) => {
    const last = bracket.parts[bracket.parts.length - 1];
    return bracket.parts.length >= 2 && AFFILIATION_TITLE.test(text.slice(last.start, bracket.close)) ? { type: 'person', because: { rule: 'speaker' } } : undefined;
  },
};
