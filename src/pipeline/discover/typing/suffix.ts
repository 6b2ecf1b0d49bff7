// A name's ending suggests its type (dict/discovery.yml's typeSuffixes): 局 → agency, 規則 →
// regulation, Bureau → agency. The strongest guess from a name alone.
import { nameKey } from '../../../core/normalize.js';
import type { Token } from '../../tokenize/tokenize.js';
import type { TypeGuess } from '../provenance.js';
import type { TypeRule } from '../rule.js';
import { is, isKatakanaToken, isNameLike, isPlace, LATIN } from '../tokenShape.js';
import type { SuffixRule, Vocabulary } from '../vocabulary.js';
import type { JapaneseName, LatinName } from './input.js';

/**
 * For each i, whether tokens[0..i) hold a new name's word, whether they are all place names, and
 * the organisation of another kind among them, if any (see otherKindOf).
 */
export interface PrefixFacts {
  newName: boolean[];
  allPlaces: boolean[];
  otherOwner: Array<TypeGuess | undefined>;
}

/** The prefix facts of a run, once per run. */
export function prefixFacts(vocabulary: Vocabulary, tokens: Token[]): PrefixFacts {
  const newName = [false];
  const allPlaces = [true];
  const otherOwner: Array<TypeGuess | undefined> = [undefined];
  tokens.forEach((t, i) => {
    otherOwner.push(otherOwner[i] ?? otherKindOf(vocabulary, t));
    // Katakana words joined by ・ transcribe a foreign name word by word (エンティティ・リスト; a
    // person's given name so joined is a person's: ジョン・リスト).
    newName.push(newName[i] || vocabulary.isNewName(t) || (isKatakanaToken(t) && t.posDetail2 !== '人名' && tokens[i + 1]?.surface === '・'));
    allPlaces.push(allPlaces[i] && isPlace(t));
  });
  return { newName, allPlaces, otherOwner };
}

/** What a suffix's rule guesses after words that hold a new name's word or not, and are all places or not; the suffix as written is made only for a guess. */
function ruleGuess(rule: SuffixRule, count: number, newName: boolean, allPlaces: boolean, written: () => string): TypeGuess | undefined {
  if (rule.needsName && !newName) return undefined;
  // Divisions of a place take one kanji (広東省); a body's longer word makes a body (ケベック議会).
  if (count && allPlaces && (rule.type !== 'agency' || [...written()].length === 1)) return { type: 'place', because: { rule: 'place-suffix', suffix: written() } };
  return { type: rule.type, because: { rule: 'suffix', suffix: written() } };
}

/** A letter or a number before a suffix numbers a part (Ⅱ部, folded to II部; 3部, A社): no name. */
const isNumberedPart = (tokens: Token[], i: number) => i === 1 && (/^(?:[A-Za-z]|\d+|X{0,3}(?:IX|IV|V?I{0,3}))$/.test(tokens[0].surface) || tokens[0].posDetail === '数');

/**
 * The type the last token(s) of tokens[0..end) suggest: `局` → agency, `社` → company (never the
 * whole name); inside one proper noun or unknown word, its last characters (東北大学). A suffix
 * that also ends phrases counts only after a name-like word, and after place names only makes a
 * place (広東省, スタンフォード大学), but for a body's word of two kanji or more (ケベック議会).
 * Most tails are no suffix, so the prefix facts (`factsOf`, the same for every `end` of a run)
 * are asked for only when one is.
 */
export function suffixGuess(vocabulary: Vocabulary, tokens: Token[], end = tokens.length, factsOf?: () => PrefixFacts): TypeGuess | undefined {
  let facts: PrefixFacts | undefined;
  factsOf ??= () => (facts ??= prefixFacts(vocabulary, tokens));
  let tail = '';
  // The longest suffix that guesses wins: 科学院 (an academy, another kind) over 院 (a body's).
  let longest: TypeGuess | undefined;
  let longestAt = 0;
  for (let i = end - 1; i > 0 && tail.length < vocabulary.longestSuffix && !isNumberedPart(tokens, i); i--) {
    tail = nameKey(tokens[i].surface) + tail;
    if (!vocabulary.suffixEndings.has(tail)) break;
    const rule = vocabulary.suffixTypes.get(tail);
    if (!rule) continue;
    // What the prefix facts say of tokens[0..i), the words before the suffix, in constant time.
    const { newName, allPlaces } = factsOf();
    const guess = ruleGuess(rule, i, newName[i], allPlaces[i], () => tokens.slice(i, end).map((t) => t.surface).join(''));
    if (guess) [longest, longestAt] = [guess, i];
  }
  // A part of another kind of organisation is of its kind; a place's division stays a place (広東省).
  if (longest) return (longest.type !== 'place' && factsOf().otherOwner[longestAt]) || longest;
  const last = tokens[end - 1];
  if (!isNameLike(last) || is(last, LATIN)) return undefined;
  const key = nameKey(last.surface);
  for (let n = Math.min(vocabulary.longestSuffix, key.length - 2); n >= 1; n--) {
    const tail = key.slice(-n);
    const rule = vocabulary.suffixTypes.get(tail);
    const guess = rule && ruleGuess(rule, 1, vocabulary.isNewName(last), isPlace(last), () => tail);
    if (guess) return guess;
  }
  return undefined;
}

/**
 * Another kind of organisation's name, whose parts are of its kind (自民党デジタル社会推進本部 is a
 * party's, not a government body, 東京大学…研究センター a university's): a Japanese word ending in a
 * suffix of type `other`, inside one proper noun or unknown word as IPADIC gives party and
 * university names.
 */
function otherKindOf(vocabulary: Vocabulary, t: Token): TypeGuess | undefined {
  if (!isNameLike(t) || is(t, LATIN)) return undefined;
  const key = nameKey(t.surface);
  for (let n = Math.min(vocabulary.longestSuffix, key.length - 1); n >= 1; n--) {
    if (vocabulary.suffixTypes.get(key.slice(-n))?.type === 'other') return { type: 'other', because: { rule: 'suffix', suffix: key.slice(-n) } };
  }
  return undefined;
}

export const japaneseSuffix: TypeRule<JapaneseName> = {
  id: 'suffix',
  signal: 'suffix',
  examples: {
    ok: [
      { text: 'セレブラス連合局が発表した。', name: 'セレブラス連合局' },
      // inside one IPADIC word
      { text: '財務省が発表した。', name: '財務省' },
      { text: '衆議院が可決した。', name: '衆議院' },
      // a suffix that also ends phrases, after a name
      { text: 'セレブラス計画が動いた。', name: 'セレブラス計画' },
      { text: 'セレブラス行動規範を定めた。', name: 'セレブラス行動規範', type: 'regulation' },
      { text: 'ケベック議会が決めた。', name: 'ケベック議会', type: 'agency' },
      // the longest suffix: an academy, not a body
      { text: 'ゼニス科学院が発表した。', name: 'ゼニス科学院', type: 'other' },
      // a part of another kind of organisation
      { text: '自民党デジタル社会推進本部が提言した。', name: '自民党デジタル社会推進本部', type: 'other' },
      // katakana words joined by ・, a foreign name transcribed word by word
      { text: 'ウォッチ・リストに載せた。', name: 'ウォッチ・リスト', type: 'regulation' },
    ],
    notOk: [
      // after an ordinary word
      { text: '行動計画が動いた。', name: '行動計画' },
      { text: '行動規範を定めた。', name: '行動規範' },
      { text: 'チェックリストに載せた。', name: 'チェックリスト' },
      // after a place name: a place
      { text: 'スタンフォード大学が発表した。', name: 'スタンフォード大学' },
      // a part's number
      { text: '白書のⅠ部を見た。', name: 'Ⅰ部' },
      { text: '第Ⅱ部において取り上げる。', name: 'Ⅱ部' },
    ],
  },
  guess: ({ tokens, vocabulary }) => suffixGuess(vocabulary, tokens),
};

/** The words that open what qualifies an English name's head. */
const QUALIFIERS = new Set(['of', 'on', 'for']);
/** The words before a list's last word. */
const LIST_JOINERS = new Set(['and', '&']);

export const latinSuffix: TypeRule<LatinName> = {
  id: 'suffix',
  signal: 'suffix',
  examples: {
    ok: [
      { text: 'Cerebras Systemsが来た。', name: 'Cerebras Systems' },
      // the head before `of`
      { text: 'Zenith Bureau of Chips and Security (ZBCS)が来た。', name: 'Zenith Bureau of Chips and Security', type: 'agency' },
      { text: 'Zenith AI Principlesを公表した。', name: 'Zenith AI Principles', type: 'regulation' },
      { text: 'Zenith AI Processを立ち上げた。', name: 'Zenith AI Process', type: 'regulation' },
    ],
    notOk: [
      { text: 'Systems Cerebrasが来た。', name: 'Systems Cerebras' },
      // the last word qualifies the head
      { text: 'Zenith Controls for Zen Goods and Technologiesが来た。', name: 'Zenith Controls for Zen Goods and Technologies' },
      // a list's last word
      { text: 'Zenith Goods and Technologiesが来た。', name: 'Zenith Goods and Technologies' },
    ],
  },
  guess: ({ words, vocabulary }) => {
    // An English name's head is its last word, or the word before what qualifies it (Bureau of
    // Industry and Security, Wassenaar Arrangement on Export Controls for … Technologies).
    const qualifier = words.findIndex((w) => QUALIFIERS.has(w.text));
    const head = qualifier > 0 ? words[qualifier - 1] : words[words.length - 1];
    // After `and`, the last word is a list's (Goods and Technologies), no head.
    if (qualifier < 0 && words.length > 1 && LIST_JOINERS.has(words[words.length - 2].text.toLowerCase())) return undefined;
    const suffix = words.length > 1 ? vocabulary.suffixTypes.get(nameKey(head.text)) : undefined;
    return suffix && { type: suffix.type, because: { rule: 'suffix', suffix: head.text } };
  },
};
