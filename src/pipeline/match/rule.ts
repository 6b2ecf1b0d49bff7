// The shape of a match rule (in the style of spaCy's EntityRuler): it finds spans that name
// entities, overlapping freely; the overlap policy (overlap.ts) then keeps one per span. Each rule
// carries examples that tests/pipeline/matchRules.test.ts runs with the test fixture's dictionary.
import type { Analyzed, Found } from './found.js';

/** A text, and a mention `id:surface` the rule should (ok) or should not (notOk) find in it. */
export interface MatchExample {
  text: string;
  finds: string;
}

export interface MatchRule {
  id: string;
  examples: { ok: MatchExample[]; notOk: MatchExample[] };
  /** The spans it finds in a text, given what the rules before it found. */
  find(text: Analyzed, earlier: readonly Found[]): Found[];
}
