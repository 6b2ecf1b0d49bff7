// Bracket pairs: a name and its translation or acronym, 産業安全保障局(BIS), NVEU (National
// Validated End User), which give the candidate its partner, or make it a new alias of an entry.
import { nameKey } from '../../../core/normalize.js';
import { isTranscription } from '../../../core/soundKey.js';
import { hasJapanese, isAsciiAlnum, isHan, isHanText, isKanjiAndKatakana, isKatakanaText } from '../../../core/script.js';
import type { Mention } from '../../match/match.js';
import { tokenIndexAt, type Token } from '../../tokenize/tokenize.js';
import type { Occurrence } from '../occurrence.js';
import { findBrackets, isShortForm, longFormOf, type Bracket, type BracketPart } from '../pairs.js';
import { isRecognisedNonEntity, isSuffixGuess, type TypeGuess } from '../provenance.js';
import { firstGuess, type Detector } from '../rule.js';
import type { Scan } from '../scan.js';
import { SpanMap } from '../spanMap.js';
import { isClosingQuote, isNounish, isWordChar } from '../tokenShape.js';
import { otherKind } from '../typing/otherKind.js';
import { PAIR_RULES } from '../typing/order.js';
import { NAMED_IN_BRACKETS } from '../typing/partner.js';
import { speaker } from '../typing/speaker.js';
import { prefixFacts, suffixGuess } from '../typing/suffix.js';
import { jaSignals } from './nounRuns.js';
import { signalOf } from './latinNames.js';
import { MEASUREMENT, NAME_CONNECTORS } from '../vocabulary.js';
import { PRODUCT_NUMBER } from '../../match/productNumbers.js';

/** The longest Japanese name a bracket side may be. */
const MAX_JAPANESE_NAME = 30;

type Side = Occurrence | Mention;
const sideText = (text: string, side: Side) => text.slice(side.start, side.end);

export const bracketPairs: Detector = {
  id: 'bracket-pairs',
  signals: ['pair'],
  examples: {
    ok: [
      { text: 'セレブラス連合局（SCB）は、SCBの規則を改めた。', name: 'セレブラス連合局' },
      { text: '例えば、DARPA（国防高等研究計画局）が支援する。', name: '国防高等研究計画局' },
      { text: 'NVEU (National Validated End User) の資格。', name: 'National Validated End User' },
      { text: 'NTTの「Zenith」(ゼニス)が出た。', name: 'ゼニス' },
      // a Chinese name IPADIC reads in one-kanji pieces, and its reading
      { text: '中国の壁仞科技（ビレンテック）が量産した。', name: 'ビレンテック' },
      { text: 'Zenith(ゼニス、簡体字: 泽尼斯; 拼音: Zéní)が来た。', name: 'ゼニス' },
      { text: 'Zenith(ゼニス、簡体字: 泽尼斯; 拼音: Zéní)が来た。', name: '泽尼斯' },
      // a reading first, then the English name and a labelled short form
      { text: '膳仁プロセス(ぜんにプロセス、Zenni Process、略称: ZP)を始めた。', name: 'Zenni Process' },
      // IPADIC tags リスト after ・ as a person's name (Liszt); the partner's suffix and sound say otherwise
      { text: 'BISはモニター・リスト(Monitor List)を改めた。', name: 'モニター・リスト' },
      // a definition: 以下「X」という
      { text: 'ゼニス規則(Zenith Rules、以下「ZR」といいます。)を改めた。', name: 'ZR' },
      { text: '株式会社ゼニスライト（以下「ゼニスライト」という。）は来た。', name: 'ゼニスライト' },
      // a name of another kind and its acronym
      { text: 'Zenith Kubernetes Engine(ZKE)を使う。', name: 'ZKE' },
      // a known product's number after its code name
      { text: 'Ascend(ZH9x)が出た。', name: 'ZH9x' },
      // the name a part ends in after its parent's possessive
      { text: 'ゼニス監察局(the Zenith Department’s Bureau of Zen Security)が来た。', name: 'Bureau of Zen Security' },
    ],
    notOk: [
      { text: '新規則（2025年1月公表）は厳しい。', name: '2025年1月公表' },
      { text: 'セレブラス（ゼニス、設立: 2023年）が来た。', name: '設立: 2023年' },
      { text: 'AIフレームワーク（TensorFlow, PyTorch）を使う。', name: 'TensorFlow' },
      { text: '輸出許可（ライセンス）を得た。', name: '輸出許可' },
      { text: 'クリス マラコウスキー(、副社長)らと設立した。', name: '副社長' },
      { text: 'ジョン・リスト(Commerce Department)が述べた。', name: 'ジョン・リスト' },
      { text: '株式会社ゼニスライト（以下「当社」という。）は来た。', name: '当社' },
      { text: 'Zenith as a Service(ZaaS)として使う。', name: 'ZaaS' },
      { text: '計画の認定を受けた株式会社ゼニスライト（以下「認定事業者」という。）', name: '認定事業者' },
      { text: 'エヌビディア（米国の半導体設計大手）が来た。', name: '半導体設計大手' },
      // kana after a Latin name, or before a note, is the name's own other form, not a reading to skip
      { text: 'Zorro Systems(ぞろしすてむず、注3)が参入した。', name: '注3' },
      { text: 'SAKURA zennet(さくらゼンネット、Sakura Zennet Inc.)が来た。', name: 'Sakura Zennet Inc.' },
      // what a numbered product has or is made in, a size, a number beside a company's name
      { text: 'H200(FP8)が出た。', name: 'FP8' },
      { text: 'Ascend(80GB)が出た。', name: '80GB' },
      { text: 'NVIDIA(ZH9x)が出た。', name: 'ZH9x' },
    ],
  },
  find(scan) {
    const { text, mentions, found } = scan;
    const mentionAt = new SpanMap<Mention>(text.length);
    for (const m of mentions) mentionAt.set(m.start, m.end, m);
    const mentionEndingAt = new Map(mentions.map((m) => [m.end, m]));
    // The name before a bracket is the longest candidate ending there, unless it starts with a
    // generic word and has no suffix: ヒューメイン, not 会社ヒューメイン, in 新会社ヒューメイン(HUMAIN);
    // but チップ・セキュリティ法 whole.
    const endingAt = new Map<number, Occurrence[]>();
    for (const o of found.values()) endingAt.set(o.end, [...(endingAt.get(o.end) ?? []), o]);
    // A reading is the name's, no name of its own (ひろしまエーアイプロセス): nothing in it is a
    // candidate (looked up by where they end: a bracket is short, a text may hold many).
    const forgetCandidatesIn = ({ start, end }: BracketPart) => {
      for (let at = start + 1; at <= end; at++) {
        const ending = endingAt.get(at) ?? [];
        for (const o of ending) if (o.start >= start) found.delete(o.start, o.end);
        endingAt.set(at, ending.filter((o) => o.start < start));
      }
    };
    const nameEndingAt = (end: number, from = 0): Occurrence | undefined => {
      const longestFirst = (endingAt.get(end) ?? []).filter((o) => o.start >= from).sort((a, b) => a.start - b.start);
      return longestFirst.find((o) => !scan.vocabulary.stopKeys.has(o.parts[0]) || o.signals.has('suffix')) ?? longestFirst[0];
    };
    // The Latin name a part ends in after its parent's possessive (the U.S. Department of
    // Commerce's Bureau of Industry and Security), not any words a description ends in.
    const nameAfterPossessive = (part: BracketPart): Occurrence | undefined => {
      const name = nameEndingAt(part.end, part.start);
      return name && /['’]s $/.test(text.slice(part.start, name.start)) ? name : undefined;
    };
    for (const bracket of findBrackets(text)) {
      markSpeaker(scan, bracket);
      let before = bracket.open;
      while (before > 0 && text[before - 1] === ' ') before--;
      // A name in quotes before the bracket: 「tsuzumi」(ツヅミ).
      if (isClosingQuote(text[before - 1]) && before > 1) before--;
      const previous = text[before - 1];
      if (!previous || !isWordChar(previous)) continue;
      const { names, reading } = namingParts(bracket, !isAsciiAlnum(previous));
      if (reading) forgetCandidatesIn(reading);
      for (const part of names) {
        const inside = mentionAt.get(part.start, part.end) ?? found.get(part.start, part.end) ?? bracketSide(scan, part.start, part.end) ?? nameAfterPossessive(part);
        if (!inside) continue;
        // 産業安全保障局(BIS), 智譜AI(Zhipu AI), BIS(産業安全保障局): the name right before the bracket;
        // between Latin names, an acronym and its long form.
        const translated = mentionEndingAt.get(before) ?? nameEndingAt(before) ?? foreignKanjiBefore(scan, before, part.text);
        const outside = translated && (hasJapanese(sideText(text, translated)) || hasJapanese(part.text) || isOtherNumber(text, translated, part.text)) ? translated : acronymSide(scan, before, part.text);
        // Two Japanese sides are a word and its explanation (輸出許可（ライセンス）), but for a
        // foreign name in kanji and its reading in katakana (華為技術（ファーウェイ）) and a name a
        // definition gives (株式会社ゼニス（以下「ゼニス」という。）; a term it gives is none: 以下「認定」).
        const definesName = part.introduced && !('signals' in inside && inside.signals.has('common-words'));
        const twoWords = hasJapanese(sideText(text, outside ?? inside)) && hasJapanese(part.text) && !definesName;
        if (outside && (!twoWords || isForeignNameAndReading(scan, outside, inside))) link(scan, outside, inside);
      }
    }
  },
};

/**
 * A known chip's or model's number in brackets after its code name: Ironwood(TPU7x), Trillium(v6e).
 * After a name with a number of its own, a bracket's letters and digits say what it has or is
 * made in (H100(FP8), B200(N4P)); nor is a size a number (80GB).
 */
const isOtherNumber = (text: string, side: Side, inside: string) =>
  'entity' in side && (side.entity.type === 'chip' || side.entity.type === 'model') && !/\d/.test(sideText(text, side)) && PRODUCT_NUMBER.test(inside) && !MEASUREMENT.test(inside);

/**
 * Whether one side is kanji that IPADIC can only read in pieces of one character (a Chinese
 * name: 華|為|技術, 百|度, 寒|武紀|科技; not 軍民|両用 or 黒鉛) and the other its reading in katakana.
 */
function isForeignNameAndReading(scan: Scan, a: Side, b: Side): boolean {
  const [kanji, reading] = isHanText(sideText(scan.text, a)) ? [a, b] : [b, a];
  if (!isKanjiAndKatakana(sideText(scan.text, kanji), sideText(scan.text, reading))) return false;
  const first = tokenIndexAt(scan.tokens, kanji.start);
  for (let i = first; i >= 0 && i < scan.tokens.length && scan.tokens[i].end <= kanji.end; i++) if (isKanjiPiece(scan.tokens[i])) return true;
  return false;
}

/** A noun of one kanji that is no prefix or suffix (華 and 為 in 華為技術, not 副 in 副社長): a piece of a word IPADIC does not know. */
const isKanjiPiece = (t: Token) => [...t.surface].length === 1 && t.pos === '名詞' && t.posDetail !== '接尾';

/** The longest foreign name in kanji a bracket may follow. */
const MAX_KANJI_NAME = 8;

/**
 * Before a bracket that holds a katakana name, the kanji right before it that IPADIC reads in
 * pieces (華|為|技術, which no noun run holds: 為 is no content word), as a side to pair.
 */
function foreignKanjiBefore(scan: Scan, before: number, inside: string): Occurrence | undefined {
  if (!isKatakanaText(inside)) return undefined;
  let start = before;
  while (start > 0 && before - start < MAX_KANJI_NAME && isHan(scan.text[start - 1])) start--;
  const first = tokenIndexAt(scan.tokens, start);
  if (start === before || isHan(scan.text[start - 1]) || first < 0 || scan.tokens[first].start !== start || scan.isCovered(start, before)) return undefined;
  const tokens = scan.tokens.slice(first).filter((t) => t.end <= before);
  if (tokens[tokens.length - 1]?.end !== before || !tokens.some(isKanjiPiece)) return undefined;
  return scan.add(start, before, tokens.map((t) => nameKey(t.surface)), ['noun-run'], NAMED_IN_BRACKETS);
}

/** The speaker named in a bracket with their affiliation and title is a person. */
function markSpeaker(scan: Scan, bracket: Bracket): void {
  const guess = speaker.guess({ text: scan.text, bracket });
  const named = guess && scan.found.get(bracket.parts[0].start, bracket.parts[0].end);
  if (!named) return;
  named.signals.add(speaker.signal!);
  named.guess = guess;
}

/** Links two sides of a pair: an unknown side becomes the partner of the other, or an alias of its entry. */
function link(scan: Scan, a: Side, b: Side): void {
  const { text } = scan;
  // A side that does not look like a name (アリゾナ州フェニックス, a place, in TSMC(アリゾナ州フェニックス)) pairs with nothing.
  if ([[a, b], [b, a]].some(([side, other]) => isNoName(text, side, other))) return;
  // The words an acronym stands for are typed first, so that the acronym takes their type.
  const sides = isShortForm(sideText(text, a)) ? ([[b, a], [a, b]] as const) : ([[a, b], [b, a]] as const);
  for (const [self, other] of sides) {
    if ('entity' in self) continue;
    self.signals.add('pair');
    self.partner ??= sideText(text, other);
    if ('entity' in other) self.aliasOf = other.entity;
    const { guess, signal } = firstGuess(PAIR_RULES, { self, other, text, phraseSuffix: () => phraseSuffix(scan, self) })!;
    self.guess = guess;
    if (signal) self.signals.add(signal);
  }
}

/** The tokens that make up [start, end) exactly, or undefined where a token crosses either end. */
function tokensSpanning({ tokens }: Scan, start: number, end: number): Token[] | undefined {
  const first = tokenIndexAt(tokens, start);
  if (first < 0) return undefined;
  const spanning: Token[] = [];
  for (let i = first; i < tokens.length && tokens[i].end <= end; i++) spanning.push(tokens[i]);
  return spanning[spanning.length - 1]?.end === end ? spanning : undefined;
}

/** The type a suffix that also ends phrases gives a Japanese side's words, as if they held a name (see acronymNamesPhrase). */
function phraseSuffix(scan: Scan, side: Occurrence): TypeGuess | undefined {
  const tokens = hasJapanese(sideText(scan.text, side)) ? tokensSpanning(scan, side.start, side.end) : undefined;
  if (!tokens) return undefined;
  const facts = prefixFacts(scan.vocabulary, tokens);
  // As if every word before the suffix held a name: `needsName` is met by the acronym.
  const asNamed = { ...facts, newName: facts.newName.map(() => true) };
  return suffixGuess(scan.vocabulary, tokens, tokens.length, () => asNamed);
}

/**
 * Whether a side is recognised as no name of ours, so that it pairs with nothing. IPADIC's tag of
 * a person's name on a katakana word after `・` (リスト is also Liszt) is overruled by a partner
 * it transcribes that a suffix types: エンティティ・リスト(Entity List). A name of another kind
 * (Google Kubernetes Engine(GKE)) pairs, and gives its partner its kind.
 */
function isNoName(text: string, side: Side, other: Side): boolean {
  if ('entity' in side || !side.guess || !isRecognisedNonEntity(side.guess) || side.guess.because.rule === 'other-kind') return false;
  const { because } = side.guess;
  const taggedPerson = because.rule === 'kuromoji' && because.says === 'person';
  return !(taggedPerson && !('entity' in other) && isSuffixGuess(other.guess) && isTranscription(sideText(text, side), sideText(text, other)));
}

/**
 * The parts of a bracket that name what stands before it. Several names are examples
 * (AIフレームワーク(TensorFlow, PyTorch)), unless they are a long form and its acronym (Bureau of
 * Industry and Security、BIS), or the first is followed only by notes and names a label
 * introduces (DeepSeek(ディープシーク、簡体字: 深度求索; 拼音: Shēndù Qiúsuǒ), (EL、注3)). After a
 * Japanese name, kana first and then a name is the name's reading and its other name
 * (広島AIプロセス(ひろしまエーアイプロセス、Hiroshima AI Process、略称: HAIP)): the reading names nothing more.
 */
function namingParts({ parts }: Bracket, afterJapanese: boolean): { names: BracketPart[]; reading?: BracketPart } {
  if (parts.length <= 1 || isLongAndShortForm(parts.map((p) => p.text))) return { names: parts };
  const reading = afterJapanese && parts[0].kana && !parts[1].note && !parts[1].introduced ? parts[0] : undefined;
  const [first, ...rest] = reading ? parts.slice(1) : parts;
  return { names: rest.every((p) => p.introduced || p.note) ? [first, ...rest.filter((p) => p.introduced)] : [], reading };
}

function isLongAndShortForm(parts: string[]): boolean {
  if (parts.length !== 2) return false;
  const expands = (short: string, long: string) => isShortForm(short) && !!longFormOf(short, long.split(' ')) && long.endsWith(longFormOf(short, long.split(' '))!);
  return expands(parts[1], parts[0]) || expands(parts[0], parts[1]);
}

/**
 * The occurrence for a bracket side that no signal found as a whole (a Latin long form, or
 * Japanese inside the bracket), if it looks like a name.
 */
function bracketSide(scan: Scan, start: number, end: number): Occurrence | undefined {
  const { text, vocabulary } = scan;
  const surface = text.slice(start, end);
  if (/^[A-Z][A-Za-z0-9 .&'-]*$/.test(surface)) {
    const words = surface.split(' ');
    // Lower-case words other than a name's connectors make a phrase: Model as a Service, a concept.
    if (words.some((w) => /^[a-z]/.test(w) && !NAME_CONNECTORS.has(w))) return undefined;
    const guess: TypeGuess = isShortForm(surface)
      ? { type: 'company', because: { rule: 'acronym' } }
      : (otherKind.guess({ words: words.map((text) => ({ text })), vocabulary }) ?? NAMED_IN_BRACKETS);
    return scan.add(start, end, words.map(nameKey), [surface.includes(' ') ? 'capitalized' : signalOf(surface)], guess);
  }
  if (!hasJapanese(surface) || [...surface].length > MAX_JAPANESE_NAME || ![...surface].every((ch) => isWordChar(ch) || ch === '・')) return undefined;
  const inside = tokensSpanning(scan, start, end);
  if (!inside?.every((t) => isNounish(t) || t.surface === '・')) return undefined;
  const guess = suffixGuess(vocabulary, inside) ?? NAMED_IN_BRACKETS;
  // The pair signal comes with a partner (link); a bracket alone says little.
  return scan.add(start, end, inside.map((t) => nameKey(t.surface)), jaSignals(inside), guess);
}

/** Schwartz & Hearst both ways: the long form before `(NVEU)`, or the acronym before `(National Validated End User)`. */
function acronymSide(scan: Scan, before: number, inside: string): Occurrence | undefined {
  const { text } = scan;
  if (isShortForm(inside)) {
    const latin = /[A-Za-z0-9 .&'-]*$/.exec(text.slice(Math.max(0, before - 200), before))![0].trim();
    const longForm = longFormOf(inside, latin.split(' '));
    return longForm ? bracketSide(scan, before - longForm.length, before) : undefined;
  }
  // The Latin word right before the bracket, scanned backwards (a regular expression over all
  // the text before it would cost the square of the text's length over a document's brackets).
  let from = before;
  while (from > 0 && /[A-Za-z0-9.&'-]/.test(text[from - 1])) from--;
  const shortForm = text.slice(from, before);
  const expands = isShortForm(shortForm) && longFormOf(shortForm, inside.split(' ')) === inside;
  return expands ? bracketSide(scan, before - shortForm.length, before) : undefined;
}
