// What discovery knows of the dictionary: its stop words and prefixes, the suffixes that suggest
// a type, and which names it already has.
import type { DiscoveryRules } from '../../dictionary/dictionary.js';
import type { Entity, EntityType } from '../../core/entity.js';
import { memoize } from '../../core/memo.js';
import { nameKey, variantKey } from '../../core/normalize.js';
import { hasJapanese } from '../../core/script.js';
import type { Token } from '../tokenize/tokenize.js';
import { is, isNameLike, LATIN } from './tokenShape.js';

/** What discovery needs to know of the dictionary: the rules, and which names it already has. */
export interface DiscoveryContext {
  rules: DiscoveryRules;
  /** The entity whose name has this key (see nameKey), if any. */
  knownKey: (key: string) => Entity | undefined;
  /** The entity a name written otherwise stands for (エヌヴィディア, 臺積電), if any (see variantKey). */
  knownVariant?: (key: string) => Entity | undefined;
  notEntities: string[];
  /**
   * The type of most of a company's products in the dictionary (three in four or more: NVIDIA's
   * are chips), if its products are mostly of one type; the product a text names right after
   * the company (NVIDIA Blackwell) is likely one too.
   */
  productTypeOf?: (makerId: string) => EntityType | undefined;
}

/** The type a name's ending suggests, and whether only after a name-like word (dict/discovery.yml `typeSuffixes`). */
export interface SuffixRule {
  type: EntityType | 'other';
  needsName: boolean;
}

/**
 * Japanese counters: after a number they count things, companies, countries, people or times (3つ,
 * 28社, 42カ国, 2回), so the number is a count, not a version or a name's part. One source for the
 * rules that read counts (typing/amount.ts, typing/countable.ts, detectors/latinNames.ts).
 */
export const COUNTER = '(?:つ|個|台|基|枚|組|社|件|人|名|回|位|倍|[カかヵヶ]国)';

/**
 * Lower-case words allowed inside a capitalised name: Bureau of Industry and Security. Not the
 * joining words of lists (joiners.ts): `or`, `、` or `/` between two names end a name here.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'to', '&']);

/** A bill's name: the law's name and 案 (…法案; `…に関する法律案` is no candidate, its particles break the run). */
const BILL = /^(.+法)案$/;

/** Businesses of its kind right after a word (OSAT企業, EDA業界): the word names a kind, not a company. */
export const BUSINESSES_AFTER = /^\s?(?:企業|業界|産業)/;

/** 国 right after an office's word makes the presiding state (G7議長国), no office nor a person's title. */
export const isPresidingState = (textAfterTitle: string): boolean => textAfterTitle.startsWith('国');

/** Measurements are not names: 3nm, 80GB, 700W, 5GHz, 4K. */
export const MEASUREMENT = /^\d+(?:\.\d+)?(?:nm|mm|cm|kg|gb|tb|pb|mb|kb|ghz|mhz|w|kw|mw|gw|kwh|v|bit|bits|b|k|m|x|g|tops|tflops|pflops|%)$/i;

/** The last character of a text (a surrogate pair is one), or '' for an empty one. */
const lastCharacter = (text: string): string => text.slice(text.length > 1 && text.codePointAt(text.length - 2)! > 0xffff ? -2 : -1);

/** Whether a text has fewer than two characters (a surrogate pair is one). */
const isOneCharacter = (text: string) => text.length < 2 || (text.length === 2 && text.codePointAt(0)! > 0xffff);

export class Vocabulary {
  readonly stopKeys: Set<string>;
  readonly stopPrefixes: Set<string>;
  /** Suffix key → the type it suggests, and whether only after a name-like word. */
  readonly suffixTypes: Map<string, SuffixRule>;
  /** Length of the longest suffix key: no longer tail of a name needs looking up. */
  readonly longestSuffix: number;
  /** Every ending of a suffix key, '' included: a tail that is none is in no longer suffix either. */
  readonly suffixEndings: ReadonlySet<string>;
  /** Keys of the words of a company's legal name, longest first. */
  private readonly legalForms: string[];
  /** Whether a key is the words of a legal name alone, in any kanji (株式會社): asked of every span, so kept per key. */
  private readonly isLegalFormOnly: (key: string) => boolean;
  /** The last characters of the legal forms: a name that ends in none has no legal form to take off. */
  private readonly legalFormEnds: ReadonlySet<string>;

  constructor(readonly context: DiscoveryContext) {
    const { rules, notEntities } = context;
    this.stopKeys = new Set([...rules.stopWords.map((w) => nameKey(w.name)), ...notEntities.map(nameKey)]);
    this.stopPrefixes = new Set(rules.stopPrefixes.map((p) => p.name));
    this.suffixTypes = new Map(rules.typeSuffixes.map(({ suffix, type, needsName }) => [nameKey(suffix), { type, needsName }]));
    this.longestSuffix = Math.max(0, ...[...this.suffixTypes.keys()].map((k) => k.length));
    this.suffixEndings = new Set([...this.suffixTypes.keys()].flatMap((k) => Array.from({ length: k.length + 1 }, (_, i) => k.slice(i))));
    this.legalForms = rules.legalForms.map((w) => nameKey(w.name)).sort((a, b) => b.length - a.length);
    const legalFormVariants = new Set(this.legalForms.map((f) => variantKey(f, rules.kanjiVariants)));
    this.isLegalFormOnly = memoize((key) => legalFormVariants.has(variantKey(key, rules.kanjiVariants)));
    this.legalFormEnds = new Set(this.legalForms.map(lastCharacter));
  }

  /** The known company a name is with the words of its legal name after it: ファーウェイテクノロジーズ株式会社 is Huawei. */
  companyInLegalName(parts: readonly string[]): Entity | undefined {
    for (const stem of this.legalNameStems(parts)) {
      const entity = this.context.knownKey(stem);
      if (entity?.type === 'company') return entity;
    }
    return undefined;
  }

  /** The known law a bill is of (経済安全保障推進法案 is 経済安全保障推進法's): a glossary names the two alike. */
  lawOfBill(key: string): Entity | undefined {
    const law = BILL.exec(key);
    const entity = law ? this.context.knownKey(law[1]) : undefined;
    return entity?.type === 'regulation' ? entity : undefined;
  }

  /**
   * The short name before the words of a legal name (ファーウェイ in ファーウェイ|テクノロジーズ|株式会社),
   * with the number of words (keys) it touches, if it may be a name: two characters or more, no
   * stop word or suffix.
   */
  legalNameBase(parts: readonly string[]): { key: string; words: number } | undefined {
    const key = this.legalNameStems(parts).at(-1);
    if (key === undefined || isOneCharacter(key) || this.stopKeys.has(key) || this.isSuffix(key)) return undefined;
    let words = 0;
    for (let end = 0; end < key.length; words++) end += parts[words].length;
    return { key, words };
  }

  /**
   * What is left of a name as the words of a legal name come off its end one at a time, longest
   * first (ファーウェイテクノロジーズ, ファーウェイ for ファーウェイ|テクノロジーズ|株式会社): a legal word
   * ends where a word (key) does, or, Japanese of three characters or more, anywhere (テクノロジーズ in
   * ファーウェイテクノロジーズ); in any kanji (株式會社).
   */
  private legalNameStems(parts: readonly string[]): string[] {
    // Most names end in no legal form: told by their last word, before any joining.
    let lastWord = parts.length - 1;
    while (lastWord > 0 && !parts[lastWord]) lastWord--;
    if (!this.mayEndInLegalForm(parts[lastWord] ?? '')) return [];
    const whole = parts.join('');
    const wordEnds = new Set<number>();
    parts.reduce((end, part) => (wordEnds.add(end + part.length), end + part.length), 0);
    // Kanji variants fold one character to one, so offsets stay.
    let folded = [...whole].map((ch) => this.context.rules.kanjiVariants.get(ch) ?? ch).join('');
    const endingAt = (key: string) => this.legalForms.find((f) => key.length > f.length && key.endsWith(f) && (wordEnds.has(key.length - f.length) || (f.length >= 3 && hasJapanese(f))));
    const stems: string[] = [];
    for (let form = endingAt(folded); form; form = endingAt(folded)) {
      folded = folded.slice(0, -form.length);
      stems.push(whole.slice(0, folded.length));
    }
    return stems;
  }

  /**
   * Whether a name whose last word has this key may end in a legal form (its last character ends
   * one, in any kanji); a word without characters (a middle dot's) leaves the answer to the words before.
   */
  mayEndInLegalForm(lastWordKey: string): boolean {
    const last = lastCharacter(lastWordKey);
    return !last || this.legalFormEnds.has(this.context.rules.kanjiVariants.get(last) ?? last);
  }

  /** Not a stop word, not made of stop words only, not an anaphor (同局), not a known name. */
  isCandidateKey(key: string, parts: string[]): boolean {
    if (isOneCharacter(key) || /^[\d.,\-]+$/.test(key) || MEASUREMENT.test(key)) return false;
    if (this.stopKeys.has(key) || parts.every((p) => this.stopKeys.has(p) || this.isSuffix(p))) return false;
    // The words of a legal name alone, in any kanji (株式會社), name no one.
    if (this.isLegalFormOnly(key)) return false;
    const rest = key.slice(1);
    if (this.stopPrefixes.has(key[0]) && (this.stopKeys.has(rest) || this.isSuffix(rest))) return false;
    return !this.context.knownKey(key);
  }

  /**
   * A word that may be part of a name IPADIC does not know: not a stop word, and not one of the
   * organisations IPADIC lists (税関, 社会): before 当局 or 計画, those make phrases.
   */
  isNewName(t: Token): boolean {
    return isNameLike(t) && !(t.known && t.posDetail2 === '組織') && !this.stopKeys.has(nameKey(t.surface));
  }

  isSuffix(key: string): boolean {
    return this.suffixTypes.has(key);
  }

  /**
   * Leading prefixes that make an anaphor or a generic word (同, 新, 各) and leading suffixes or
   * numbers go, and everything up to a number's counter inside the run: a name does not hold a
   * count or a floor (本館10階記者会見室 → 記者会見室; 約7900億円 stays, an amount); letters joined
   * to a number go with it (3dfx社 is no name of ours to guess).
   */
  trimRun(run: Token[]): Token[] {
    let from = 0;
    run.forEach((t, i) => {
      if (t.posDetail2 === '助数詞' && run[i - 1]?.posDetail === '数' && i < run.length - 1) from = i + 1;
    });
    while (from < run.length && (run[from].pos === '接頭詞' ? this.stopPrefixes.has(run[from].surface) : ['接尾', '数'].includes(run[from].posDetail))) from++;
    // A name does not start inside a word: dfx in 3dfx社, D in 3Dチップ.
    while (from > 0 && from < run.length && is(run[from], LATIN) && run[from].start === run[from - 1].end && /[0-9]$/.test(run[from - 1].surface)) from++;
    return from ? run.slice(from) : run;
  }
}
