// Counting rules 1 and 2 for names the dictionary lacks: a government body or a country it knows,
// right before a new agency's name, is part of that name: 衆議院予算委員会 is one new agency (the
// committee), not 衆議院 and 予算委員会; 日米経済政策協議委員会 one, not Japan, the United States and a
// committee (as 米商務省 is the department only). Discovery claims those mentions, which then count
// for the longer name only.
import { nameKey } from '../../core/normalize.js';
import type { Mention } from '../match/match.js';
import { isSuffixGuess } from './provenance.js';
import type { Scan } from './scan.js';

/**
 * For each candidate typed agency by its suffix right after mentions of bodies or countries (one
 * after another), adds the candidate with their names before it, and returns the mentions so
 * claimed. Only where the longer name will stand in the glossary: a suffix beside a new name, or
 * two words or more.
 */
export function claimParentBodies(scan: Scan): Set<Mention> {
  const endingAt = new Map(scan.mentions.filter((m) => m.entity.type === 'agency' || m.entity.type === 'country').map((m) => [m.end, m]));
  const claimed = new Set<Mention>();
  for (const o of [...scan.found.values()]) {
    if (o.guess?.type !== 'agency' || !isSuffixGuess(o.guess) || (o.signals.has('common-words') && o.parts.length < 2)) continue;
    const before: Mention[] = [];
    for (let m = endingAt.get(o.start); m; m = endingAt.get(m.start)) before.unshift(m);
    if (!before.length) continue;
    const names = before.map((m) => nameKey(scan.text.slice(m.start, m.end)));
    if (scan.add(before[0].start, o.end, [...names, ...o.parts], o.signals, o.guess)) for (const m of before) claimed.add(m);
  }
  return claimed;
}
