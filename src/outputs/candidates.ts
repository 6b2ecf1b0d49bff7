// Ranks the candidates for new entries. The score follows TermExtract's FLR (Nakagawa, Mori and
// Yumoto 2003): frequency times the geometric mean of the left and right neighbour counts of the
// candidate's simple nouns, so a compound whose parts combine with many words ranks high. Here the
// frequency counts every occurrence, also inside longer candidates (a name stays a name inside
// エンティティリスト掲載企業), and the FLR is weighted by how much the signals look like a name.
import type { Example } from '../aggregate/examples.js';
import { addTally, cloneTally, type CandidateCounts, type CandidateTally } from '../aggregate/candidateCounts.js';
import type { Signal } from '../pipeline/discover/discover.js';
import { decodeGuess, describeProvenance, evidenceRank, type Provenance, type TypeGuess } from '../pipeline/discover/provenance.js';
import { isEntityType, type EntityType, type NonEntityClass } from '../core/entity.js';
import { nameKey, normalizedText } from '../core/normalize.js';
import { hasJapanese, hasLatinLetter, hasNonAscii } from '../core/script.js';
import { byCountThenKey, compareText } from '../core/sort.js';

export interface Candidate {
  /** The form most often written. */
  surface: string;
  /** That form normalized (NFKC and the Japanese rules), as the dictionary would hold it. */
  normalized: string;
  /** The guessed type, or the class of name that is no entity (person, amount…). */
  type: EntityType | NonEntityClass;
  /** Why that type: the suffix, kuromoji's part of speech, the shape, or the paired entry… as text. */
  typeReason: string;
  /** The same, as data: the rule that decided and what it saw. */
  because: Provenance;
  signals: Signal[];
  score: number;
  /** The FLR termhood before the signal weight. */
  flr: number;
  mentions: number;
  /** Occurrences not inside a longer candidate. */
  independentMentions: number;
  documents: number;
  /** The translation or acronym written in brackets with it, most often. */
  partner: string | null;
  /** The entry the partner names: the candidate would be a new alias of it. */
  aliasOf: { id: string; type: EntityType; ja: string; en: string } | null;
  /** Every form written, with counts (for a pair folded into one candidate, both sides). */
  surfaces: Record<string, number>;
  examples: Example[];
  /** The id of the discovered glossary entry it already stands in (see inGlossary), or null. */
  inGlossary: string | null;
}

/** The English name the articles gave: the bracket partner or a form written in Latin letters, if any. */
export const englishFromText = (c: Pick<Candidate, 'partner' | 'surfaces'>): string =>
  [c.partner, ...Object.keys(c.surfaces)].find((f): f is string => !!f && !hasJapanese(f) && hasLatinLetter(f)) ?? '';

/** The candidates, each marked with the discovered entry among `entries` that holds one of its forms. */
export function inGlossary(candidates: Candidate[], entries: ReadonlyArray<{ id: string; source?: string; ja: string; en: string; aliases: string[] }>): Candidate[] {
  const idByName = new Map<string, string>();
  for (const e of entries) if (e.source === 'discovered') for (const name of [e.ja, e.en, ...e.aliases]) if (name) idByName.set(nameKey(name), e.id);
  return candidates.map((c) => ({ ...c, inGlossary: [c.surface, ...Object.keys(c.surfaces)].map((f) => idByName.get(nameKey(f))).find((id) => !!id) ?? null }));
}

/** Candidates scoring below this are left out unless the caller asks otherwise. */
export const DEFAULT_MIN_SCORE = 2;

/** How much each signal says "this is a name"; a candidate takes its strongest. */
const SIGNAL_WEIGHTS: Record<Signal, number> = {
  pair: 4,
  listed: 3,
  organization: 3,
  suffix: 2,
  acronym: 2,
  'product-number': 2,
  'proper-noun': 2,
  capitalized: 2,
  'after-country': 2,
  'mixed-script': 2,
  'kind-word': 2,
  variant: 4,
  'after-maker': 2,
  // Loanwords IPADIC lacks (ガバナンス) are as common as new names, and compounds of them are
  // what FLR rates highest, so these say little: they rank below anything shaped like a name.
  'unknown-word': 0.25,
  katakana: 0.25,
  'noun-run': 0.25,
  'common-words': 0.25,
  'person-title': 0,
  countable: 0,
};

/** A candidate recognised as no entity (a person, an amount…) sinks below every name. */
const NON_ENTITY_WEIGHT = 0.01;

/** A candidate with the tally it was made from (a bracket pair's two sides summed). */
export interface RankedCandidate {
  candidate: Candidate;
  tally: CandidateTally;
}

/** The candidates of an aggregate, best first, without those scoring below `minScore`. */
export const rankCandidates = (counts: CandidateCounts, minScore = DEFAULT_MIN_SCORE): Candidate[] => candidatesAbove(rankedTallies(counts), minScore);

/** Ranked candidates without those scoring below `minScore`. */
export const candidatesAbove = (ranked: RankedCandidate[], minScore = DEFAULT_MIN_SCORE): Candidate[] =>
  ranked.map(({ candidate }) => candidate).filter((c) => c.score >= minScore);

/** Every candidate, best first, with its tally: ranked once per build for the candidate files and discovery alike. */
export function rankedTallies(counts: CandidateCounts): RankedCandidate[] {
  return foldLongForms(foldPairs(counts.tallies))
    .map(({ tally, surface }) => ({ candidate: toCandidate(tally, counts, surface), tally }))
    .sort(({ candidate: a }, { candidate: b }) => b.score - a.score || b.mentions - a.mentions || compareText(a.normalized, b.normalized));
}

function toCandidate(tally: CandidateTally, counts: CandidateCounts, surface = top(tally.surfaces)!): Candidate {
  const lr = Math.pow(
    tally.parts.reduce((product, part) => {
      const [left, right] = counts.adjacency.get(part) ?? [0, 0];
      return product * (left + 1) * (right + 1);
    }, 1),
    1 / (2 * tally.parts.length),
  );
  const flr = tally.mentions * lr;
  const signals = [...tally.signals.keys()].sort() as Signal[];
  const { type, because } = isCountedThing(tally) ? COUNTED_THING : topGuess(tally.guesses);
  const weight = isEntityType(type) ? Math.max(...signals.map((s) => SIGNAL_WEIGHTS[s] ?? 1)) : NON_ENTITY_WEIGHT;
  const aliasId = top(tally.aliasOf);
  const alias = aliasId ? counts.entities.get(aliasId) : undefined;
  return {
    surface,
    normalized: normalizedText(surface),
    type,
    typeReason: describeProvenance(because),
    signals,
    score: round(flr * (alias ? SIGNAL_WEIGHTS.pair : weight)),
    flr: round(flr),
    mentions: tally.mentions,
    independentMentions: tally.independent,
    documents: tally.byDocument.size,
    partner: top(tally.partners) ?? null,
    aliasOf: alias ? { id: alias.id, type: alias.type, ja: alias.ja, en: alias.en } : null,
    surfaces: Object.fromEntries([...tally.surfaces].sort(byCountThenKey)),
    examples: tally.examples,
    // A copy: the decoded guess is shared (decodeGuess keeps one per key), a candidate is the caller's.
    because: { ...because },
    inGlossary: null,
  };
}

/**
 * Two unknown sides of a bracket pair (産業安全保障局 and BIS) are one proposed entry: the side
 * with Japanese in it (or else the longer) is the head and takes the other's counts. A third name,
 * in Latin letters, whose partner is either side joins them (輸出管理規則(Export Administration
 * Regulations、以下「EAR」)); a Japanese one may be a long form, folded later (foldLongForms).
 */
function foldPairs(tallies: Map<string, CandidateTally>): Array<{ tally: CandidateTally; surface?: string }> {
  const folded = new Map<string, { tally: CandidateTally; surface?: string }>();
  /** The head each folded side's key went to, and each head's own. */
  const headOf = new Map<string, string>();
  const absorbed = new Set<string>();
  for (const [key, tally] of [...tallies].sort(([a], [b]) => compareText(a, b))) {
    if (absorbed.has(key)) continue;
    const partner = top(tally.partners);
    const other = partner && !tally.aliasOf.size ? tallies.get(nameKey(partner)) : undefined;
    const otherPartner = other && top(other.partners);
    if (!other || other === tally || other.aliasOf.size || !otherPartner || nameKey(otherPartner) !== key || absorbed.has(other.key)) {
      folded.set(key, { tally });
      continue;
    }
    const [head, side] = isHead(tally, other) ? [tally, other] : [other, tally];
    const merged = cloneTally(head);
    addTally(merged, side);
    // The head's partner stays the other side, whatever the merged counts say.
    merged.partners = new Map([[top(head.partners)!, head.partners.get(top(head.partners)!)!]]);
    folded.delete(other.key);
    folded.set(head.key, { tally: merged, surface: top(head.surfaces) });
    absorbed.add(other.key).add(key);
    headOf.set(tally.key, head.key).set(other.key, head.key);
  }
  for (const [key, { tally }] of [...folded]) {
    const partner = top(tally.partners);
    const joins = !headOf.has(key) && !tally.aliasOf.size && !writtenNonAscii(tally) && partner !== undefined;
    const head = joins ? folded.get(headOf.get(nameKey(partner)) ?? '') : undefined;
    if (!head) continue;
    // The head's partner stays the side it was folded with.
    const partners = head.tally.partners;
    addTally(head.tally, tally);
    head.tally.partners = partners;
    folded.delete(key);
  }
  return [...folded.values()];
}

/**
 * A long form is one proposed entry with the shorter name it is written for, where the corpus
 * writes that too: a company's legal name with its short name (ファーウェイテクノロジーズ株式会社,
 * ファーウェイ), and a sub-agency written with its parent's name with the sub-agency (商務省産業安全
 * 保障局, 産業安全保障局: counting rule 2). The short name is the head and takes the long form's
 * counts and, for a legal name, the company type it gives (typing/legalName.ts). Longest first,
 * so that a chain of forms ends in the shortest. Where the short name was also seen inside other
 * candidates, the two stay apart: its counts there cannot be told by document, and the entries'
 * nested counts (outputs/discovered.ts) keep each mention once.
 */
function foldLongForms(folded: Array<{ tally: CandidateTally; surface?: string }>): Array<{ tally: CandidateTally; surface?: string }> {
  const byKey = new Map(folded.map((f) => [f.tally.key, f]));
  const longestFirst = [...folded].sort((a, b) => b.tally.key.length - a.tally.key.length || compareText(a.tally.key, b.tally.key));
  for (const { tally } of longestFirst) {
    const legalShort = legalShortName(tally);
    const short = legalShort ?? subAgencyName(tally, byKey);
    const head = short !== undefined && short !== tally.key ? byKey.get(short) : undefined;
    if (!head || head.tally.aliasOf.size || !byKey.has(tally.key)) continue;
    // Seen only inside a longer legal name (ファーウェイテクノロジーズ in …株式会社): counted there.
    if (!tally.independent && legalShort !== undefined) {
      byKey.delete(tally.key);
      continue;
    }
    if (head.tally.independent < head.tally.mentions) continue;
    const merged = cloneTally(head.tally);
    addTally(merged, tally);
    byKey.delete(tally.key);
    byKey.set(short!, { tally: merged, surface: head.surface ?? top(head.tally.surfaces) });
  }
  return [...byKey.values()];
}

/** The key of the short name a legal-name guess of the tally's gives (the most often made, then the first by key), if it has one. */
function legalShortName(tally: CandidateTally): string | undefined {
  for (const [key] of [...tally.guesses].sort(byCountThenKey)) {
    const guess = decodeGuess(key);
    if (guess?.because.rule === 'legal-name') return guess.because.name;
  }
  return undefined;
}

/** The key of the sub-agency an agency's name ends in after its parent's, both candidates typed agency (商務省|産業安全保障局). */
function subAgencyName(tally: CandidateTally, byKey: ReadonlyMap<string, { tally: CandidateTally }>): string | undefined {
  const isAgency = (key: string) => {
    const other = byKey.get(key)?.tally;
    return !!other && topGuess(other.guesses).type === 'agency';
  };
  if (topGuess(tally.guesses).type !== 'agency') return undefined;
  for (let i = 1; i < tally.parts.length; i++) {
    const sub = tally.parts.slice(i).join('');
    if (isAgency(tally.parts.slice(0, i).join('')) && isAgency(sub)) return sub;
  }
  return undefined;
}

const writtenNonAscii = (t: CandidateTally) => [...t.surfaces.keys()].some(hasNonAscii);
const isHead = (a: CandidateTally, b: CandidateTally) => (writtenNonAscii(a) !== writtenNonAscii(b) ? writtenNonAscii(a) : a.key.length >= b.key.length);

/** The most frequent key of a count map, the smallest on ties (so the result never depends on order). */
function top(counts: Map<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || byCountThenKey(entry, best) < 0) best = entry;
  return best?.[0];
}

/** Evidence of a name that the text's counting it does not undo (isConfident, outputs/discovered.ts, trusts it first). */
const NAME_EVIDENCE: readonly Signal[] = ['pair', 'suffix', 'listed', 'after-country', 'organization', 'proper-noun', 'kind-word', 'after-maker'];
const COUNTED_THING: TypeGuess = { type: 'generic', because: { rule: 'countable' } };

/**
 * Whether a candidate seen only by its shape is what the text counts (各 TensorCore, Pod あたりの):
 * twice, or most of the times it names it, makes it a thing, not a name; once may be a slip of a
 * name's context.
 */
function isCountedThing(tally: CandidateTally): boolean {
  const counted = tally.signals.get('countable') ?? 0;
  return counted > 0 && (counted >= 2 || counted * 2 > tally.mentions) && !tally.aliasOf.size && !NAME_EVIDENCE.some((s) => tally.signals.has(s));
}

/**
 * The guess from the strongest evidence (evidenceRank: a suffix seen once beats an acronym's shape
 * seen twelve times), the most frequent among equals; on ties, the first by its type and reason
 * as text (so the result never depends on order).
 */
function topGuess(guesses: Map<string, number>): TypeGuess {
  const shown = [...guesses].map(([key, count]) => ({ guess: decodeGuess(key)!, count })).map((g) => ({ ...g, rank: evidenceRank(g.guess), text: `${g.guess.type}\t${describeProvenance(g.guess.because)}` }));
  return shown.sort((a, b) => a.rank - b.rank || b.count - a.count || compareText(a.text, b.text))[0].guess;
}

const round = (x: number) => Math.round(x * 100) / 100;
