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

/** Function words that may open an English sentence with a capital: The, However, This. */
export function isFunctionWord(word: string): boolean {
  return loadNlp()(word.toLowerCase()).has('(#Determiner|#Pronoun|#Preposition|#Conjunction|#Adverb|#QuestionWord|#Copula|#Modal)');
}

/** A capitalised word that is not a name: an adjective or demonym (National, Japanese), a contraction (I've). */
export function isNotAName(word: string): boolean {
  return /'(?:ve|ll|re|d|m|t)$/i.test(word) || loadNlp()(word).has('(#Adjective|#Demonym|#Determiner|#Pronoun|#Preposition|#Conjunction|#Adverb)');
}

/** English sentences inside the text: runs of ASCII long enough to be one, with a function word. */
const ENGLISH_SENTENCE = /[A-Za-z][\x20-\x7E]{24,}/g;
const HAS_FUNCTION_WORD = /\b(?:the|of|and|to|is|are|was|in|for|on|with|said|will|has|have)\b/;

/** Organisations compromise finds in the English sentences of a text, as offsets. */
export function organizationSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(ENGLISH_SENTENCE)) {
    if (!HAS_FUNCTION_WORD.test(m[0])) continue;
    const orgs = loadNlp()(m[0]).organizations().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
    for (const { offset } of orgs) {
      const found = m[0].slice(offset.start, offset.start + offset.length).replace(/[\s.,;:'"]+$/, '');
      if (found) spans.push({ start: m.index! + offset.start, end: m.index! + offset.start + found.length });
    }
  }
  return spans;
}
