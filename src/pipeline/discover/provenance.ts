// Why discovery gave a candidate its type: which rule decided, with what it saw, as data. Rules
// that weigh another's guess test its `rule`; the aggregate keeps it in partial lines
// (encodeGuess, checked by typeGuessSchema); outputs show it as text (describeProvenance).
import { z } from 'zod';
import { ENTITY_TYPES, NON_ENTITY_CLASSES, isEntityType } from '../../core/entity.js';
import { memoize } from '../../core/memo.js';

const text = z.string().min(1).max(10_000);
const provenanceSchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('variant'), of: text }),
  z.strictObject({ rule: z.literal('bill-of'), of: text }),
  z.strictObject({ rule: z.literal('suffix'), suffix: text }),
  z.strictObject({ rule: z.literal('acronym-phrase'), suffix: text }),
  z.strictObject({ rule: z.literal('session'), suffix: text }),
  z.strictObject({ rule: z.literal('place-suffix'), suffix: text }),
  z.strictObject({ rule: z.literal('company-word'), word: text }),
  z.strictObject({ rule: z.literal('legal-name'), name: text }),
  z.strictObject({ rule: z.literal('kuromoji'), says: z.enum(['person', 'place', 'place suffix', 'country', 'organisation', 'proper noun']) }),
  z.strictObject({ rule: z.literal('unknown-word'), katakana: z.boolean() }),
  z.strictObject({ rule: z.literal('katakana-run') }),
  z.strictObject({ rule: z.literal('name-words') }),
  z.strictObject({ rule: z.literal('other-kind'), word: text }),
  z.strictObject({ rule: z.literal('product-number') }),
  z.strictObject({ rule: z.literal('acronym') }),
  z.strictObject({ rule: z.literal('capitalised') }),
  z.strictObject({ rule: z.literal('english-word') }),
  z.strictObject({ rule: z.literal('versioned') }),
  z.strictObject({ rule: z.literal('family-version'), of: text }),
  z.strictObject({ rule: z.literal('compromise-organisation') }),
  z.strictObject({ rule: z.literal('compromise-person-or-place'), says: z.enum(['person', 'place']) }),
  z.strictObject({ rule: z.literal('bracket') }),
  z.strictObject({ rule: z.literal('bracket-entry'), entity: text }),
  z.strictObject({ rule: z.literal('listed'), with: text }),
  z.strictObject({ rule: z.literal('kind-word'), word: text }),
  z.strictObject({ rule: z.literal('kind-before'), word: text }),
  z.strictObject({ rule: z.literal('after-maker') }),
  z.strictObject({ rule: z.literal('person-title'), title: text }),
  z.strictObject({ rule: z.literal('office'), title: text }),
  z.strictObject({ rule: z.literal('speaker') }),
  z.strictObject({ rule: z.literal('amount') }),
  z.strictObject({ rule: z.literal('countable') }),
  z.strictObject({ rule: z.literal('after-country') }),
]);

export const typeGuessSchema = z.strictObject({ type: z.enum([...ENTITY_TYPES, ...NON_ENTITY_CLASSES]), because: provenanceSchema });

/** A type, or the class of name that is no entity (a person, an amount…), and why. */
export type TypeGuess = z.infer<typeof typeGuessSchema>;
export type Provenance = TypeGuess['because'];
export type RuleId = Provenance['rule'];

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
    case 'bill-of': return `the bill of ${p.of}`;
    case 'suffix': return `ends in ${p.suffix}`;
    case 'acronym-phrase': return `ends in ${p.suffix}, beside its acronym`;
    case 'session': return `ends in ${p.suffix}, after a session's number`;
    case 'place-suffix': return `a place name and ${p.suffix}`;
    case 'company-word': return `followed by ${p.word}`;
    case 'legal-name': return `a company's legal name, short name ${p.name}`;
    case 'kuromoji': return `kuromoji: ${KUROMOJI_SAYS[p.says]}`;
    case 'unknown-word': return p.katakana ? 'katakana word unknown to IPADIC' : 'word unknown to IPADIC';
    case 'katakana-run': return 'a run of katakana words, no other sign of a name';
    case 'name-words': return 'proper nouns and foreign words, no other sign of a name';
    case 'other-kind': return `names a kind: ${p.word}`;
    case 'product-number': return 'letters and digits, like a product number of no known kind';
    case 'acronym': return 'all-caps acronym';
    case 'capitalised': return 'capitalised Latin name';
    case 'english-word': return 'an ordinary English word';
    case 'versioned': return 'a name with a version';
    case 'family-version': return `a version of ${p.of}`;
    case 'compromise-organisation': return 'compromise: organisation';
    case 'compromise-person-or-place': return p.says === 'person' ? "compromise: a person's name" : 'compromise: a place';
    case 'bracket': return 'named in a bracket pair';
    case 'bracket-entry': return `given in brackets with ${p.entity}`;
    case 'listed': return `listed with ${p.with}`;
    case 'kind-word': return `followed by ${p.word}`;
    case 'kind-before': return `after ${p.word}`;
    case 'after-maker': return "right after its maker's name";
    case 'person-title': return `with the title ${p.title}`;
    case 'office': return `an office: followed by ${p.title}`;
    case 'speaker': return 'a speaker with an affiliation and title';
    case 'amount': return 'starts with a number';
    case 'countable': return 'counted (各, 1つの, あたりの)';
    case 'after-country': return 'right after a country name';
  }
}

/** Whether a guess recognises something that is no name of ours (a person, a place, an amount, another kind of name), not merely a phrase with no sign of one. */
export const isRecognisedNonEntity = (guess: TypeGuess): boolean => !isEntityType(guess.type) && guess.type !== 'generic';

/** A guess from a name's own ending (局, 規則, Bureau, the words of a legal name): stronger than its shape or its neighbours. */
export const isSuffixGuess = (guess: TypeGuess | undefined): boolean => guess?.because.rule === 'suffix' || guess?.because.rule === 'acronym-phrase' || guess?.because.rule === 'session' || guess?.because.rule === 'legal-name';

/**
 * Evidence that decides a type however rarely it was seen, strongest first: the entry a bracket
 * partner names, a person's title or a number, the name's own ending, the word for its kind after
 * it or its maker before it. Other guesses (a list's mates, a country before it, the taggers, the
 * shapes) are weighed by how often they were made, and a phrase with no sign of a name counts
 * only where nothing else was seen.
 */
const DECISIVE: ReadonlyArray<readonly RuleId[]> = [
  ['bracket-entry', 'variant', 'bill-of'],
  ['person-title', 'office', 'speaker', 'amount'],
  ['suffix', 'acronym-phrase', 'session', 'legal-name', 'place-suffix', 'other-kind', 'company-word'],
  ['kind-word', 'kind-before', 'after-maker'],
];

/** How strong a guess's evidence is: 0 strongest (see DECISIVE). */
export function evidenceRank({ type, because }: TypeGuess): number {
  if (type === 'generic') return DECISIVE.length + 1;
  const rank = DECISIVE.findIndex((rules) => rules.includes(because.rule));
  return rank < 0 ? DECISIVE.length : rank;
}

/** A guess as one string, the same for equal guesses however they were built: a key of the aggregate's counts. */
export const encodeGuess = ({ type, because }: TypeGuess): string => JSON.stringify([type, Object.fromEntries(Object.entries(because).sort(([a], [b]) => (a < b ? -1 : 1)))]);

/**
 * The guess an encodeGuess key stands for, or undefined if it is none. Kept per key (frozen, as
 * callers share it): the partials' checks and the ranking of candidates ask about the same few
 * thousand keys for every candidate.
 */
export const decodeGuess = (key: string): TypeGuess | undefined => decodedGuess(key) || undefined;

const decodedGuess = memoize((key: string): Readonly<TypeGuess> | false => {
  let json: unknown;
  try {
    json = JSON.parse(key);
  } catch {
    return false;
  }
  const parsed = Array.isArray(json) && json.length === 2 ? typeGuessSchema.safeParse({ type: json[0], because: json[1] }) : undefined;
  return parsed?.success ? Object.freeze({ type: parsed.data.type, because: Object.freeze(parsed.data.because) }) : false;
});
