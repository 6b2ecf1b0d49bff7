// The two shapes of a discovery rule. A detector finds spans of one kind and adds them to the
// scan; a type rule looks at one span and guesses its type, or passes. Each carries examples a
// test runs (tests/pipeline/discoverRules.test.ts): a rule without them fails it.
import type { Signal } from './occurrence.js';
import type { RuleId, TypeGuess } from './provenance.js';
import type { Scan } from './scan.js';

/** A text, and a name in it the rule should (ok) or should not (notOk) find or type. */
export interface Example {
  text: string;
  name: string;
  /** For a type rule's `ok` example, the type it gives, where that is the point (a katakana run is a generic phrase). */
  type?: TypeGuess['type'];
}

export interface Examples {
  ok: Example[];
  notOk: Example[];
}

export interface Detector {
  id: string;
  /** Every occurrence it finds carries one of these signals. */
  signals: Signal[];
  examples: Examples;
  find(scan: Scan): void;
}

export interface TypeRule<Input> {
  id: RuleId;
  /** The signal the occurrence gets when the rule guesses. */
  signal?: Signal;
  examples: Examples;
  guess(input: Input): TypeGuess | undefined;
}

/** The first guess of rules tried in order, and the signal of the rule that made it. */
export function firstGuess<Input>(rules: ReadonlyArray<TypeRule<Input>>, input: Input): { guess: TypeGuess; signal?: Signal } | undefined {
  for (const rule of rules) {
    const guess = rule.guess(input);
    if (guess) return { guess, signal: rule.signal };
  }
  return undefined;
}
