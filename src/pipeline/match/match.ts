// Match stage: a rule-based matcher in the style of spaCy's EntityRuler. Every name and pattern
// carries the id of the entity it names; the rules (names.ts, patterns.ts, shortForms.ts,
// productNumbers.ts, of the shape in rule.ts) find spans that overlap freely, and the overlap
// policy (overlap.ts) keeps one per span, longest first, then leftmost. Matching runs on the normalized character string, so it
// does not depend on how kuromoji splits a name; kuromoji's tokens only check where a name may
// start and end.
import { namesOf, type Dictionary } from '../../dictionary/dictionary.js';
import { namedProductTypes } from '../../dictionary/makers.js';
import type { Entity, EntityType } from '../../core/entity.js';
import { memoize } from '../../core/memo.js';
import { nameKey, variantKey } from '../../core/normalize.js';
import { isAsciiAlnum, isHan, isKatakana } from '../../core/script.js';
import { isInsideWebAddress, webAddressSpans } from '../../core/webAddress.js';
import { tokenBoundaries, tokenIndexAt } from '../tokenize/tokenize.js';
import { DerivedNames } from './derivedNames.js';
import { knownOf, NOT_AN_ENTITY, type Analyzed, type Found, type KnownEntities, type MatchContext, type Mention } from './found.js';
import { DictionaryNames } from './names.js';
import { longestThenLeftmost, type OverlapPolicy } from './overlap.js';
import { DictionaryPatterns } from './patterns.js';
import type { MatchRule } from './rule.js';
import { CountryShortForms, type ShortForm } from './shortForms.js';
import { ProductNumbers } from './productNumbers.js';

export type { MatchContext, Mention } from './found.js';
export type { OverlapPolicy } from './overlap.js';

/** The most words of a sub-body's name between its parent's name and an office's word (商務省|産業|安全|保障|局長). */
const MAX_SUB_BODY_WORDS = 6;

export class Matcher {
  /** The rules, in the order they run: the short forms look at what names and patterns found. */
  readonly rules: readonly MatchRule[];
  private readonly known: KnownEntities;
  /** Variant key → the one entity with a name of that variant key (null where several have one); made on first use. */
  private byVariantKey: Map<string, Entity | null> | undefined;
  private readonly kanjiVariants: ReadonlyMap<string, string>;
  /** Words for an office (dict/discovery.yml `titles`). */
  private readonly titles: readonly string[];
  /** The words of a legal name (dict/discovery.yml `legalForms`), sticky: tried where a country's name ends. */
  private readonly legalFormAfter: RegExp;

  constructor(
    dictionary: Dictionary,
    private readonly overlaps: OverlapPolicy = longestThenLeftmost,
  ) {
    const { kanjiVariants, titles, legalForms, typeSuffixes, stopWords } = dictionary.discovery;
    this.kanjiVariants = kanjiVariants;
    this.titles = titles.map(({ name }) => name);
    const escaped = legalForms.map(({ name }) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
    this.legalFormAfter = new RegExp(`[ ・]?(?:${escaped.join('|') || '(?!)'})(?![A-Za-z])`, 'iy');
    this.known = { byKey: new Map(), byId: new Map(dictionary.entries.map((e) => [e.id, knownOf(e)])) };
    // Own copies: the sticky expressions keep their place between calls.
    const versions = new Map<EntityType, RegExp>([...dictionary.versions].map(([type, re]) => [type, new RegExp(re.source, re.flags)]));
    const notProductWords = new Set([...legalForms.map(({ name }) => name), ...typeSuffixes.filter((s) => s.type === 'company').map((s) => s.suffix), ...stopWords.map(({ name }) => name)].map(nameKey));
    const names = new DictionaryNames(this.known, versions, namedProductTypes(dictionary), notProductWords);
    const shortForms = new Map<string, ShortForm>();
    const explicitKeys = new Set(dictionary.entries.flatMap((e) => namesOf(e).map(nameKey)));
    const derived = new DerivedNames(dictionary);
    for (const entry of dictionary.entries) {
      const known = this.known.byId.get(entry.id)!;
      const exactCase = !!entry.exactCase;
      const makerKeys = entry.maker ? namesOf(dictionary.byId.get(entry.maker)!).map(nameKey) : [];
      const ownKeys = new Set(namesOf(entry).map(nameKey));
      for (const name of namesOf(entry)) {
        // `NVIDIA H100` is how the glossary names the chip, but in text it is NVIDIA + H100 (rule 2);
        // `DeepSeek-R1` is one name, since `R1` alone is not one.
        const key = nameKey(name);
        if (makerKeys.some((maker) => key.startsWith(maker) && ownKeys.has(key.slice(maker.length)))) this.known.byKey.set(key, known);
        else names.add(known, name, exactCase);
      }
      for (const name of derived.of(entry)) if (!explicitKeys.has(nameKey(name))) names.add(known, name, exactCase);
      if (entry.short) shortForms.set(entry.short, { known, alone: !!entry.shortAlone });
    }
    for (const { name } of dictionary.notEntities) names.add(NOT_AN_ENTITY, name, false);
    this.rules = [names, new DictionaryPatterns(this.known, dictionary.patterns), new CountryShortForms(shortForms), new ProductNumbers()];
  }

  /** The entity a name (in any width, case or spelling the normalizer folds) refers to. */
  entityByName(name: string): Entity | undefined {
    return this.entityByKey(nameKey(name));
  }

  /** The entity whose name has this key (see nameKey). */
  entityByKey(key: string): Entity | undefined {
    return this.known.byKey.get(key)?.entity;
  }

  /** The one entity a name written otherwise (see variantKey) stands for, if its variant key is one entity's only. */
  entityByVariant(key: string): Entity | undefined {
    return this.variantOf(key) || undefined;
  }

  /** The same, kept per key (false for none): discovery asks about every new span of every document, and spans recur. */
  private readonly variantOf = memoize((key: string): Entity | false => this.variantTable().get(variantKey(key, this.kanjiVariants)) || false);

  /** Variant key → the entity of the known names that have it, or null when they are more than one entity's. */
  private variantTable(): Map<string, Entity | null> {
    if (!this.byVariantKey) {
      this.byVariantKey = new Map();
      for (const [name, { entity }] of this.known.byKey) {
        // Two characters vary too easily to say whose a variant is, but for two kanji, which
        // only the kanji-variant table folds (华为 is 華為).
        const chars = [...name];
        if (chars.length < 3 && !(chars.length === 2 && chars.every((ch) => isHan(ch)))) continue;
        const variant = variantKey(name, this.kanjiVariants);
        const seen = this.byVariantKey.get(variant);
        this.byVariantKey.set(variant, seen === undefined || seen === entity ? entity : null);
      }
    }
    return this.byVariantKey;
  }

  /** All entity mentions in a text, in text order, without overlaps. */
  match({ text, tokens, addresses = webAddressSpans(text) }: MatchContext): Mention[] {
    const analyzed: Analyzed = { text, boundaries: tokenBoundaries(text, tokens), tokens };
    let found: Found[] = [];
    for (const rule of this.rules) found = found.concat(rule.find(analyzed, found));
    const kept = this.overlaps(found).filter((m) => !this.isJobTitle(analyzed, m) && !isInsideWebAddress(addresses, m.start, m.end));
    const inSubsidiaryNames = this.subsidiaryNameParts(text, kept);
    return kept.filter((m) => !inSubsidiaryNames.has(m)).map(({ known, start, end, matched }) => ({ entity: known.entity, start, end, matched }));
  }

  /**
   * A country's name between a name and the words of a legal name is part of a subsidiary's name
   * (マイクロンジャパン株式会社, NVIDIA Japan Inc.): neither it nor the parent's name before it is a
   * mention; discovery finds the subsidiary.
   */
  private subsidiaryNameParts(text: string, found: Found[]): Set<Found> {
    const parts = new Set<Found>();
    found.forEach((m, i) => {
      this.legalFormAfter.lastIndex = m.end;
      if (m.known.entity.type !== 'country' || !this.legalFormAfter.test(text)) return;
      const before = text[m.start - 1] === ' ' || text[m.start - 1] === '・' ? m.start - 1 : m.start;
      if (!isKatakana(text[before - 1]) && !isAsciiAlnum(text[before - 1])) return;
      parts.add(m);
      const parent = found[i - 1];
      if (parent?.end === before) parts.add(parent);
    });
    return parts;
  }

  /**
   * A body's name right before an office's word names the office, not the body: `参議院議長`,
   * `ハイテク局局長` (counting rules, agency); so does a parent's name before its sub-body's office,
   * one name by rule 2: `経済産業省商務情報政策局長`, `商務省産業安全保障局長`.
   */
  private isJobTitle({ text, tokens }: Analyzed, found: Found): boolean {
    if (found.known.entity.type !== 'agency') return false;
    if (this.titles.some((title) => text.startsWith(title, found.end))) return true;
    // The nouns after it, up to an office's word that ends them (not 大臣 in G7デジタル大臣会合, a meeting).
    const first = tokenIndexAt(tokens, found.end);
    if (first < 0) return false;
    for (let i = first + 1; i < tokens.length && i - first <= MAX_SUB_BODY_WORDS && tokens[i - 1].pos === '名詞' && tokens[i].pos === '名詞'; i++) {
      if (this.titles.includes(tokens[i].surface)) return tokens[i + 1]?.pos !== '名詞';
    }
    return false;
  }
}
