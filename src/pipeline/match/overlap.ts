// The overlap policy: from every span the rules found, the mentions kept. Swappable (the Matcher
// takes another), as spaCy's span_ruler takes a filter.
import { NOT_AN_ENTITY, type Found } from './found.js';

export type OverlapPolicy = (found: Found[]) => Found[];

/**
 * One span, one entity, the longest, then the leftmost; the words that name no entity win
 * overlaps like names and then vanish; a national body right after another country is dropped.
 */
export const longestThenLeftmost: OverlapPolicy = (found) => withoutOtherCountrysBodies(resolveOverlaps(found).filter((m) => m.known !== NOT_AN_ENTITY));

/** Longest first, then leftmost, each span taken once; in text order. */
export function resolveOverlaps(candidates: Found[]): Found[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(candidates.reduce((max, c) => Math.max(max, c.end), 0));
  const kept: Found[] = [];
  for (const c of ordered) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !taken[i];
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A national body named right after another country is that country's body, which the
 * dictionary does not know: `ロシア外務省` is Russia, not Japan's 外務省.
 */
export function withoutOtherCountrysBodies(found: Found[]): Found[] {
  return found.filter((m, i) => {
    const before = found[i - 1];
    const country = m.known.country;
    return !(country && before?.end === m.start && before.known.entity.type === 'country' && before.known.entity.id !== country);
  });
}
