// Counting rule 2 for names the dictionary lacks: a government body it knows, right before a new
// agency's name, is part of that name: 衆議院予算委員会 is one new agency (the committee), not 衆議院
// and 予算委員会. Discovery claims the known body's mention, which then counts for the longer name only.
import { nameKey } from '../../core/normalize.js';
import type { Mention } from '../match/match.js';
import { isSuffixGuess } from './provenance.js';
import type { Scan } from './scan.js';

/**
 * For each candidate typed agency by its suffix right after an agency's mention, adds the
 * candidate with the mention's name before it, and returns the mentions so claimed. Only where
 * the longer name will stand in the glossary: a suffix beside a new name, or two words or more.
 */
export function claimParentBodies(scan: Scan): Set<Mention> {
  const agencyEndingAt = new Map(scan.mentions.filter((m) => m.entity.type === 'agency').map((m) => [m.end, m]));
  const claimed = new Set<Mention>();
  for (const o of [...scan.found.values()]) {
    const parent = agencyEndingAt.get(o.start);
    if (!parent || o.guess?.type !== 'agency' || !isSuffixGuess(o.guess)) continue;
    if (o.signals.has('common-words') && o.parts.length < 2) continue;
    const whole = scan.add(parent.start, o.end, [nameKey(scan.text.slice(parent.start, parent.end)), ...o.parts], o.signals, o.guess);
    if (whole) claimed.add(parent);
  }
  return claimed;
}
