// English words inside Japanese text go through compromise, so that inflection does not hide a
// name: in `H100s`, `GPUs` or `Commerce's` a name may end where the word's root ends. The
// matcher asks only about the few words where a name runs into more letters, and answers are
// cached, so compromise costs next to nothing beside the tokenizer. It is loaded on first use
// (its import alone takes a fifth of a second).
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

let nlp: typeof nlpType | undefined;

const LATIN_WORD_CHAR = /[A-Za-z0-9'’]/;
const rootLengths = new Map<string, number>();

/** Length of the root of an English word when it is a proper prefix of the word (`H100s` → 4), else 0. */
export function rootLength(word: string): number {
  if (word.length > MAX_NAME_LENGTH) return 0; // no English word is that long; compromise would take its time
  let length = rootLengths.get(word);
  if (length === undefined) {
    const doc = loadNlp()(word);
    doc.compute('root');
    const term = (doc.json() as Array<{ terms: Array<{ root?: string; normal?: string }> }>)[0]?.terms[0];
    const root = term?.root ?? term?.normal ?? '';
    length = root && root.length < word.length && word.toLowerCase().startsWith(root) ? root.length : 0;
    if (rootLengths.size < 65_536) rootLengths.set(word, length);
  }
  return length;
}

/** Whether the English word around `offset` has its root end exactly at `offset`. */
export function isEnglishRootEnd(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && LATIN_WORD_CHAR.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && LATIN_WORD_CHAR.test(text[end])) end++;
  const length = rootLength(text.slice(start, end));
  return length > 0 && start + length === offset;
}

const loadNlp = () => (nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType);

/** Loads compromise and lets it set itself up (a fifth of a second), e.g. while kuromoji loads. */
export function warmUpEnglish(): void {
  rootLength('GPUs');
}

/** What compromise tags function words as, and the adjectives and demonyms that are not names either. */
const FUNCTION_TAGS = '#Determiner|#Pronoun|#Preposition|#Conjunction|#Adverb|#QuestionWord|#Copula|#Modal';
const NOT_A_NAME_TAGS = `${FUNCTION_TAGS}|#Adjective|#Demonym`;
const tagAnswers = new Map<string, boolean>();

/** Whether compromise gives the word one of the tags; cached, since the same words recur. */
function hasTag(word: string, tags: string): boolean {
  if (word.length > MAX_NAME_LENGTH) return false;
  const key = `${tags}\t${word}`;
  let answer = tagAnswers.get(key);
  if (answer === undefined) {
    answer = loadNlp()(word).has(`(${tags})`);
    if (tagAnswers.size < 65_536) tagAnswers.set(key, answer);
  }
  return answer;
}

/** Function words that may open an English sentence with a capital: The, However, This. */
export const isFunctionWord = (word: string): boolean => hasTag(word.toLowerCase(), FUNCTION_TAGS);

/** A capitalised word that is not a name: an adjective or demonym (National, Japanese), a function word, a contraction (I've). */
export const isNotAName = (word: string): boolean => /'(?:ve|ll|re|d|m|t)$/i.test(word) || hasTag(word, NOT_A_NAME_TAGS);

/**
 * Names of organisations run to a few words (`Taiwan Semiconductor Manufacturing Company
 * Limited`); compromise's cost grows faster than the text, so a longer run of capitalised words
 * (a crafted `Abc Abc …` of 400 KB took 40 s and 737 MB) is not asked about.
 */
const MAX_NAME_WORDS = 12;
const MAX_NAME_LENGTH = 120;

/** Whether compromise knows the name as an organisation (Google, Groq Inc). */
export const isOrganization = (name: string): boolean =>
  name.length <= MAX_NAME_LENGTH && name.split(' ', MAX_NAME_WORDS + 1).length <= MAX_NAME_WORDS && hasTag(name, '#Organization');
