// What discovery knows of the dictionary: its stop words and prefixes, the suffixes that suggest
// a type, and which names it already has.
import type { DiscoveryRules } from '../../dictionary/dictionary.js';
import type { Entity, EntityType } from '../../core/entity.js';
import { nameKey } from '../../core/normalize.js';
import { hasJapanese } from '../../core/script.js';
import type { Token } from '../tokenize/tokenize.js';
import { isNameLike } from './tokenShape.js';

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

/** Measurements are not names: 3nm, 80GB, 700W, 5GHz, 4K. */
export const MEASUREMENT = /^\d+(?:\.\d+)?(?:nm|mm|cm|kg|gb|tb|pb|mb|kb|ghz|mhz|w|kw|mw|gw|kwh|v|bit|bits|b|k|m|x|g|tops|tflops|pflops|%)$/i;

/** Whether a text has fewer than two characters (a surrogate pair is one). */
const isOneCharacter = (text: string) => text.length < 2 || (text.length === 2 && text.codePointAt(0)! > 0xffff);

export class Vocabulary {
  readonly stopKeys: Set<string>;
  readonly stopPrefixes: Set<string>;
  /** Suffix key → the type it suggests, and whether only after a name-like word. */
  readonly suffixTypes: Map<string, { type: EntityType | 'other'; needsName: boolean }>;
  /** Length of the longest suffix key: no longer tail of a name needs looking up. */
  readonly longestSuffix: number;
  /** Keys of the words of a company's legal name, longest first. */
  private readonly legalForms: string[];
  private readonly legalFormKeys: ReadonlySet<string>;

  constructor(readonly context: DiscoveryContext) {
    const { rules, notEntities } = context;
    this.stopKeys = new Set([...rules.stopWords.map((w) => nameKey(w.name)), ...notEntities.map(nameKey)]);
    this.stopPrefixes = new Set(rules.stopPrefixes.map((p) => p.name));
    this.suffixTypes = new Map(rules.typeSuffixes.map(({ suffix, type, needsName }) => [nameKey(suffix), { type, needsName }]));
    this.longestSuffix = Math.max(0, ...[...this.suffixTypes.keys()].map((k) => k.length));
    this.legalForms = rules.legalForms.map((w) => nameKey(w.name)).sort((a, b) => b.length - a.length);
    this.legalFormKeys = new Set(this.legalForms);
  }

  /** The known company a name is with the words of its legal name after it: ファーウェイテクノロジーズ株式会社 is Huawei. */
  companyInLegalName(key: string): Entity | undefined {
    // Words come off the end one at a time: テクノロジーズ株式会社 is two.
    let base = key;
    for (let form = this.legalFormEnding(base); form; form = this.legalFormEnding(base)) {
      base = base.slice(0, -form.length);
      const entity = this.context.knownKey(base);
      if (entity?.type === 'company') return entity;
    }
    return undefined;
  }

  /**
   * The short name before the words of a legal name (ファーウェイ in ファーウェイ|テクノロジーズ|株式会社,
   * in ファーウェイテクノロジーズ|株式会社 too: a Japanese legal word of three characters or more may
   * end a word), with the number of words (keys) it touches, if it may be a name: two characters or
   * more, no stop word or suffix.
   */
  legalNameBase(parts: readonly string[]): { key: string; words: number } | undefined {
    let words = parts.length;
    while (words > 0 && this.legalFormKeys.has(parts[words - 1])) words--;
    let key = parts.slice(0, words).join('');
    for (let form = this.legalFormEnding(parts[words - 1] ?? ''); form && form.length >= 3 && hasJapanese(form); form = this.legalFormEnding(key)) key = key.slice(0, -form.length);
    const cut = key.length < parts.join('').length;
    return words > 0 && cut && !isOneCharacter(key) && !this.stopKeys.has(key) && !this.isSuffix(key) ? { key, words } : undefined;
  }

  private legalFormEnding(key: string): string | undefined {
    return this.legalForms.find((f) => key.length > f.length && key.endsWith(f));
  }

  /** Not a stop word, not made of stop words only, not an anaphor (同局), not a known name. */
  isCandidateKey(key: string, parts: string[]): boolean {
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
  isNewName(t: Token): boolean {
    return isNameLike(t) && !(t.known && t.posDetail2 === '組織') && !this.stopKeys.has(nameKey(t.surface));
  }

  isSuffix(key: string): boolean {
    return this.suffixTypes.has(key);
  }

  /**
   * Leading prefixes that make an anaphor or a generic word (同, 新, 各) and leading suffixes or
   * numbers go, and everything up to a number's counter inside the run: a name does not hold a
   * count or a floor (本館10階記者会見室 → 記者会見室; 約7900億円 stays, an amount).
   */
  trimRun(run: Token[]): Token[] {
    let from = 0;
    run.forEach((t, i) => {
      if (t.posDetail2 === '助数詞' && run[i - 1]?.posDetail === '数' && i < run.length - 1) from = i + 1;
    });
    while (from < run.length && (run[from].pos === '接頭詞' ? this.stopPrefixes.has(run[from].surface) : ['接尾', '数'].includes(run[from].posDetail))) from++;
    return from ? run.slice(from) : run;
  }
}
