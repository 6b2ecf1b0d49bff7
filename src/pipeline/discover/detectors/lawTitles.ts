// Japanese laws' formal titles: nouns joined by の, 及び or 並びに before に関する法律
// (人工知能関連技術の研究開発及び活用の推進に関する法律, 特別会計に関する法律). Their particles break the
// noun runs, so no other detector sees them whole. A bill's title (…に関する法律案) names the law, and
// so does an amending one's (…に関する法律の一部を改正する法律案): the title ends at 法律.
import { nameKey } from '../../../core/normalize.js';
import type { Token } from '../../tokenize/tokenize.js';
import type { Detector } from '../rule.js';
import type { Scan } from '../scan.js';
import { isNounish } from '../tokenShape.js';
import { jaSignals } from './nounRuns.js';

/** Words that join two nouns of one title: 研究開発及び活用, …の推進. */
const JOINERS = new Set(['の', '及び', '並びに', '・']);
/** Fewer content words before に関する make a description, not a title (AIに関する法律を作る). */
const MIN_TITLE_WORDS = 2;

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
    ],
    notOk: [
      { text: 'AIに関する法律を作るべきだ。', name: 'AIに関する法律' },
      { text: '情報処理の促進に関する法律及び特別会計に関する法律の一部を改正する法律案', name: '情報処理の促進に関する法律及び特別会計に関する法律' },
      { text: '経済施策を講ずることによる安全保障に関する法律', name: '安全保障に関する法律' },
      { text: '日本国と締約国との間の協定の実施に関する法律案', name: '間の協定の実施に関する法律' },
    ],
  },
  find(scan) {
    const { tokens } = scan;
    for (let end = 2; end < tokens.length; end++) {
      if (tokens[end].surface !== '法律' || tokens[end - 1].surface !== 'に関する') continue;
      const title = titleBefore(tokens, end - 1);
      if (title) addTitle(scan, [...title, tokens[end - 1], tokens[end]]);
    }
  },
};

/** Particles that tie the words before them to a title's first word, so that the title begins earlier than nouns can tell (…締約国との間の協定, 経済施策を講ずることによる安全保障). */
const TIED_BEFORE = /^(?:と|との|や|による|によって|により|における|に対する|に係る|への|からの)$/;

const isSpace = (t: Token) => t.surface.trim() === '';

/**
 * The title's words before `に関する` at `at`: nouns, and joining words between nouns (spaces
 * around them too: 研究開発 及び 活用), back to the first word that is neither (a verb, a particle,
 * a bracket). 及び after another title's 法律 ends it (…法律及び…: two laws). Undefined where the
 * words are too few, or a particle ties them to words before (TIED_BEFORE).
 */
function titleBefore(tokens: Token[], at: number): Token[] | undefined {
  let first = at;
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i];
    if (isNounish(t)) {
      first = i;
      continue;
    }
    // A joining word (or a space beside one) with a noun before it, not another title's 法律.
    let before = i - 1;
    while (before >= 0 && isSpace(tokens[before])) before--;
    const joins = JOINERS.has(t.surface) || (isSpace(t) && (JOINERS.has(tokens[before]?.surface) || JOINERS.has(tokens[i + 1]?.surface)));
    if (!joins || before < 0 || !(isNounish(tokens[before]) || JOINERS.has(tokens[before].surface)) || tokens[before].surface === '法律') break;
  }
  const words = tokens.slice(first, at);
  const before = tokens[first - 1];
  // A joining word left before the first noun joins it to something no noun (締約国と|の|間), but
  // for 及び after another title (…法律及び特別会計に関する法律).
  const joinedToMore = before && JOINERS.has(before.surface) && tokens[first - 2]?.surface !== '法律';
  if (words.filter(isNounish).length < MIN_TITLE_WORDS || (before && TIED_BEFORE.test(before.surface)) || joinedToMore) return undefined;
  return words;
}

function addTitle(scan: Scan, words: Token[]): void {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  if (scan.isCovered(start, end)) return;
  const nouns = words.filter(isNounish);
  const signals = jaSignals(nouns);
  signals.add('suffix');
  scan.add(start, end, nouns.map((t) => nameKey(t.surface)), signals, { type: 'regulation', because: { rule: 'suffix', suffix: '法律' } });
}
