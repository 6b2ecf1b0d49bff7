// English spans inside Japanese text go through compromise, so that inflection does not hide a
// name: `H100s` and `NVIDIA's` end, for the matcher, where their root `h100`/`nvidia` ends.
import nlp from 'compromise';

/** Runs of Latin-script text (words, digits and the punctuation between them). */
const LATIN_SPAN = /[A-Za-z0-9][A-Za-z0-9'&.,\- ]*[A-Za-z0-9']/g;

interface TermJson {
  text: string;
  root?: string;
  normal?: string;
  offset: { start: number; length: number };
}

/**
 * Offsets inside English words where the word's root ends: a name that ends there is a whole
 * word even though letters follow (`H100|s`, `GPU|s`, `Commerce|'s`).
 */
export function englishRootEnds(text: string): Set<number> {
  const ends = new Set<number>();
  for (const span of text.matchAll(LATIN_SPAN)) {
    if (!/[a-z]{2}|s\b/i.test(span[0])) continue;
    const doc = nlp(span[0]);
    doc.compute('root');
    for (const sentence of doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>) {
      for (const term of sentence.terms) {
        const root = term.root ?? term.normal;
        const word = term.text.toLowerCase();
        if (root && root !== word && root.length < word.length && word.startsWith(root)) {
          ends.add(span.index! + term.offset.start + root.length);
        }
      }
    }
  }
  return ends;
}
