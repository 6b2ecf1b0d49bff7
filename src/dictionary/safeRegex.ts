// Patterns of patterns.yml run over every document, so one that backtracks without bound (nested
// quantifiers such as `(?:[A-Z]+)+X`: 30 capitals, a minute) or whose cost grows with the square
// of the text would hang a build on a crafted file. recheck (a ReDoS checker: automata theory,
// and fuzzing where lookarounds need it) decides, and a pattern it finds vulnerable is refused
// when the dictionary is loaded, with the attack string it found. Its verdicts are kept per
// pattern for the life of the process, and the checked dictionary is cached (cache.ts).
import { createRequire } from 'node:module';

type Recheck = typeof import('recheck');
let recheck: Recheck | undefined;
const verdicts = new Map<string, string | undefined>();

/** Seconds recheck may spend on one pattern; a pattern that needs more is refused as too complex. */
const CHECK_TIMEOUT_MS = 10_000;

/** Why a pattern is not safe to run on any text, or undefined when it is. */
export function unsafePatternReason(source: string, flags: string): string | undefined {
  const key = `${flags}/${source}`;
  if (verdicts.has(key)) return verdicts.get(key);
  recheck ??= createRequire(import.meta.url)('recheck') as Recheck;
  const result = recheck.checkSync(source, flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: 0 });
  let reason: string | undefined;
  if (result.status === 'vulnerable') {
    const attack = result.attack.pattern.length <= 80 ? ` (for example on ${result.attack.pattern})` : '';
    reason = `can take time that grows ${result.complexity.type === 'exponential' ? 'exponentially' : `as a ${result.complexity.summary}`} with the text${attack}: rewrite it without nested or overlapping repetition, or bound the repetition ({0,40})`;
  } else if (result.status === 'unknown') {
    reason = `could not be shown to run in time linear in the text (${result.error.kind}): simplify it`;
  }
  verdicts.set(key, reason);
  return reason;
}
