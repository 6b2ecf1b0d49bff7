// Counting rules 1 and 2 for names the dictionary lacks: a government body or a country it knows,
// right before a new agency's or rule's name, is part of that name: 衆議院予算委員会 is one new
// agency (the committee), not 衆議院 and 予算委員会; 日米経済政策協議委員会 one, not Japan, the United
// States and a committee (as 米商務省 is the department only). A body or company named in a law's
// or list's name is part of it too: 商務省輸出監察規則, 国会法, NTT法, 商務省管理リスト. Discovery
// claims those mentions, which then count for the longer name only.
import { nameKey } from '../../core/normalize.js';
import { hasJapanese } from '../../core/script.js';
import type { Mention } from '../match/match.js';
import { tokenIndexAt, type Token } from '../tokenize/tokenize.js';
import { isSuffixGuess } from './provenance.js';
import type { Scan } from './scan.js';
import { isNounish, isWordChar } from './tokenShape.js';

/** The last word of a law named after a name (法 right after it), or of a list or rules (words between). */
const isLawOrList = (word: string, wordsBefore: number) => (wordsBefore === 0 ? word === '法' || word === '法案' : word === 'リスト' || word === '規則');

/** A noun, or a suffix (法 in 国会|法 is one). */
const isNounOrSuffix = (t: Token) => isWordChar(t.surface[0]) && (isNounish(t) || (t.pos === '名詞' && t.posDetail === '接尾'));

/** The most words between a known name and the suffix of a rule's name (商務省|管理|リスト). */
const MAX_WORDS_BEFORE_SUFFIX = 3;

/**
 * Claims the mentions that are part of a longer new name (see above), adding those names as
 * candidates, and returns the mentions so claimed. Only where the longer name will stand in the
 * glossary: a suffix beside a new name, or two words or more.
 */
export function claimParentBodies(scan: Scan): Set<Mention> {
  const claimed = new Set<Mention>();
  claimBodiesBeforeNames(scan, claimed);
  claimNamesInRules(scan, claimed);
  return claimed;
}

/**
 * A new agency typed by its suffix right after mentions of bodies or countries (one after
 * another), or a new rule right after a body's. A country before a rule is the country's mention
 * (米国輸出管理規則 is the United States and the EAR, as 米国の輸出管理規則).
 */
function claimBodiesBeforeNames(scan: Scan, claimed: Set<Mention>): void {
  const endingAt = new Map(scan.mentions.filter((m) => m.entity.type === 'agency' || m.entity.type === 'country').map((m) => [m.end, m]));
  for (const o of [...scan.found.values()]) {
    const type = o.guess?.type;
    if ((type !== 'agency' && type !== 'regulation') || !isSuffixGuess(o.guess) || (o.signals.has('common-words') && o.parts.length < 2)) continue;
    const before: Mention[] = [];
    // Minutes and letterheads put a space between a body and its part: 参議院 内閣委員会 (not
    // between a country and a body: 米国 輸出監察委員会 may be two names).
    const endingBefore = (at: number) => {
      const spaced = scan.text[at - 1] === ' ' ? endingAt.get(at - 1) : undefined;
      return endingAt.get(at) ?? (spaced?.entity.type === 'agency' ? spaced : undefined);
    };
    for (let m = endingBefore(o.start); m && (type === 'agency' || m.entity.type === 'agency'); m = endingBefore(m.start)) before.unshift(m);
    if (!before.length) continue;
    const names = before.map((m) => nameKey(scan.text.slice(m.start, m.end)));
    if (scan.add(before[0].start, o.end, [...names, ...o.parts], o.signals, o.guess)) for (const m of before) claimed.add(m);
  }
}

/**
 * A law named after the body or company it is about: the name and 法 (国会法, 内閣法, NTT法), or a
 * list or rules with words between (商務省管理リスト). Not a country's (米国法, 中国法) nor a body's
 * in Latin letters (EU法, WTO法): a body of law, no name; and no other rule word (ファーウェイ規制,
 * TSMC計画, 商務省規則 are phrases about the name).
 */
function claimNamesInRules(scan: Scan, claimed: Set<Mention>): void {
  const { tokens, text } = scan;
  for (const m of scan.mentions) {
    if ((m.entity.type !== 'agency' && m.entity.type !== 'company') || claimed.has(m)) continue;
    const first = tokenIndexAt(tokens, m.end);
    if (first < 0) continue;
    const words: Token[] = [];
    for (let i = first; i < tokens.length && words.length < MAX_WORDS_BEFORE_SUFFIX && isNounOrSuffix(tokens[i]) && !scan.isCovered(tokens[i].start, tokens[i].end); i++) words.push(tokens[i]);
    // The rule's name ends at its suffix, and the suffix ends the noun: 国会法の, not 国会法人; an
    // article's number may follow (国会法第七十四条).
    let last = words.length - 1;
    while (last >= 0 && !isLawOrList(words[last].surface, last)) last--;
    const after = tokens[first + last + 1];
    if (last < 0 || (after && isNounOrSuffix(after) && after.surface !== '第')) continue;
    if (m.entity.type === 'agency' && !hasJapanese(text.slice(m.start, m.end))) continue;
    const end = words[last].end;
    // One part: the known name is no stop word here (国会 is one alone, not in 国会法).
    const parts = [nameKey(text.slice(m.start, end))];
    const suffix = words[last].surface;
    if (scan.add(m.start, end, parts, ['noun-run', 'suffix'], { type: 'regulation', because: { rule: 'suffix', suffix } })) claimed.add(m);
  }
}
