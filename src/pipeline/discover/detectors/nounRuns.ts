// Japanese names from kuromoji's tokens: runs of nouns, proper nouns, words IPADIC does not know,
// katakana runs, and compounds ending in a suffix that suggests a type (局, 規則, 社).
import { nameKey } from '../../../core/normalize.js';
import type { Token } from '../../tokenize/tokenize.js';
import type { Signal } from '../occurrence.js';
import { firstGuess, type Detector } from '../rule.js';
import type { Scan } from '../scan.js';
import { is, isKatakanaToken, isNounish, isPersonOrPlace, JAPANESE, KATAKANA, LATIN, shapeBits, WORD_CHARS } from '../tokenShape.js';
import { companyWord } from '../typing/companyWord.js';
import { JAPANESE_NAME_RULES } from '../typing/order.js';
import { prefixFacts, suffixGuess, type PrefixFacts } from '../typing/suffix.js';
import { signalOf } from './latinNames.js';

export const nounRunNames: Detector = {
  id: 'noun-runs',
  signals: ['noun-run'],
  examples: {
    ok: [
      { text: 'セレブラスが新しいチップを出した。', name: 'セレブラス' },
      { text: 'セレブラス連合局職員が会った。', name: 'セレブラス連合局' },
      { text: '外国直接製品規則を適用した。', name: '外国直接製品規則' },
      { text: '本館10階セレブラス室で会った。', name: 'セレブラス室' },
    ],
    notOk: [
      { text: '本館10階セレブラス室で会った。', name: '本館10階セレブラス室' },
      { text: 'クラウドも使う。', name: 'クラ' },
      { text: '同局は新規則を出した。', name: '同局' },
      { text: 'ライバルの3dfx社を買収した。', name: 'dfx' },
    ],
  },
  find(scan) {
    for (const run of nounRuns(scan)) {
      const trimmed = scan.vocabulary.trimRun(run);
      if (!trimmed.length) continue;
      // The keys of the run's words, once for all the spans tried in it.
      const keys = trimmed.map((t) => nameKey(t.surface));
      if (trimmed.length > 1) scan.countAdjacent(keys);
      japaneseCandidates(scan, trimmed, keys);
    }
  },
};

/** For a rule that reads no signals: one empty set, not one per run. */
const NO_SIGNALS = new Set<Signal>();

/** The candidates in a run of tokens, given the keys of its words. */
function japaneseCandidates(scan: Scan, run: Token[], keys: string[]): void {
  const { vocabulary } = scan;
  const byCompanyWord = companyWord.guess({ tokens: run, signals: NO_SIGNALS, vocabulary });
  if (byCompanyWord) {
    const name = run.slice(0, -1);
    const signals = name.every(isLatinPart) ? new Set<Signal>([signalOf(name.map((t) => t.surface).join(''))]) : jaSignals(name);
    signals.add(companyWord.signal!);
    scan.add(name[0].start, name[name.length - 1].end, keys.slice(0, -1), signals, byCompanyWord);
    return;
  }
  const spans: Array<[number, number]> = [[0, run.length]];
  // Suffix compounds inside a run that does not end in one: 産業安全保障局 in 産業安全保障局長.
  let facts: PrefixFacts | undefined;
  const factsOf = () => (facts ??= prefixFacts(vocabulary, run));
  if (!suffixGuess(vocabulary, run, run.length, factsOf)) for (let k = 1; k < run.length - 1; k++) if (suffixGuess(vocabulary, run, k + 1, factsOf)) spans.push([0, k + 1]);
  // Katakana runs and proper-noun runs inside the run.
  for (const test of INNER_RUNS) {
    for (let i = 0; i < run.length; ) {
      if (!test(run[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < run.length && test(run[j])) j++;
      if (j - i < run.length) spans.push([i, j]);
      i = j;
    }
  }
  for (const [i, j] of spans) {
    const tokens = i === 0 && j === run.length ? run : run.slice(i, j);
    if (tokens.every(isLatinPart)) continue; // Latin names have their own rules
    const parts = i === 0 && j === run.length ? keys : keys.slice(i, j);
    // Most spans are stop words or known names: no signals and type rules for a span the scan would not keep.
    const key = scan.candidateKey(tokens[0].start, tokens[tokens.length - 1].end, parts);
    if (key === undefined) continue;
    const signals = jaSignals(tokens);
    // SKハイニックス, POSCOフューチャーエム: Latin letters joined to Japanese make a name's shape.
    // (Ascendチップ is a name and an ordinary word: the Japanese must be no word IPADIC knows.)
    const japanese = tokens.filter((t) => is(t, JAPANESE));
    if (japanese.length && japanese.every((t) => !t.known) && tokens.some((t) => is(t, LATIN) && !vocabulary.stopKeys.has(nameKey(t.surface)))) signals.add('mixed-script');
    const typed = firstGuess(JAPANESE_NAME_RULES, { tokens, signals, vocabulary });
    if (typed?.signal) signals.add(typed.signal);
    scan.addCandidate(key, tokens[0].start, tokens[tokens.length - 1].end, parts, signals, typed?.guess);
  }
}

/** The runs inside a run that are candidates of their own: katakana, and proper nouns that name no person or place. */
const INNER_RUNS = [isKatakanaToken, (t: Token) => t.posDetail === '固有名詞' && !isPersonOrPlace(t)];

/** A noun IPADIC says may stand as an adverb (直接, 一部, 現在). */
const isAdverbialNoun = (t: Token) => t.pos === '名詞' && t.posDetail === '副詞可能';

/** A Latin word, or the hyphen that joins two (EX-Fusion). */
const isLatinPart = (t: Token) => is(t, LATIN) || t.surface === '-';

/**
 * Maximal runs of noun tokens made of word characters, not touching any mention; a middle dot
 * between katakana words is part of the run (アドバンスト・マイクロ・デバイセズ), and a hyphen
 * between Latin words (EX-Fusion社).
 */
function* nounRuns(scan: Scan): Generator<Token[]> {
  const { tokens } = scan;
  let run: Token[] = [];
  // The shape of each token is looked up once (a run, when there is one, ends at the token before).
  let previousShape = 0;
  for (let i = 0, shape = 0; i < tokens.length; i++, previousShape = shape) {
    const t = tokens[i];
    shape = shapeBits(t);
    const free = !scan.isCovered(t.start, t.end);
    // Not run[-1] when the run is empty (most tokens): a negative index is a slow property look-up.
    const previous = run.length ? run[run.length - 1] : undefined;
    const next = tokens[i + 1];
    const joiner = free && ((t.surface === '・' && isKatakanaToken(previous) && isKatakanaToken(next) && next.pos === '名詞') || (t.surface === '-' && !!previous && (previousShape & LATIN) !== 0 && !!next && is(next, LATIN)));
    // An adverbial noun (直接, 一部) joins nouns on both sides (外国直接製品規則), but opens or ends no run.
    const inner = run.length > 0 && isAdverbialNoun(t) && !!next && isNounish(next) && !isAdverbialNoun(next);
    const usable = joiner || ((isNounish(t) || inner) && (shape & (WORD_CHARS | KATAKANA)) !== 0 && free);
    // Two Latin words are two names unless a hyphen joins them; a number and letters are one word (3dfx).
    const joined = joiner || (!!previous && (previous.surface === '-' || /^[0-9]+$/.test(previous.surface)));
    const continues = !!previous && previous.end === t.start && (joined || !(previousShape & shape & LATIN));
    if (usable && (continues || !run.length)) {
      run.push(t);
      continue;
    }
    if (run.length) {
      yield run;
      run = [];
    }
    if (usable) run.push(t);
  }
  if (run.length) yield run;
}

/** The signals of Japanese tokens that may be a name. */
export function jaSignals(tokens: Token[]): Set<Signal> {
  const signals = new Set<Signal>(['noun-run']);
  const head = tokens[tokens.length - 1];
  // kuromoji tags words it does not know as proper nouns too; only IPADIC's own tag says so.
  if (head.posDetail === '固有名詞' && head.known && !is(head, LATIN) && !isPersonOrPlace(head)) signals.add('proper-noun');
  // Words of the language, none of them a name: 行動計画, 頑健性 (a term, or a phrase, more than a name).
  if (tokens.every((t) => t.known && t.posDetail !== '固有名詞' && !is(t, LATIN))) signals.add('common-words');
  if (tokens.some((t) => !t.known && is(t, JAPANESE))) signals.add('unknown-word');
  if (tokens.every(isKatakanaToken)) signals.add('katakana');
  return signals;
}
