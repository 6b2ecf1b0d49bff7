// What the type rules look at: a Japanese name's tokens, a Latin name's words, or an occurrence
// with the text and mentions around it.
import type { EntityType } from '../../../core/entity.js';
import type { NameKinds } from '../../english.js';
import type { Mention } from '../../match/match.js';
import type { Token } from '../../tokenize/tokenize.js';
import type { Occurrence, Signal } from '../occurrence.js';
import { isSuffixGuess, type TypeGuess } from '../provenance.js';
import type { Vocabulary } from '../vocabulary.js';

/** A run of Japanese tokens that may be a name, and the signals found so far. */
export interface JapaneseName {
  tokens: Token[];
  signals: Set<Signal>;
  vocabulary: Vocabulary;
}

export interface LatinWord {
  text: string;
  start: number;
  end: number;
}

/** Latin words that may be a name. */
export interface LatinName {
  words: Array<Pick<LatinWord, 'text'>>;
  vocabulary: Vocabulary;
}

/** A Latin name typed by its shape, with what compromise says of it, for rules that may overrule that. */
export interface LatinNameTyped {
  words: Array<Pick<LatinWord, 'text'>>;
  kinds: NameKinds;
  guess: TypeGuess;
}

/** The dictionary's mentions in a text, by where they start and end. */
export interface MentionIndex {
  endingAt: Map<number, Mention>;
  startingAt: Map<number, Mention>;
  countryEndingAt: Map<number, Mention>;
  companyEndingAt: Map<number, Mention>;
}

export function mentionIndex(mentions: Mention[]): MentionIndex {
  return {
    endingAt: new Map(mentions.map((m) => [m.end, m])),
    startingAt: new Map(mentions.map((m) => [m.start, m])),
    countryEndingAt: new Map(mentions.filter((m) => m.entity.type === 'country').map((m) => [m.end, m])),
    companyEndingAt: new Map(mentions.filter((m) => m.entity.type === 'company').map((m) => [m.end, m])),
  };
}

/** An occurrence, with the text and the mentions around it. */
export interface AroundName {
  occurrence: Occurrence;
  text: string;
  mentions: MentionIndex;
  /** The type most of a company's products in the dictionary have (see DiscoveryContext). */
  productTypeOf: (makerId: string) => EntityType | undefined;
  /** Words for an office (dict/discovery.yml `titles`). */
  titles: readonly string[];
  /** The other candidates of the text that their suffix types (国民民主党), by where they start and end. */
  suffixTyped: { endingAt: Map<number, Occurrence>; startingAt: Map<number, Occurrence> };
  vocabulary: Vocabulary;
}

/** Guesses from a name's shape, or from being in a bracket pair and no more, which context may overrule. */
const SHAPE_RULES: ReadonlySet<string> = new Set(['bracket', 'acronym', 'capitalised', 'english-word', 'versioned', 'product-number', 'unknown-word']);

/** A guess from the shape of a word alone (in a bracket pair, only a shape's), which context may overrule. */
export const isWeakGuess = (o: Occurrence): boolean =>
  !!o.guess && !isSuffixGuess(o.guess) && !o.signals.has('listed') && (!o.signals.has('pair') || SHAPE_RULES.has(o.guess.because.rule));

/** A guess from the shape of a word alone, which no context has made yet (a word for its kind after it, a list). */
export const isShapeGuess = (o: Occurrence): boolean => isWeakGuess(o) && SHAPE_RULES.has(o.guess!.because.rule);
