// Japanese laws' formal titles: nouns joined by の, 及び or 並びに before に関する法律
// (人工知能関連技術の研究開発及び活用の推進に関する法律, 特別会計に関する法律), and nouns joined by 及び or
// 並びに before 法 (外国為替及び外国貿易法). Their particles break the noun runs, so no other detector
// sees them whole. A bill's title (…に関する法律案) names the law, and so does an amending one's
// (…に関する法律の一部を改正する法律案): the title ends at 法律.
import { nameKey } from '../../../core/normalize.js';
import type { Token } from '../../tokenize/tokenize.js';
import type { Detector } from '../rule.js';
import type { Scan } from '../scan.js';
import { is, isNounish, LATIN } from '../tokenShape.js';
import { jaSignals } from './nounRuns.js';

/** Words that join two nouns of one title: 研究開発及び活用 (および in kana too), …の推進. */
const JOINERS = new Set(['の', '及び', 'および', '並びに', 'ならびに', '・']);
/** Those that join two things a law is named after (外国為替及び外国貿易法); の before 法 makes a description (日本の輸出管理法). */
const AND = new Set(['及び', 'および', '並びに', 'ならびに']);
/** Fewer content words before に関する make a description, not a title (AIに関する法律を作る). */
const MIN_TITLE_WORDS = 2;
/** The most tokens a title holds (the longest in the corpora has 42): beyond, it is a list or noise. */
const MAX_TITLE_TOKENS = 60;

export const lawTitles: Detector = {
  id: 'law-titles',
  signals: ['suffix'],
  examples: {
    ok: [
      { text: '「ゼニス技術の研究開発及び活用の推進に関する法律」が成立した。', name: 'ゼニス技術の研究開発及び活用の推進に関する法律' },
      { text: 'ただいま議題となりました特別会計に関する法律の一部を改正する法律案について', name: '特別会計に関する法律' },
      // two titles joined by 及び are two laws
      { text: '情報処理の促進に関する法律及び特別会計に関する法律の一部を改正する法律案', name: '情報処理の促進に関する法律' },
      { text: '情報処理の促進に関する法律及び特別会計に関する法律の一部を改正する法律案', name: '特別会計に関する法律' },
      { text: '『ゼニス技術の研究開発 及び 活用の推進に関する法律案』', name: 'ゼニス技術の研究開発 及び 活用の推進に関する法律' },
      { text: '日本政府はゼニス為替及びゼニス貿易法を改めた。', name: 'ゼニス為替及びゼニス貿易法' },
      { text: '日本のゼニス為替及びゼニス貿易法を改めた。', name: 'ゼニス為替及びゼニス貿易法' },
      { text: 'ZENITHおよび科学法は米国の法律だ。', name: 'ZENITHおよび科学法' },
    ],
    notOk: [
      { text: 'AIに関する法律を作るべきだ。', name: 'AIに関する法律' },
      { text: '情報処理の促進に関する法律及び特別会計に関する法律の一部を改正する法律案', name: '情報処理の促進に関する法律及び特別会計に関する法律' },
      { text: '経済施策を講ずることによる安全保障に関する法律', name: '安全保障に関する法律' },
      { text: '日本国と締約国との間の協定の実施に関する法律案', name: '間の協定の実施に関する法律' },
      // two laws: 内閣法 is the noun runs'
      { text: '特別措置法及び内閣法の改正', name: '特別措置法及び内閣法' },
      { text: '日本の輸出管理法を改めた。', name: '日本の輸出管理法' },
      // beyond the longest title, a list or noise
      { text: `${'ゼニスの'.repeat(40)}推進に関する法律`, name: `${'ゼニスの'.repeat(40)}推進に関する法律` },
    ],
  },
  find(scan) {
    const { tokens } = scan;
    for (let end = 2; end < tokens.length; end++) {
      if (tokens[end].surface === '法律' && tokens[end - 1].surface === 'に関する') {
        const title = titleBefore(tokens, end - 1, JOINERS);
        if (title) addTitle(scan, [...title, tokens[end - 1], tokens[end]], '法律');
      } else if (tokens[end].surface === '法') {
        // Only with 及び or 並びに: a run of nouns and 法 is the noun runs' to find.
        const title = titleBefore(tokens, end, AND);
        if (title?.some((t) => AND.has(t.surface))) addTitle(scan, [...title, tokens[end]], '法');
      }
    }
  },
};

/** Particles that tie the words before them to a title's first word, so that the title begins earlier than nouns can tell (…締約国との間の協定, 経済施策を講ずることによる安全保障). */
const TIED_BEFORE = /^(?:と|との|や|による|によって|により|における|に対する|に係る|への|からの)$/;

const isSpace = (t: Token) => t.surface.trim() === '';
/** A title's word: a noun, or a Latin word whatever kuromoji tags it (CHIPS is an interjection to it). */
const isTitleWord = (t: Token) => isNounish(t) || is(t, LATIN);
/** The last words of a law's title: before 及び they end one title, and another begins. */
const LAW_ENDS = new Set(['法律', '法']);

/**
 * The title's words before `に関する` at `at`: nouns, and joining words between nouns (spaces
 * around them too: 研究開発 及び 活用), back to the first word that is neither (a verb, a particle,
 * a bracket). 及び after another title's 法律 ends it (…法律及び…: two laws). Undefined where the
 * words are too few, or a particle ties them to words before (TIED_BEFORE).
 */
function titleBefore(tokens: Token[], at: number, joiners: ReadonlySet<string>): Token[] | undefined {
  let first = at;
  for (let i = at - 1; i >= 0; i--) {
    if (at - i > MAX_TITLE_TOKENS) return undefined;
    const t = tokens[i];
    if (isTitleWord(t)) {
      first = i;
      continue;
    }
    // A joining word (or a space beside one) with a noun before it, not another title's 法律.
    let before = i - 1;
    while (before >= 0 && isSpace(tokens[before])) before--;
    const joins = joiners.has(t.surface) || (isSpace(t) && (joiners.has(tokens[before]?.surface) || joiners.has(tokens[i + 1]?.surface)));
    if (!joins || before < 0 || !(isTitleWord(tokens[before]) || joiners.has(tokens[before].surface)) || LAW_ENDS.has(tokens[before].surface)) break;
  }
  const words = tokens.slice(first, at);
  const before = tokens[first - 1];
  // A joining word left before the first noun joins it to something no noun (締約国と|の|間), but
  // for 及び after another title (…法律及び特別会計に関する法律).
  const joinedToMore = before && joiners.has(before.surface) && !LAW_ENDS.has(tokens[first - 2]?.surface);
  if (words.filter(isTitleWord).length < MIN_TITLE_WORDS || (before && TIED_BEFORE.test(before.surface)) || joinedToMore) return undefined;
  return words;
}

function addTitle(scan: Scan, words: Token[], suffix: string): void {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  if (scan.isCovered(start, end)) return;
  const nouns = words.filter(isTitleWord);
  const signals = jaSignals(nouns);
  signals.add('suffix');
  scan.add(start, end, nouns.map((t) => nameKey(t.surface)), signals, { type: 'regulation', because: { rule: 'suffix', suffix } });
}
