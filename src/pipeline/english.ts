// English words inside Japanese text go through compromise, so that inflection does not hide a
// name: in `H100s`, `GPUs` or `Commerce's` a name may end where the word's root ends. The
// matcher asks only about the few words where a name runs into more letters, and answers are
// cached, so compromise costs next to nothing beside the tokenizer. It is loaded on first use
// (its import alone takes a fifth of a second). Its `two` build: the same lexicon, tagger and
// roots as the full one, without the views (people(), topics()…) that nothing here calls and
// without chunking into noun and verb phrases, a tenth of every parse, which sets no tag.
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';
import { memoize } from '../core/memo.js';
import { isLatinWordChar } from '../core/script.js';

/** No English word or organisation name is longer; compromise would take its time over a longer one. */
const MAX_NAME_LENGTH = 120;

let nlp: typeof nlpType | undefined;

/** Length of the root of an English word when it is a proper prefix of the word (`H100s` → 4), else 0. */
export const rootLength = memoize((word: string): number => {
  if (word.length > MAX_NAME_LENGTH) return 0;
  const doc = loadNlp()(word);
  doc.compute('root');
  const term = (doc.json() as Array<{ terms: Array<{ root?: string; normal?: string }> }>)[0]?.terms[0];
  const root = term?.root ?? term?.normal ?? '';
  return root && root.length < word.length && word.toLowerCase().startsWith(root) ? root.length : 0;
});

/** Whether the English word around `offset` has its root end exactly at `offset`. */
export function isEnglishRootEnd(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && isLatinWordChar(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && isLatinWordChar(text[end])) end++;
  const length = rootLength(text.slice(start, end));
  return length > 0 && start + length === offset;
}

const loadNlp = () => (nlp ??= createRequire(import.meta.url)('compromise/two') as typeof nlpType);

/** Loads compromise and lets it set itself up (a fifth of a second), e.g. while kuromoji loads. */
export function warmUpEnglish(): void {
  rootLength('GPUs');
}

/** What compromise tags function words as, and the adjectives and demonyms that are not names either. */
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Copula', 'Modal'];
const NOT_A_NAME_TAGS = [...FUNCTION_TAGS, 'Adjective', 'Demonym'];

/** The kinds of name compromise knows a phrase as. */
export interface NameKinds {
  organization: boolean;
  person: boolean;
  place: boolean;
}

/** Everything asked of compromise about a phrase. */
interface PhraseTags {
  functionWord: boolean;
  notAName: boolean;
  kinds: NameKinds;
}

/**
 * One parse answers every question about a phrase, once per phrase: a word tested as a possible
 * name (National, Cerebras) is then asked about as a name, and a parse is most of the cost. The
 * questions read the words' tags (what `doc.has('#Organization')` asks, without running a match
 * five times a phrase).
 */
const tagsOf = memoize((phrase: string): PhraseTags => {
  const tags = new Set<string>();
  for (const terms of loadNlp()(phrase).docs) for (const term of terms) for (const tag of term.tags ?? []) tags.add(tag);
  const any = (names: readonly string[]) => names.some((name) => tags.has(name));
  return {
    functionWord: any(FUNCTION_TAGS),
    notAName: any(NOT_A_NAME_TAGS),
    kinds: { organization: tags.has('Organization'), person: tags.has('Person'), place: tags.has('Place') },
  };
});

/** Function words that may open an English sentence with a capital: The, However, This. */
export const isFunctionWord = (word: string): boolean => word.length <= MAX_NAME_LENGTH && tagsOf(word.toLowerCase()).functionWord;

/** A capitalised word that is not a name: an adjective or demonym (National, Japanese), a function word, a contraction (I've). */
export const isNotAName = (word: string): boolean => /'(?:ve|ll|re|d|m|t)$/i.test(word) || (word.length <= MAX_NAME_LENGTH && tagsOf(word).notAName);

/**
 * Names of organisations run to a few words (`Taiwan Semiconductor Manufacturing Company
 * Limited`); compromise's cost grows faster than the text, so a longer run of capitalised words
 * (a crafted `Abc Abc …` of 400 KB took 40 s and 737 MB) is not asked about.
 */
const MAX_NAME_WORDS = 12;

/** The tags of compromise's lexicon that make a word an ordinary one: nouns, verbs, units, times. */
const ORDINARY_TAGS: ReadonlySet<string> = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle', 'Verb', 'Unit', 'Currency', 'Duration', 'Month', 'WeekDay', 'Date', 'Comparative', 'Superlative', 'Expression']);

let lexicon: Record<string, string | string[]> | undefined;

/**
 * Whether compromise's lexicon lists the word, in lower case, as an ordinary word and as no name
 * of any kind (cloud, gbps; not intel: Organization, claude: MaleName). A lookup, no parse. Not
 * the exports' test (outputs/formats/synonymTerms.ts), which asks whether a name written in lower
 * case collides with any dictionary word (oracle, meta).
 */
export function isOrdinaryWordNoName(word: string): boolean {
  lexicon ??= (loadNlp().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return !!tags && (Array.isArray(tags) ? tags : [tags]).every((tag) => ORDINARY_TAGS.has(tag));
}

/** Whether compromise knows the name as an organisation (Google, Groq Inc), a person's (Jensen Huang) or a place's (Abu Dhabi). */
export const nameKinds = (name: string): NameKinds =>
  name.length <= MAX_NAME_LENGTH && name.split(' ', MAX_NAME_WORDS + 1).length <= MAX_NAME_WORDS ? tagsOf(name).kinds : { organization: false, person: false, place: false };
