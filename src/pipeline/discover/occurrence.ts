// What discovery finds in one text: candidate occurrences, the signals that found them and the
// type guessed for them.
import type { Entity } from '../../core/entity.js';
import type { Mention } from '../match/match.js';
import type { TypeGuess } from './provenance.js';

export type Signal =
  | 'noun-run'
  | 'proper-noun'
  | 'unknown-word'
  | 'katakana'
  | 'suffix'
  | 'capitalized'
  | 'acronym'
  | 'product-number'
  | 'organization'
  | 'listed'
  | 'pair'
  | 'after-country'
  | 'common-words'
  | 'person-title'
  | 'mixed-script'
  | 'kind-word'
  | 'variant'
  | 'after-maker'
  | 'countable';

/** One candidate occurrence, in offsets of the normalized text. */
export interface Occurrence {
  start: number;
  end: number;
  /** The name key (see nameKey) that groups occurrences of one candidate. */
  key: string;
  /** Keys of its simple nouns or words, for the termhood score. */
  parts: string[];
  signals: Set<Signal>;
  guess?: TypeGuess;
  /** The other side of a bracket pair, as written (normalized). */
  partner?: string;
  /** The entry the partner names: this candidate would be a new alias of it. */
  aliasOf?: Entity;
  /** Not inside a longer candidate that looks like a name: one typed other than generic (an entity, a person, an amount…), or a name with a version. */
  independent: boolean;
}

/** An occurrence that looks like a name, so its type could be guessed. */
export type Candidacy = Occurrence & { guess: TypeGuess };

export interface Discovered {
  occurrences: Candidacy[];
  /** For each simple noun or word: how often another stood right before it, and right after it. */
  adjacency: Map<string, [left: number, right: number]>;
  /** Mentions that are part of a candidate's name, and count for it only (衆議院 in 衆議院予算委員会). */
  claimed: ReadonlySet<Mention>;
}
