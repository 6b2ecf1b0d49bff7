// Discovery stage: in one document, the spans that look like entities but match no dictionary
// entry (candidates for new entries). Rules of two shapes (rule.ts), in the spirit of spaCy's
// span_ruler (match, then annotate):
//   - detectors (detectors/) find spans, each by one kind of signal: kuromoji's noun runs, Latin
//     names, bracket pairs; each span gets the type its own words suggest (typing/order.ts);
//   - then the words around each span may overrule that type (CONTEXT_PASSES).
// Text covered by a dictionary mention is never part of a candidate, but for a known body's name
// before a new agency's (parentBodies.ts), which the candidate claims.
import type { EntityType } from '../../core/entity.js';
import { webAddressSpans } from '../../core/webAddress.js';
import type { Mention } from '../match/match.js';
import type { Token } from '../tokenize/tokenize.js';
import { bracketPairs } from './detectors/bracketPairs.js';
import { latinNames } from './detectors/latinNames.js';
import { lawTitles } from './detectors/lawTitles.js';
import { nounRunNames } from './detectors/nounRuns.js';
import type { Candidacy, Discovered } from './occurrence.js';
import { claimParentBodies } from './parentBodies.js';
import { isSuffixGuess } from './provenance.js';
import { firstGuess, type Detector } from './rule.js';
import { Scan } from './scan.js';
import { mentionIndex } from './typing/input.js';
import { CONTEXT_PASSES } from './typing/order.js';
import { Vocabulary, type DiscoveryContext } from './vocabulary.js';

export type { Candidacy, Discovered, Occurrence, Signal } from './occurrence.js';
export type { Provenance, TypeGuess } from './provenance.js';
export type { DiscoveryContext } from './vocabulary.js';

/** The detectors, in the order they run: bracket pairs link the names the others found. */
export const DETECTORS: readonly Detector[] = [nounRunNames, latinNames, lawTitles, bracketPairs];

export class Discoverer {
  private readonly vocabulary: Vocabulary;
  private readonly productTypeOf: (makerId: string) => EntityType | undefined;
  private readonly titles: readonly string[];

  constructor(context: DiscoveryContext) {
    this.vocabulary = new Vocabulary(context);
    this.productTypeOf = context.productTypeOf ?? (() => undefined);
    this.titles = context.rules.titles.map(({ name }) => name);
  }

  /** The candidates of one normalized text, given its tokens, the dictionary's mentions in it and its web addresses. */
  discover(text: string, tokens: Token[], mentions: Mention[], addresses = webAddressSpans(text)): Discovered {
    const scan = new Scan(text, tokens, mentions, this.vocabulary, addresses);
    for (const detector of DETECTORS) detector.find(scan);
    const around = mentionIndex(mentions);
    const typedBySuffix = [...scan.found.values()].filter((o) => isSuffixGuess(o.guess));
    const suffixTyped = { endingAt: new Map(typedBySuffix.map((o) => [o.end, o])), startingAt: new Map(typedBySuffix.map((o) => [o.start, o])) };
    for (const occurrence of scan.found.values()) {
      // A known entry's form is that entry's, whatever the words around it (910C after Ascend 910C).
      if (occurrence.aliasOf) continue;
      for (const pass of CONTEXT_PASSES) {
        const typed = firstGuess(pass, { occurrence, text, mentions: around, productTypeOf: this.productTypeOf, titles: this.titles, suffixTyped, vocabulary: this.vocabulary });
        if (!typed) continue;
        if (typed.signal) occurrence.signals.add(typed.signal);
        occurrence.guess = typed.guess;
      }
    }
    const claimed = claimParentBodies(scan);
    const occurrences = [...scan.found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    // Sorted by start, longest first: an occurrence is inside a longer one when an earlier one
    // reaches as far. Only a longer name counts: a phrase with no sign of one (AIチップ大手Cambricon)
    // leaves the name in it on its own; a name with a version (Llama 3.3) is a name.
    let reach = -1;
    for (const o of occurrences) {
      if (reach >= o.end) o.independent = false;
      if (o.guess && (o.guess.type !== 'generic' || o.guess.because.rule === 'versioned')) reach = Math.max(reach, o.end);
    }
    return { occurrences: occurrences.filter((o): o is Candidacy => !!o.guess), adjacency: scan.adjacency, claimed };
  }
}
