// Why discovery gave a candidate its type: which rule decided, with what it saw, as data. Rules
// that weigh another's guess test its `rule`; outputs show it as text (describeProvenance).
import type { EntityType, NonEntityClass } from '../../core/entity.js';

export type Provenance =
  | { rule: 'variant'; of: string }
  | { rule: 'suffix'; suffix: string }
  | { rule: 'place-suffix'; suffix: string }
  | { rule: 'company-word'; word: string }
  | { rule: 'kuromoji'; says: 'person' | 'place' | 'place suffix' | 'country' | 'organisation' | 'proper noun' }
  | { rule: 'unknown-word'; katakana: boolean }
  | { rule: 'katakana-run' }
  | { rule: 'name-words' }
  | { rule: 'other-kind'; word: string }
  | { rule: 'product-number' }
  | { rule: 'acronym' }
  | { rule: 'capitalised' }
  | { rule: 'compromise-organisation' }
  | { rule: 'compromise-person-or-place'; says: 'person' | 'place' }
  | { rule: 'bracket' }
  | { rule: 'bracket-entry'; entity: string }
  | { rule: 'listed'; with: string }
  | { rule: 'kind-word'; word: string }
  | { rule: 'after-maker' }
  | { rule: 'person-title'; title: string }
  | { rule: 'speaker' }
  | { rule: 'amount' }
  | { rule: 'after-country' };

export type RuleId = Provenance['rule'];

/** A type, or the class of name that is no entity (a person, an amount…), and why. */
export interface TypeGuess {
  type: EntityType | NonEntityClass;
  because: Provenance;
}

const KUROMOJI_SAYS: Record<Extract<Provenance, { rule: 'kuromoji' }>['says'], string> = {
  person: "a person's name",
  place: 'a place name',
  'place suffix': 'a place suffix',
  country: 'proper noun, country',
  organisation: 'proper noun, organisation',
  'proper noun': 'proper noun',
};

/** The provenance as candidates.json, candidates.csv and the report show it. */
export function describeProvenance(p: Provenance): string {
  switch (p.rule) {
    case 'variant': return `written otherwise than ${p.of}`;
    case 'suffix': return `ends in ${p.suffix}`;
    case 'place-suffix': return `a place name and ${p.suffix}`;
    case 'company-word': return `followed by ${p.word}`;
    case 'kuromoji': return `kuromoji: ${KUROMOJI_SAYS[p.says]}`;
    case 'unknown-word': return p.katakana ? 'katakana word unknown to IPADIC' : 'word unknown to IPADIC';
    case 'katakana-run': return 'katakana run';
    case 'name-words': return 'proper nouns and foreign words';
    case 'other-kind': return `names a kind: ${p.word}`;
    case 'product-number': return 'letters and digits, like a product number';
    case 'acronym': return 'all-caps acronym';
    case 'capitalised': return 'capitalised Latin name';
    case 'compromise-organisation': return 'compromise: organisation';
    case 'compromise-person-or-place': return p.says === 'person' ? "compromise: a person's name" : 'compromise: a place';
    case 'bracket': return 'named in a bracket pair';
    case 'bracket-entry': return `given in brackets with ${p.entity}`;
    case 'listed': return `listed with ${p.with}`;
    case 'kind-word': return `followed by ${p.word}`;
    case 'after-maker': return 'a product number after its maker';
    case 'person-title': return `with the title ${p.title}`;
    case 'speaker': return 'a speaker with an affiliation and title';
    case 'amount': return 'starts with a number';
    case 'after-country': return 'right after a country name';
  }
}

/** A guess from a name's own ending (局, 規則, Bureau): stronger than its shape or its neighbours. */
export const isSuffixGuess = (guess: TypeGuess | undefined): boolean => guess?.because.rule === 'suffix';
