// One text being scanned: what the detectors read (text, tokens, mentions, what mentions cover)
// and what they write (candidate occurrences by span, neighbour counts).
import { nameKey } from '../../core/normalize.js';
import { isKatakana } from '../../core/script.js';
import type { Mention } from '../match/match.js';
import { tokenBoundaries, type Token } from '../tokenize/tokenize.js';
import type { Discovered, Occurrence, Signal } from './occurrence.js';
import type { TypeGuess } from './provenance.js';
import { SpanMap } from './spanMap.js';
import type { Vocabulary } from './vocabulary.js';

export class Scan {
  /** 1 where a dictionary mention or a web address covers the character. */
  readonly covered: Uint8Array;
  readonly found: SpanMap<Occurrence>;
  readonly adjacency: Discovered['adjacency'] = new Map();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly mentions: Mention[],
    readonly vocabulary: Vocabulary,
    addresses: Array<[number, number]>,
  ) {
    // A mention cuts candidates where it is a word of its own; a country word inside a longer
    // word (米国 in 米国防高等研究計画局) may belong to a name the dictionary lacks.
    const boundaries = tokenBoundaries(text, tokens);
    this.covered = new Uint8Array(text.length + 1);
    for (const m of mentions) if (boundaries[m.start] && boundaries[m.end]) this.covered.fill(1, m.start, m.end);
    for (const [start, end] of addresses) this.covered.fill(1, start, end);
    this.found = new SpanMap<Occurrence>(text.length);
  }

  /** Whether any character in [start, end) belongs to a mention (a loop: this runs for every token). */
  isCovered(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }

  /** The key of [start, end) if the span may be a candidate (add keeps it), else undefined. */
  candidateKey(start: number, end: number, parts: string[]): string | undefined {
    const { text } = this;
    // A katakana word is never cut: クラ is not a name in クラウド.
    if ((isKatakana(text[start]) && isKatakana(text[start - 1])) || (isKatakana(text[end - 1]) && isKatakana(text[end]))) return undefined;
    const key = nameKey(text.slice(start, end));
    return this.vocabulary.isCandidateKey(key, parts) ? key : undefined;
  }

  /** The occurrence of [start, end), made or given more signals, if the span may be a candidate. */
  add(start: number, end: number, parts: string[], signals: Iterable<Signal>, guess?: TypeGuess): Occurrence | undefined {
    const key = this.candidateKey(start, end, parts);
    return key === undefined ? undefined : this.addCandidate(key, start, end, parts, signals, guess);
  }

  /** add, for a span candidateKey has given `key` (a detector that checks first need not pay for the check twice). */
  addCandidate(key: string, start: number, end: number, parts: string[], signals: Iterable<Signal>, guess?: TypeGuess): Occurrence {
    const { vocabulary } = this;
    let occurrence = this.found.get(start, end);
    if (!occurrence) {
      this.found.set(start, end, (occurrence = { start, end, key, parts: nameWords(parts), signals: new Set(), independent: true }));
      // A known name written otherwise (エヌヴィディア), or with the words of a company's legal
      // name after it (ファーウェイテクノロジーズ), or a known law's bill, is that entry's, once per span.
      const variantOf = vocabulary.context.knownVariant?.(key) ?? vocabulary.companyInLegalName(parts);
      const billOf = variantOf ? undefined : vocabulary.lawOfBill(key);
      const entry = variantOf ?? billOf;
      if (entry) {
        occurrence.aliasOf = entry;
        occurrence.signals.add('variant');
        occurrence.guess = { type: entry.type, because: billOf ? { rule: 'bill-of', of: entry.id } : { rule: 'variant', of: entry.id } };
      }
    }
    for (const s of signals) occurrence.signals.add(s);
    if (guess && !occurrence.guess) occurrence.guess = guess;
    return occurrence;
  }

  /** Counts, for the termhood score, which simple noun or word stood next to which. */
  countAdjacent(keys: string[]): void {
    const parts = nameWords(keys);
    for (let i = 1; i < parts.length; i++) {
      this.bump(parts[i - 1], 1);
      this.bump(parts[i], 0);
    }
  }

  private bump(key: string, side: 0 | 1): void {
    let counts = this.adjacency.get(key);
    if (!counts) this.adjacency.set(key, (counts = [0, 0]));
    counts[side]++;
  }
}

/** A name's words: the keys of its tokens but for middle dots, which nameKey folds to '' (エンティティ・リスト is two words). */
const nameWords = (keys: string[]): string[] => (keys.includes('') ? keys.filter(Boolean) : keys);
