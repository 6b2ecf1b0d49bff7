// Discovery stage: in one document, the spans that look like entities but match no dictionary
// entry (candidates for new entries), from several signals:
//   - kuromoji: runs of nouns, proper nouns, words IPADIC does not know, katakana runs, and
//     compounds ending in a suffix that suggests a type (局, 規則, 社, dict/discovery.yml);
//   - Latin script: capitalised sequences, all-caps acronyms, product numbers (B300, MI355X), and
//     and the names compromise knows as organisations;
//   - brackets: a name and its translation or acronym, 産業安全保障局(BIS), NVEU (National
//     Validated End User), which give the candidate its partner, or make it a new alias of an entry.
// Text covered by a dictionary mention is never part of a candidate.
import type { DiscoveryRules } from '../../dictionary/dictionary.js';
import { isEntityType, type Entity, type EntityType, type NonEntityClass } from '../../core/entity.js';
import { isFunctionWord, isNotAName, nameKinds } from '../english.js';
import type { Mention } from '../match/match.js';
import { memoize } from '../../core/memo.js';
import { nameKey } from '../../core/normalize.js';
import { hasJapanese, isKatakana } from '../../core/script.js';
import { findBrackets, isShortForm, longFormOf, type Bracket } from './pairs.js';
import { tokenBoundaries, tokenIndexAt, type Token } from '../tokenize/tokenize.js';

export type Signal =
  | 'noun-run'
  | 'proper-noun'
  | 'unknown-word'
  | 'katakana'
  | 'suffix'
  | 'capitalized'
  | 'acronym'
  | 'product-number'
  | 'organization'
  | 'listed'
  | 'pair'
  | 'after-country'
  | 'common-words'
  | 'person-title'
  | 'mixed-script'
  | 'kind-word'
  | 'variant'
  | 'after-maker';

/** One candidate occurrence, in offsets of the normalized text. */
export interface Occurrence {
  start: number;
  end: number;
  /** The name key (see nameKey) that groups occurrences of one candidate. */
  key: string;
  /** Keys of its simple nouns or words, for the termhood score. */
  parts: string[];
  signals: Set<Signal>;
  guess?: TypeGuess;
  /** The other side of a bracket pair, as written (normalized). */
  partner?: string;
  /** The entry the partner names: this candidate would be a new alias of it. */
  aliasOf?: Entity;
  /** Not inside a longer candidate. */
  independent: boolean;
}

/** A type, or the class of name that is no entity (a person, an amount…), and why. */
export interface TypeGuess {
  type: EntityType | NonEntityClass;
  reason: string;
}

/** An occurrence that looks like a name, so its type could be guessed. */
export type Candidacy = Occurrence & { guess: TypeGuess };

export interface Discovered {
  occurrences: Candidacy[];
  /** For each simple noun or word: how often another stood right before it, and right after it. */
  adjacency: Map<string, [left: number, right: number]>;
}

/** What discovery needs to know of the dictionary: the rules, and which names it already has. */
export interface DiscoveryContext {
  rules: DiscoveryRules;
  /** The entity whose name has this key (see nameKey), if any. */
  knownKey: (key: string) => Entity | undefined;
  /** The entity a name written otherwise stands for (エヌヴィディア, 臺積電), if any (see variantKey). */
  knownVariant?: (key: string) => Entity | undefined;
  notEntities: string[];
}

/** Measurements are not names: 3nm, 80GB, 700W, 5GHz, 4K. */
const MEASUREMENT = /^\d+(?:\.\d+)?(?:nm|mm|cm|kg|gb|tb|pb|mb|kb|ghz|mhz|w|kw|mw|gw|kwh|v|bit|bits|b|k|m|x|g|tops|tflops|pflops|%)$/i;
const LATIN_WORD = /[A-Za-z0-9]+(?:[-.&'][A-Za-z0-9]+)*/g;
/** Lower-case words allowed inside a capitalised name: Bureau of Industry and Security. */
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'to', '&']);
/** Nouns that are not content words: 非自立 (こと, ため), 代名詞 (これ), 特殊. */
const NOT_CONTENT_NOUNS = new Set(['非自立', '代名詞', '特殊', '副詞可能']);
/** Proper nouns that never name an entity of ours: people, and places that are not countries. */
const isPersonOrPlace = (t: Token) => t.posDetail === '固有名詞' && (t.posDetail2 === '人名' || (t.posDetail2 === '地域' && t.posDetail3 !== '国'));
const isWordChar = (ch: string) => /[\p{L}\p{N}ー々〆]/u.test(ch);
const isLatinText = (s: string) => /^[\x20-\x7E]+$/.test(s);

/** What a token's characters are, as bits: every token of a text is tested, and surfaces recur. */
const WORD_CHARS = 1;
const KATAKANA = 2;
const LATIN = 4;
const JAPANESE = 8;
const shapeOf = memoize((surface: string): number => {
  const chars = [...surface];
  return (
    (chars.every(isWordChar) ? WORD_CHARS : 0) |
    (chars.every((ch) => isKatakana(ch) || ch === '・') ? KATAKANA : 0) |
    (isLatinText(surface) ? LATIN : 0) |
    (hasJapanese(surface) ? JAPANESE : 0)
  );
});
const is = (t: Token, shape: number) => (shapeOf(t.surface) & shape) !== 0;

/** Whether any character in [start, end) belongs to a mention (a loop: this runs for every token). */
function isCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i]) return true;
  return false;
}

export class Discoverer {
  private readonly stopKeys: Set<string>;
  private readonly stopPrefixes: Set<string>;
  /** Suffix key → the type it suggests, and whether only after a name-like word. */
  private readonly suffixTypes: Map<string, { type: EntityType | 'other'; needsName: boolean }>;
  /** Length of the longest suffix key: no longer tail of a name needs looking up. */
  private readonly longestSuffix: number;

  constructor(private readonly context: DiscoveryContext) {
    const { rules, notEntities } = context;
    this.stopKeys = new Set([...rules.stopWords.map((w) => nameKey(w.name)), ...notEntities.map(nameKey)]);
    this.stopPrefixes = new Set(rules.stopPrefixes.map((p) => p.name));
    this.suffixTypes = new Map(rules.typeSuffixes.map(({ suffix, type, needsName }) => [nameKey(suffix), { type, needsName }]));
    this.longestSuffix = Math.max(0, ...[...this.suffixTypes.keys()].map((k) => k.length));
  }

  /** The candidates of one normalized text, given its tokens and the dictionary's mentions in it. */
  discover(text: string, tokens: Token[], mentions: Mention[]): Discovered {
    // A mention cuts candidates where it is a word of its own; a country word inside a longer
    // word (米国 in 米国防高等研究計画局) may belong to a name the dictionary lacks.
    const boundaries = tokenBoundaries(text, tokens);
    const covered = new Uint8Array(text.length + 1);
    for (const m of mentions) if (boundaries[m.start] && boundaries[m.end]) covered.fill(1, m.start, m.end);
    const found = new SpanMap<Occurrence>(text.length);
    const adjacency: Discovered['adjacency'] = new Map();
    const add = (start: number, end: number, parts: string[], signals: Iterable<Signal>, guess?: TypeGuess): Occurrence | undefined => {
      const key = nameKey(text.slice(start, end));
      // A katakana word is never cut: クラ is not a name in クラウド.
      if ((isKatakana(text[start]) && isKatakana(text[start - 1])) || (isKatakana(text[end - 1]) && isKatakana(text[end]))) return undefined;
      if (!this.isCandidateKey(key, parts)) return undefined;
      let occurrence = found.get(start, end);
      if (!occurrence) {
        found.set(start, end, (occurrence = { start, end, key, parts, signals: new Set(), independent: true }));
        // A known name written otherwise (エヌヴィディア) is that entry's, once per span.
        const variantOf = this.context.knownVariant?.(key);
        if (variantOf) {
          occurrence.aliasOf = variantOf;
          occurrence.signals.add('variant');
          occurrence.guess = { type: variantOf.type, reason: `written otherwise than ${variantOf.id}` };
        }
      }
      for (const s of signals) occurrence.signals.add(s);
      if (guess && !occurrence.guess) occurrence.guess = guess;
      return occurrence;
    };
    const countAdjacent = (parts: string[]) => {
      for (let i = 1; i < parts.length; i++) {
        bump(adjacency, parts[i - 1], 1);
        bump(adjacency, parts[i], 0);
      }
    };
    for (const run of nounRuns(tokens, covered)) {
      const trimmed = this.trimRun(run);
      if (!trimmed.length) continue;
      if (trimmed.length > 1) countAdjacent(trimmed.map((t) => nameKey(t.surface)));
      this.japaneseCandidates(trimmed, add);
    }
    for (const span of latinNameSpans(text, covered)) {
      if (span.words.length > 1) countAdjacent(span.words.map((w) => nameKey(w.text)));
      this.latinCandidates(span, add);
    }
    this.pairs(text, tokens, mentions, found, add);
    this.listMates(text, mentions, found);
    this.contextClasses(text, mentions, found);
    const occurrences = [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    // Sorted by start, longest first: an occurrence is inside a longer one when an earlier one reaches as far.
    let reach = -1;
    for (const o of occurrences) {
      if (reach >= o.end) o.independent = false;
      reach = Math.max(reach, o.end);
    }
    return { occurrences: occurrences.filter((o): o is Candidacy => !!o.guess), adjacency };
  }

  /** Not a stop word, not made of stop words only, not an anaphor (同局), not a known name. */
  private isCandidateKey(key: string, parts: string[]): boolean {
    if (isOneCharacter(key) || /^[\d.,\-]+$/.test(key) || MEASUREMENT.test(key)) return false;
    if (this.stopKeys.has(key) || parts.every((p) => this.stopKeys.has(p) || this.isSuffix(p))) return false;
    const rest = key.slice(1);
    if (this.stopPrefixes.has(key[0]) && (this.stopKeys.has(rest) || this.isSuffix(rest))) return false;
    return !this.context.knownKey(key);
  }

  /**
   * A word that may be part of a name IPADIC does not know: not a stop word, and not one of the
   * organisations IPADIC lists (税関, 社会): before 当局 or 計画, those make phrases.
   */
  private isNewName(t: Token): boolean {
    return isNameLike(t) && !(t.known && t.posDetail2 === '組織') && !this.stopKeys.has(nameKey(t.surface));
  }

  private isSuffix(key: string): boolean {
    return this.suffixTypes.has(key);
  }

  /** Leading prefixes that make an anaphor or a generic word (同, 新, 各) and leading suffixes or numbers go. */
  private trimRun(run: Token[]): Token[] {
    let from = 0;
    while (from < run.length && (run[from].pos === '接頭詞' ? this.stopPrefixes.has(run[from].surface) : ['接尾', '数'].includes(run[from].posDetail))) from++;
    return from ? run.slice(from) : run;
  }

  private japaneseCandidates(run: Token[], add: Adder): void {
    // `社` after a name is not part of it: ファーウェイ社, Fusion社 name the company ファーウェイ, Fusion.
    const last = run[run.length - 1];
    if (run.length > 1 && last.surface === '社' && run.slice(0, -1).every((t) => !t.known || t.posDetail === '固有名詞' || is(t, KATAKANA | LATIN))) {
      const name = run.slice(0, -1);
      const signals = name.every((t) => is(t, LATIN)) ? new Set<Signal>([signalOf(name.map((t) => t.surface).join(''))]) : jaSignals(name);
      signals.add('suffix');
      add(name[0].start, name[name.length - 1].end, name.map((t) => nameKey(t.surface)), signals, { type: 'company', reason: 'followed by 社' });
      return;
    }
    const spans: Array<[number, number]> = [[0, run.length]];
    // Suffix compounds inside a run that does not end in one: 産業安全保障局 in 産業安全保障局長.
    const facts = this.prefixFacts(run);
    if (!this.suffixGuess(run, run.length, facts)) for (let k = 1; k < run.length - 1; k++) if (this.suffixGuess(run, k + 1, facts)) spans.push([0, k + 1]);
    // Katakana runs and proper-noun runs inside the run.
    for (const test of [isKatakanaToken, (t: Token) => t.posDetail === '固有名詞' && !isPersonOrPlace(t)]) {
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
      if (tokens.every((t) => is(t, LATIN))) continue; // Latin names have their own rules
      const signals = jaSignals(tokens);
      // SKハイニックス, POSCOフューチャーエム: Latin letters joined to Japanese make a name's shape.
      // (Ascendチップ is a name and an ordinary word: the Japanese must be no word IPADIC knows.)
      const japanese = tokens.filter((t) => is(t, JAPANESE));
      if (japanese.length && japanese.every((t) => !t.known) && tokens.some((t) => is(t, LATIN) && !this.stopKeys.has(nameKey(t.surface)))) signals.add('mixed-script');
      const bySuffix = this.suffixGuess(tokens);
      if (bySuffix) signals.add('suffix');
      const guess = bySuffix ?? guessFromTokens(tokens, signals);
      add(tokens[0].start, tokens[tokens.length - 1].end, tokens.map((t) => nameKey(t.surface)), signals, guess);
    }
  }

  /**
   * The type a name's last token(s) suggest: `局` → agency, `社` → company (never the whole name);
   * inside one proper noun or unknown word, its last characters (東北大学). A suffix that also ends
   * phrases counts only after a name-like word, and after place names only makes a place (広東省).
   */
  private suffixGuess(tokens: Token[], end = tokens.length, facts = this.prefixFacts(tokens)): TypeGuess | undefined {
    // `before` tokens are tokens[0..count): what the prefix facts say of them, in constant time.
    const guessFor = (tail: string, count: number, newName: boolean, allPlaces: boolean, written: string): TypeGuess | undefined => {
      const rule = this.suffixTypes.get(tail);
      if (!rule || (rule.needsName && !newName)) return undefined;
      if (count && allPlaces) return { type: 'place', reason: `a place name and ${written}` };
      return { type: rule.type, reason: `ends in ${written}` };
    };
    let tail = '';
    for (let i = end - 1; i > 0 && tail.length < this.longestSuffix; i--) {
      tail = nameKey(tokens[i].surface) + tail;
      const written = tokens.slice(i, end).map((t) => t.surface).join('');
      const guess = guessFor(tail, i, facts.newName[i], facts.allPlaces[i], written);
      if (guess) return guess;
    }
    const last = tokens[end - 1];
    if (!isNameLike(last) || is(last, LATIN)) return undefined;
    const key = nameKey(last.surface);
    for (let n = Math.min(this.longestSuffix, key.length - 2); n >= 1; n--) {
      const guess = guessFor(key.slice(-n), 1, this.isNewName(last), isPlace(last), key.slice(-n));
      if (guess) return guess;
    }
    return undefined;
  }

  /** For each i, whether tokens[0..i) hold a new name's word, and whether they are all place names: once per run. */
  private prefixFacts(tokens: Token[]): { newName: boolean[]; allPlaces: boolean[] } {
    const newName = [false];
    const allPlaces = [true];
    tokens.forEach((t, i) => {
      newName.push(newName[i] || this.isNewName(t));
      allPlaces.push(allPlaces[i] && isPlace(t));
    });
    return { newName, allPlaces };
  }

  private latinCandidates(span: LatinSpan, add: Adder): void {
    const { words } = span;
    const guessFor = (ws: LatinWord[]): TypeGuess => {
      const last = nameKey(ws[ws.length - 1].text);
      const kind = this.otherKindOfName(ws.map((w) => w.text));
      if (kind) return kind;
      const suffix = ws.length > 1 ? this.suffixTypes.get(last) : undefined;
      if (suffix) return { type: suffix.type, reason: `ends in ${ws[ws.length - 1].text}` };
      if (ws.length === 1 && /\d/.test(last) && /[a-z]/.test(last)) return { type: 'chip', reason: 'letters and digits, like a product number' };
      if (ws.length === 1 && isShortForm(ws[0].text) && !/[a-z]/.test(ws[0].text)) return { type: 'company', reason: 'all-caps acronym' };
      return { type: 'company', reason: 'capitalised Latin name' };
    };
    const addWords = (ws: LatinWord[], signal: Signal) => {
      // Nvidia's: the name without the possessive.
      const last = ws[ws.length - 1];
      if (/'s$/.test(last.text) && last.text.length > 2) ws = [...ws.slice(0, -1), { ...last, text: last.text.slice(0, -2), end: last.end - 2 }];
      let guess = guessFor(ws);
      const signals: Signal[] = [signal];
      const name = ws.map((w) => w.text).join(' ');
      if (guess.reason.startsWith('ends in')) signals.push('suffix');
      const kinds = nameKinds(name);
      if (kinds.organization) {
        signals.push('organization');
        if (!guess.reason.startsWith('ends in')) guess = { type: 'company', reason: 'compromise: organisation' };
      } else if (!guess.reason.startsWith('ends in')) {
        // A first and last name (one word alone may be a model: Claude), or a city.
        if (ws.length > 1 && kinds.person) guess = { type: 'person', reason: "compromise: a person's name" };
        else if (kinds.place) guess = { type: 'place', reason: 'compromise: a place' };
      }
      add(ws[0].start, ws[ws.length - 1].end, ws.map((w) => nameKey(w.text)), signals, guess);
    };
    // The whole span, unless it opens an English sentence with a function word (The, However),
    // or is one word that is not a name (Japanese, National, I've).
    let from = 0;
    while (from < words.length && span.englishContext && isFunctionWord(words[from].text)) from++;
    if (words.length - from === 1 && signalOf(words[from].text) === 'capitalized' && isNotAName(words[from].text)) return;
    if (from < words.length) addWords(words.slice(from), words.length - from > 1 ? 'capitalized' : signalOf(words[from].text));
    if (words.length - from > 1) {
      for (const w of words.slice(from)) {
        const signal = signalOf(w.text);
        if (signal !== 'capitalized') addWords([w], signal);
      }
    }
  }

  /** Bracket pairs: a name and its translation or acronym, or the reverse. */
  private pairs(text: string, tokens: Token[], mentions: Mention[], found: SpanMap<Occurrence>, add: Adder): void {
    const mentionAt = new SpanMap<Mention>(text.length);
    for (const m of mentions) mentionAt.set(m.start, m.end, m);
    const mentionEndingAt = new Map(mentions.map((m) => [m.end, m]));
    // The name before a bracket is the longest candidate ending there, unless it starts with a
    // generic word and has no suffix: ヒューメイン, not 会社ヒューメイン, in 新会社ヒューメイン(HUMAIN);
    // but チップ・セキュリティ法 whole.
    const endingAt = new Map<number, Occurrence[]>();
    for (const o of found.values()) endingAt.set(o.end, [...(endingAt.get(o.end) ?? []), o]);
    const nameEndingAt = (end: number): Occurrence | undefined => {
      const longestFirst = (endingAt.get(end) ?? []).sort((a, b) => a.start - b.start);
      return longestFirst.find((o) => !this.stopKeys.has(o.parts[0]) || o.signals.has('suffix')) ?? longestFirst[0];
    };
    for (const bracket of findBrackets(text)) {
      this.speakerAndAffiliation(text, bracket, found);
      let before = bracket.open;
      while (before > 0 && text[before - 1] === ' ') before--;
      const previous = text[before - 1];
      if (!previous || !isWordChar(previous)) continue;
      // Several names in one bracket are examples (AIフレームワーク(TensorFlow, PyTorch)), unless
      // they are a long form and its acronym (Bureau of Industry and Security、BIS).
      if (bracket.parts.length > 1 && !isLongAndShortForm(bracket.parts.map((p) => p.text))) continue;
      for (const part of bracket.parts) {
        const inside = mentionAt.get(part.start, part.end) ?? found.get(part.start, part.end) ?? this.bracketSide(text, tokens, part.start, part.end, add);
        if (!inside) continue;
        // 産業安全保障局(BIS), 智譜AI(Zhipu AI), BIS(産業安全保障局): the name right before the bracket;
        // between Latin names, an acronym and its long form.
        const translated = mentionEndingAt.get(before) ?? nameEndingAt(before);
        const outside = translated && (hasJapanese(sideText(text, translated)) || hasJapanese(part.text)) ? translated : this.acronymSide(text, tokens, before, part.text, add);
        if (outside && !(hasJapanese(sideText(text, outside)) && hasJapanese(part.text))) link(text, outside, inside);
      }
    }
  }

  /** Massachusetts Institute of Technology, University of Tokyo: another kind of name than ours. */
  private otherKindOfName(words: string[]): TypeGuess | undefined {
    const kind = words.length > 1 && words.find((w) => this.suffixTypes.get(nameKey(w))?.type === 'other');
    return kind ? { type: 'other', reason: `names a kind: ${kind}` } : undefined;
  }

  /**
   * `(ユ・フェジュン、KAIST教授)`, `(アン・スジン、サムスン電子副社長)`: a bracket naming a speaker and
   * their affiliation and title. The first part is a person, not a list mate of the organisation.
   */
  private speakerAndAffiliation(text: string, bracket: Bracket, found: SpanMap<Occurrence>): void {
    const last = bracket.parts[bracket.parts.length - 1];
    if (bracket.parts.length < 2 || !AFFILIATION_TITLE.test(text.slice(last.start, bracket.close))) return;
    const speaker = found.get(bracket.parts[0].start, bracket.parts[0].end);
    if (!speaker) return;
    speaker.signals.add('person-title');
    speaker.guess = { type: 'person', reason: 'a speaker with an affiliation and title' };
  }

  /** Schwartz & Hearst both ways: the long form before `(NVEU)`, or the acronym before `(National Validated End User)`. */
  private acronymSide(text: string, tokens: Token[], before: number, inside: string, add: Adder): Occurrence | undefined {
    if (isShortForm(inside)) {
      const latin = /[A-Za-z0-9 .&'-]*$/.exec(text.slice(Math.max(0, before - 200), before))![0].trim();
      const longForm = longFormOf(inside, latin.split(' '));
      return longForm ? this.bracketSide(text, tokens, before - longForm.length, before, add) : undefined;
    }
    // The Latin word right before the bracket, scanned backwards (a regular expression over all
    // the text before it would cost the square of the text's length over a document's brackets).
    let from = before;
    while (from > 0 && /[A-Za-z0-9.&'-]/.test(text[from - 1])) from--;
    const shortForm = text.slice(from, before);
    const expands = isShortForm(shortForm) && longFormOf(shortForm, inside.split(' ')) === inside;
    return expands ? this.bracketSide(text, tokens, before - shortForm.length, before, add) : undefined;
  }

  /**
   * The occurrence for a bracket side that no signal found as a whole (a Latin long form, or
   * Japanese inside the bracket), if it looks like a name.
   */
  private bracketSide(text: string, tokens: Token[], start: number, end: number, add: Adder): Occurrence | undefined {
    const surface = text.slice(start, end);
    if (/^[A-Z][A-Za-z0-9 .&'-]*$/.test(surface)) {
      const guess: TypeGuess = isShortForm(surface)
        ? { type: 'company', reason: 'all-caps acronym' }
        : (this.otherKindOfName(surface.split(' ')) ?? { type: 'company', reason: 'named in a bracket pair' });
      return add(start, end, surface.split(' ').map(nameKey), [surface.includes(' ') ? 'capitalized' : signalOf(surface)], guess);
    }
    if (!hasJapanese(surface) || [...surface].length > MAX_JAPANESE_NAME || ![...surface].every((ch) => isWordChar(ch) || ch === '・')) return undefined;
    const first = tokenIndexAt(tokens, start);
    if (first < 0) return undefined;
    const inside: Token[] = [];
    for (let i = first; i < tokens.length && tokens[i].end <= end; i++) inside.push(tokens[i]);
    if (inside[inside.length - 1]?.end !== end || !inside.every((t) => isNounish(t) || t.surface === '・')) return undefined;
    const guess = this.suffixGuess(inside) ?? { type: 'company' as const, reason: 'named in a bracket pair' };
    // The pair signal comes with a partner (link); a bracket alone says little.
    return add(start, end, inside.map((t) => nameKey(t.surface)), jaSignals(inside), guess);
  }

  /**
   * What the words around a candidate say: a person's title after it (鈴木氏) or before it
   * (Secretary Lutnick), a country name right before it (中国ファーウェイ: a company), a number
   * at its start (約7900億円: an amount), the kind of thing named right after it (Kimiモデル,
   * Ascendチップ), a company right before it (NVIDIA H20: its product).
   */
  private contextClasses(text: string, mentions: Mention[], found: SpanMap<Occurrence>): void {
    const countryEndingAt = new Set(mentions.filter((m) => m.entity.type === 'country').map((m) => m.end));
    const companyEndingAt = new Set(mentions.filter((m) => m.entity.type === 'company').map((m) => m.end));
    /** A guess from the shape of a word alone, which context may overrule. */
    const weak = (o: Occurrence) => !!o.guess && !o.guess.reason.startsWith('ends in') && !o.signals.has('pair') && !o.signals.has('listed');
    for (const o of found.values()) {
      const kind = KIND_AFTER.exec(text.slice(o.end, o.end + 12));
      if (kind && weak(o) && !o.signals.has('common-words')) {
        o.signals.add('kind-word');
        o.guess = { type: kind[1] ? 'model' : 'chip', reason: `followed by ${kind[0].trim()}` };
      } else if (o.signals.has('product-number') && companyEndingAt.has(o.start - 1) && text[o.start - 1] === ' ' && weak(o)) {
        o.signals.add('after-maker');
        o.guess = { type: 'chip', reason: 'a product number after its maker' };
      }
      const surface = text.slice(o.start, o.end);
      const title = PERSON_TITLE_AFTER.exec(text.slice(o.end, o.end + 6)) ?? PERSON_TITLE_BEFORE.exec(surface.split(' ')[0]);
      if (title && !o.aliasOf) {
        o.signals.add('person-title');
        o.guess = { type: 'person', reason: `with the title ${title[0].trim()}` };
      } else if (AMOUNT.test(o.key)) {
        o.guess = { type: 'amount', reason: 'starts with a number' };
      } else if (countryEndingAt.has(o.start) && !o.signals.has('common-words')) {
        o.signals.add('after-country');
        if (o.guess && !o.guess.reason.startsWith('ends in') && !o.signals.has('pair') && !o.signals.has('listed')) o.guess = { type: 'company', reason: 'right after a country name' };
      }
    }
  }

  /**
   * A candidate listed with an entity (`Tokyo ElectronやSCREEN、Advantest`, `日本、欧州、韓国`) is
   * likely of the same type; this overrides guesses from the shape of a word, not from a suffix
   * or a bracket pair.
   */
  private listMates(text: string, mentions: Mention[], found: SpanMap<Occurrence>): void {
    const mentionEndingAt = new Map(mentions.map((m) => [m.end, m]));
    const mentionStartingAt = new Map(mentions.map((m) => [m.start, m]));
    for (const o of found.values()) {
      // Only what already looks like a name: 時代 in 「…時代、米国は」 is not listed with 米国.
      if (!o.guess || o.aliasOf || o.guess.reason.startsWith('ends in') || !isEntityType(o.guess.type)) continue;
      const before = LIST_SEPARATOR_BEFORE.exec(text.slice(Math.max(0, o.start - 8), o.start));
      const after = LIST_SEPARATOR_AFTER.exec(text.slice(o.end, o.end + 8));
      const mate = (before && mentionEndingAt.get(o.start - before[0].length)) || (after && mentionStartingAt.get(o.end + after[0].length));
      if (!mate) continue;
      o.signals.add('listed');
      o.guess = { type: mate.entity.type, reason: `listed with ${text.slice(mate.start, mate.end)}` };
    }
  }
}

/**
 * Titles that follow or precede only a person's name: トランプ大統領, ラトニック長官, 鈴木氏,
 * Secretary Lutnick. (社長, CEO and the like also follow companies: エヌビディアCEO.)
 */
const PERSON_TITLE_AFTER = /^\s*(?:氏|さん|様|大統領|副大統領|首相|長官|副長官|次官|議員|上院議員|下院議員|報道官|教授|博士|大臣|知事|議長|総裁|外相|国務長官|商務長官|主席|国家主席)/;
const PERSON_TITLE_BEFORE = /^(?:Mr|Mrs|Ms|Dr|President|Secretary|Director|Senator|Representative|Rep|Minister|Commissioner|Chairman|Chairwoman|Professor|Prof)\.?$/;
/** Words for a kind of thing, right after its name: a model (group 1) or a chip. */
const KIND_AFTER = /^ ?(?:(モデル|model|チャットボット|chatbot)|チップ|GPU|プロセッサー?|アクセラレーター?|chip)/i;
/** A title at the end of an affiliation: KAIST教授, サムスン電子副社長. */
const AFFILIATION_TITLE = /(?:教授|准教授|講師|研究員|社長|副社長|会長|副会長|CEO|CTO|代表|所長|センター長|部長|局長|理事長|学長|博士)\)?$/;
/** Amounts, dates and counts: 約7900億円, 2024年12月3日, 28社. */
const AMOUNT = /^[約計]?\d/;

/** The longest Japanese name a bracket side may be. */
const MAX_JAPANESE_NAME = 30;
const LIST_SEPARATOR_BEFORE = /(?:[、,・\/]|や|と|及び|および|並びに| and | or |, )\s*$/;
const LIST_SEPARATOR_AFTER = /^\s*(?:[、,・\/]|や|と|及び|および|並びに|など|等| and | or |, )/;

function isLongAndShortForm(parts: string[]): boolean {
  if (parts.length !== 2) return false;
  const expands = (short: string, long: string) => isShortForm(short) && !!longFormOf(short, long.split(' ')) && long.endsWith(longFormOf(short, long.split(' '))!);
  return expands(parts[1], parts[0]) || expands(parts[0], parts[1]);
}

type Adder = (start: number, end: number, parts: string[], signals: Iterable<Signal>, guess?: TypeGuess) => Occurrence | undefined;

/** Values by span [start, end) of one text, keyed by a number (a string key per span costs more). */
class SpanMap<T> {
  private readonly byKey = new Map<number, T>();
  constructor(private readonly textLength: number) {}
  get(start: number, end: number): T | undefined {
    return this.byKey.get(this.keyOf(start, end));
  }
  set(start: number, end: number, value: T): void {
    this.byKey.set(this.keyOf(start, end), value);
  }
  values(): IterableIterator<T> {
    return this.byKey.values();
  }
  private keyOf(start: number, end: number): number {
    return start * (this.textLength + 1) + end;
  }
}

/** Whether a text has fewer than two characters (a surrogate pair is one). */
const isOneCharacter = (text: string) => text.length < 2 || (text.length === 2 && text.codePointAt(0)! > 0xffff);
type Side = Occurrence | Mention;

const sideText = (text: string, side: Side) => text.slice(side.start, side.end);

/** Links two sides of a pair: an unknown side becomes the partner of the other, or an alias of its entry. */
function link(text: string, a: Side, b: Side): void {
  // A side that does not look like a name (アリゾナ州フェニックス, a place, in TSMC(アリゾナ州フェニックス)) pairs with nothing.
  if ([a, b].some((side) => !('entity' in side) && side.guess && !isEntityType(side.guess.type))) return;
  for (const [self, other] of [[a, b], [b, a]] as const) {
    if ('entity' in self) continue;
    self.signals.add('pair');
    self.partner ??= sideText(text, other);
    if ('entity' in other) {
      self.aliasOf = other.entity;
      self.guess = { type: other.entity.type, reason: `given in brackets with ${other.entity.id}` };
    } else if (other.guess && (other.guess.reason.startsWith('ends in') || !isEntityType(other.guess.type)) && !self.guess?.reason.startsWith('ends in')) {
      self.guess = other.guess; // DARPA(米国防高等研究計画局) is an agency as its translation says
    } else self.guess ??= { type: 'company', reason: 'named in a bracket pair' };
  }
}

function bump(adjacency: Discovered['adjacency'], key: string, side: 0 | 1): void {
  let counts = adjacency.get(key);
  if (!counts) adjacency.set(key, (counts = [0, 0]));
  counts[side]++;
}

/** A word that may be (part of) a name: a proper noun of IPADIC's, a word it does not know, Latin. */
const isNameLike = (t: Token): boolean => (t.posDetail === '固有名詞' && t.known && !isPersonOrPlace(t)) || (!t.known && is(t, JAPANESE)) || is(t, LATIN);
/** A place name that is no country: 広東, アリゾナ. */
const isPlace = (t: Token): boolean => t.posDetail === '固有名詞' && t.posDetail2 === '地域' && t.posDetail3 !== '国';

/** A katakana word, or the middle dot between two (run[-1] may be absent). */
const isKatakanaToken = (t: Token | undefined): boolean => !!t && is(t, KATAKANA);

/** Content nouns a name can be made of, and the prefixes before them. */
const isNounish = (t: Token) => (t.pos === '名詞' && !NOT_CONTENT_NOUNS.has(t.posDetail)) || t.pos === '接頭詞';

/**
 * Maximal runs of noun tokens made of word characters, not touching any mention; a middle dot
 * between katakana words is part of the run (アドバンスト・マイクロ・デバイセズ).
 */
function* nounRuns(tokens: Token[], covered: Uint8Array): Generator<Token[]> {
  let run: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const free = !isCovered(covered, t.start, t.end);
    const dot = t.surface === '・' && free && isKatakanaToken(run[run.length - 1]) && isKatakanaToken(tokens[i + 1]) && tokens[i + 1].pos === '名詞';
    const usable = dot || (isNounish(t) && is(t, WORD_CHARS | KATAKANA) && free);
    const continues = run.length > 0 && run[run.length - 1].end === t.start && !(is(run[run.length - 1], LATIN) && is(t, LATIN));
    if (usable && (continues || !run.length)) {
      run.push(t);
      continue;
    }
    if (run.length) yield run;
    run = usable ? [t] : [];
  }
  if (run.length) yield run;
}

function jaSignals(tokens: Token[]): Set<Signal> {
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

/**
 * A guess from what kuromoji says of the tokens. Japanese compounds end in their head, so a
 * compound is a name only when its last word is a proper noun or it is made of proper nouns and
 * foreign words only (東京エレクトロン); 中国工場 is a factory, アリゾナ州フェニックス a place.
 */
function guessFromTokens(tokens: Token[], signals: Set<Signal>): TypeGuess | undefined {
  const head = tokens[tokens.length - 1];
  if (isPersonOrPlace(head)) return head.posDetail2 === '人名' ? { type: 'person', reason: 'kuromoji: a person\'s name' } : { type: 'place', reason: 'kuromoji: a place name' };
  // アリゾナ州フェニックス, 深圳市: a place suffix inside makes an address, not a name of ours.
  if (tokens.some((t) => t.posDetail === '接尾' && t.posDetail2 === '地域')) return { type: 'place', reason: 'kuromoji: a place suffix' };
  const nameShaped = tokens.every((t) => t.posDetail === '固有名詞' || !t.known || isKatakanaToken(t));
  if (head.posDetail === '固有名詞' && head.known && !is(head, LATIN)) {
    if (head.posDetail2 === '地域' && tokens.length === 1) return { type: 'country', reason: 'kuromoji: proper noun, country' };
    if (head.posDetail2 === '組織') return { type: 'company', reason: 'kuromoji: proper noun, organisation' };
    return { type: 'company', reason: 'kuromoji: proper noun' };
  }
  if (!nameShaped) return undefined;
  if (signals.has('unknown-word')) {
    return signals.has('katakana') ? { type: 'company', reason: 'katakana word unknown to IPADIC' } : { type: 'company', reason: 'word unknown to IPADIC' };
  }
  if (signals.has('katakana')) return tokens.length > 1 ? { type: 'company', reason: 'katakana run' } : undefined;
  return { type: 'company', reason: 'proper nouns and foreign words' };
}

interface LatinWord {
  text: string;
  start: number;
  end: number;
}

interface LatinSpan {
  words: LatinWord[];
  /** Inside an English sentence, where capitals also start sentences. */
  englishContext: boolean;
}

/** Capitalised, all-caps or letter-and-digit words, joined by single spaces and name connectors. */
function* latinNameSpans(text: string, covered: Uint8Array): Generator<LatinSpan> {
  let span: LatinWord[] = [];
  let pendingConnectors: LatinWord[] = [];
  const flush = function* () {
    if (span.length) {
      // In an English sentence capitals also open sentences: Latin words before the span, or a
      // lower-case word right after it (The Cerebras chip is big).
      const before = text.slice(Math.max(0, span[0].start - 12), span[0].start);
      const after = text.slice(span[span.length - 1].end, span[span.length - 1].end + 12);
      yield { words: span, englishContext: /[A-Za-z][A-Za-z ,;:]*$/.test(before) || /^ [a-z]/.test(after) };
    }
    span = [];
    pendingConnectors = [];
  };
  for (const m of text.matchAll(LATIN_WORD)) {
    const word = { text: m[0], start: m.index!, end: m.index! + m[0].length };
    const isName = /^[A-Z]/.test(word.text) || (/\d/.test(word.text) && /[A-Za-z]/.test(word.text));
    const last = pendingConnectors[pendingConnectors.length - 1] ?? span[span.length - 1];
    const joined = last && text.slice(last.end, word.start) === ' ';
    if (isCovered(covered, word.start, word.end)) {
      yield* flush();
    } else if (isName && !MEASUREMENT.test(word.text)) {
      if (!joined) yield* flush();
      span.push(...pendingConnectors, word);
      pendingConnectors = [];
    } else if (joined && span.length && NAME_CONNECTORS.has(word.text)) {
      pendingConnectors.push(word);
    } else yield* flush();
  }
  yield* flush();
}

/** The signal a single Latin word gives: an acronym, a product number or a capitalised name. */
function signalOf(word: string): Signal {
  if (/\d/.test(word) && /[A-Za-z]/.test(word)) return 'product-number';
  if (isShortForm(word) && !/[a-z]/.test(word)) return 'acronym';
  return 'capitalized';
}
