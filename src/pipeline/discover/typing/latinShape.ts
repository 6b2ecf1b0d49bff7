// One Latin word's shape: letters and digits (a product number), capitals only (an acronym), or
// a capitalised word. The weakest guesses of Latin names, which context overrules.
import { nameKey } from '../../../core/normalize.js';
import { isOrdinaryWordNoName } from '../../english.js';
import type { TypeRule } from '../rule.js';
import { isShortForm } from '../pairs.js';
import type { LatinName } from './input.js';

/**
 * Letters and digits look like a product number, but of what the shape does not say (G7 is a
 * group of states, G42 a company, R1 a model): a chip only where context says so (a chip word
 * after it, a chip maker before it); alone, no type.
 */
export const productNumber: TypeRule<LatinName> = {
  id: 'product-number',
  examples: {
    ok: [{ text: 'WSE3を出した。', name: 'WSE3', type: 'generic' }],
    notOk: [{ text: 'Kimi2モデルが出た。', name: 'Kimi2' }],
  },
  guess: ({ words }) => (words.length === 1 && /\d/.test(nameKey(words[0].text)) && /[a-z]/.test(nameKey(words[0].text)) ? { type: 'generic', because: { rule: 'product-number' } } : undefined),
};

/** A version's number: one or two digits, and more after a point (3, 3.3, 4.5). */
export const isVersionText = (word: string) => /^\d{1,2}(?:\.\d+)*$/.test(word);

/**
 * A name with a version after it (Zenlm 3.3) is a product of the family the name is; its type is
 * the family's, where the family enters the glossary (outputs/discovered.ts), else none.
 */
export const versioned: TypeRule<LatinName> = {
  id: 'versioned',
  examples: {
    ok: [{ text: 'Zenlm 3.3を公開した。', name: 'Zenlm 3.3', type: 'generic' }],
    notOk: [{ text: 'Zenlm Labsを公開した。', name: 'Zenlm Labs' }],
  },
  guess: ({ words }) => (words.length > 1 && isVersionText(words[words.length - 1].text) ? { type: 'generic', because: { rule: 'versioned' } } : undefined),
};

export const acronym: TypeRule<LatinName> = {
  id: 'acronym',
  examples: {
    ok: [{ text: 'SMICも続いた。', name: 'SMIC' }],
    notOk: [{ text: 'Smicも続いた。', name: 'Smic' }],
  },
  guess: ({ words }) => (words.length === 1 && isShortForm(words[0].text) && !/[a-z]/.test(words[0].text) ? { type: 'company', because: { rule: 'acronym' } } : undefined),
};

/**
 * A capitalised word that is an ordinary English one (Cloud, Gbps: compromise's lexicon
 * lists it as a noun, verb or unit and as no name) is a term, unless context makes it a name.
 */
export const englishWord: TypeRule<LatinName> = {
  id: 'english-word',
  examples: {
    ok: [
      { text: 'データをCloudに置く。', name: 'Cloud', type: 'generic' },
      { text: '帯域幅の単位はGbpsである。', name: 'Gbps', type: 'generic' },
      { text: '帯域幅をGBpsで測る。', name: 'GBps', type: 'generic' },
    ],
    notOk: [
      { text: 'Cerebrasが来た。', name: 'Cerebras' },
      { text: 'Oracleが来た。', name: 'Oracle' },
      { text: 'CLOUDが来た。', name: 'CLOUD' },
    ],
  },
  guess: ({ words }) => (words.length === 1 && /^[A-Z][A-Za-z]*[a-z]$/.test(words[0].text) && isOrdinaryWordNoName(words[0].text) ? { type: 'generic', because: { rule: 'english-word' } } : undefined),
};

export const capitalised: TypeRule<LatinName> = {
  id: 'capitalised',
  examples: {
    ok: [{ text: 'Cerebrasが来た。', name: 'Cerebras' }],
    notOk: [{ text: 'SMICも続いた。', name: 'SMIC' }],
  },
  guess: () => ({ type: 'company', because: { rule: 'capitalised' } }),
};
