// Match stage: a rule-based matcher in the style of spaCy's EntityRuler. Every name and pattern
// carries the id of the entity it names; candidates from all rules compete, and overlaps resolve
// longest first, then leftmost. Matching runs on the normalized character string, so it does not
// depend on how kuromoji splits a name; kuromoji's tokens only check where a name may start and end.
import { namesOf, type Dictionary, type Entry, type Pattern } from '../../dictionary/dictionary.js';
import { entityIdFrom, entityOf, type Entity, type EntityType } from '../../core/entity.js';
import { isEnglishRootEnd } from '../english.js';
import { foldCase, isIgnorableUnit, nameKey, normalizedText, variantKey, withoutIgnorables } from '../../core/normalize.js';
import { hasLatinLetter, hasLowerCaseLatin, isAsciiAlnum, isHan, isKana, isKatakana } from '../../core/script.js';
import { tokenBoundaries, tokenIndexAt, type Token } from '../tokenize/tokenize.js';

export interface Mention {
  entity: Entity;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  /** The key (see nameKey) of the name, pattern match or short form that was found. */
  matched: string;
}

/** A normalized text and kuromoji's tokens of it. */
export interface MatchContext {
  text: string;
  tokens: Token[];
}

/** What the rules consult about a text: its characters, token boundaries, and its tokens in order. */
interface Analyzed {
  text: string;
  boundaries: Uint8Array;
  tokens: Token[];
}

/**
 * What the matcher knows of an entity: the public Entity it hands on, and, for a national body,
 * its country (which a mention's neighbour may contradict). Entries stay inside the matcher.
 */
interface Known {
  entity: Entity;
  country?: string;
}

/** A mention as the rules find it, before the public Entity is handed on. */
interface Found {
  known: Known;
  start: number;
  end: number;
  matched: string;
}

const knownOf = (entry: Entry): Known => ({ entity: entityOf(entry), ...(entry.country !== undefined && { country: entry.country }) });

/** Stands for the words that name no entity: they win overlaps like names, then vanish. */
const NOT_AN_ENTITY: Known = { entity: { id: '', type: 'company', ja: '', en: '', aliases: [] } };

interface NameTarget {
  known: Known;
  /** For names matched in their exact case: the name as it must appear, without ignorable characters. */
  exact?: string;
  /** Whether a plural or possessive may follow (`H100s`); not for names that are ordinary words (`Arm`). */
  inflects: boolean;
}

/**
 * A trie over UTF-16 code units: reading units as numbers makes no string per character. Most
 * nodes lie on a single name and have one child, held in `unit` and `only`; a Map of children is
 * made only where names branch (the dictionary's 18,000 names make 120,000 nodes).
 */
interface TrieNode {
  unit: number;
  only: TrieNode | undefined;
  next: Map<number, TrieNode> | undefined;
  targets: NameTarget[] | undefined;
}

const newNode = (): TrieNode => ({ unit: -1, only: undefined, next: undefined, targets: undefined });
const childOf = (node: TrieNode, unit: number): TrieNode | undefined => (node.next ? node.next.get(unit) : node.unit === unit ? node.only : undefined);

function addChild(node: TrieNode, unit: number): TrieNode {
  const child = newNode();
  if (node.next) node.next.set(unit, child);
  else if (node.only) {
    node.next = new Map([[node.unit, node.only], [unit, child]]);
    node.only = undefined;
  } else {
    node.unit = unit;
    node.only = child;
  }
  return child;
}

interface CompiledPattern {
  pattern: Pattern;
  /** The pattern's ellipsis after a joiner, sticky: it continues right where the last member ended. */
  continuation?: RegExp;
}

/** Kanji that, before a country's short form, make it a country mention: 対中, 訪米, 来日. */
const SHORT_FORM_PREFIXES = new Set([...'対訪来在駐反親離脱']);
/** Nouns before which a country's short form names the country: 英政府, 蘭当局, 独首相. */
const INSTITUTION_NOUNS = /^(?:政府|当局|議会|首相|大統領|政権|企業|軍|紙|外相)/;
/** Words that join members of a family in elliptical lists: `910Bおよび910D`, `910B/910C`. */
const ELLIPSIS_JOINER = '(?:\\s*(?:および|及び|ならびに|並びに|と|や|、|,|/|・|or|and|&)\\s*)';
/** Types a country short form may stand before: `米エヌビディア`, `中ファーウェイ`. */
const PRODUCT_OR_MAKER: ReadonlySet<EntityType> = new Set(['company', 'chip', 'model']);

export class Matcher {
  private readonly root = newNode();
  private readonly byKey = new Map<string, Known>();
  /** Variant key → the one entity with a name of that variant key (null where several have one); made on first use. */
  private byVariantKey: Map<string, Entity | null> | undefined;
  private readonly kanjiVariants: ReadonlyMap<string, string>;
  private readonly versions: ReadonlyMap<EntityType, RegExp>;
  private readonly shortForms = new Map<string, { known: Known; alone: boolean }>();
  /** Finds the characters that are some country's short form. */
  private shortFormChars = /(?!)/g;
  private readonly patterns: CompiledPattern[];
  private readonly byId: Map<string, Known>;
  /** Words for an office (dict/discovery.yml `titles`). */
  private readonly titles: readonly string[];

  constructor(dictionary: Dictionary) {
    this.kanjiVariants = dictionary.discovery.kanjiVariants;
    // Own copies: the sticky expressions keep their place between calls.
    this.versions = new Map([...dictionary.versions].map(([type, re]) => [type, new RegExp(re.source, re.flags)]));
    this.patterns = dictionary.patterns.map((pattern) => ({
      pattern,
      ...(pattern.ellipsis && { continuation: new RegExp(`${ELLIPSIS_JOINER}(${pattern.ellipsis.source})`, 'uy') }),
    }));
    this.byId = new Map(dictionary.entries.map((e) => [e.id, knownOf(e)]));
    this.titles = dictionary.discovery.titles.map(({ name }) => name);
    const explicitKeys = new Set(dictionary.entries.flatMap((e) => namesOf(e).map(nameKey)));
    const derived = new DerivedNames(dictionary);
    for (const entry of dictionary.entries) {
      const known = this.byId.get(entry.id)!;
      const exactCase = !!entry.exactCase;
      const makerKeys = entry.maker ? namesOf(dictionary.byId.get(entry.maker)!).map(nameKey) : [];
      const ownKeys = new Set(namesOf(entry).map(nameKey));
      for (const name of namesOf(entry)) {
        // `NVIDIA H100` is how the glossary names the chip, but in text it is NVIDIA + H100 (rule 2);
        // `DeepSeek-R1` is one name, since `R1` alone is not one.
        const key = nameKey(name);
        if (makerKeys.some((maker) => key.startsWith(maker) && ownKeys.has(key.slice(maker.length)))) this.byKey.set(key, known);
        else this.addName(known, name, exactCase);
      }
      for (const name of derived.of(entry)) if (!explicitKeys.has(nameKey(name))) this.addName(known, name, exactCase);
      if (entry.short) this.shortForms.set(entry.short, { known, alone: !!entry.shortAlone });
    }
    for (const { name } of dictionary.notEntities) this.addName(NOT_AN_ENTITY, name, false);
    if (this.shortForms.size) this.shortFormChars = new RegExp(`[${[...this.shortForms.keys()].join('')}]`, 'gu');
  }

  /** The entity a name (in any width, case or spelling the normalizer folds) refers to. */
  entityByName(name: string): Entity | undefined {
    return this.entityByKey(nameKey(name));
  }

  /** The entity whose name has this key (see nameKey). */
  entityByKey(key: string): Entity | undefined {
    return this.byKey.get(key)?.entity;
  }

  /** The one entity a name written otherwise (see variantKey) stands for, if its variant key is one entity's only. */
  entityByVariant(key: string): Entity | undefined {
    if (!this.byVariantKey) {
      this.byVariantKey = new Map();
      for (const [name, { entity }] of this.byKey) {
        if ([...name].length < 3) continue;
        const variant = variantKey(name, this.kanjiVariants);
        const seen = this.byVariantKey.get(variant);
        this.byVariantKey.set(variant, seen === undefined || seen === entity ? entity : null);
      }
    }
    return this.byVariantKey.get(variantKey(key, this.kanjiVariants)) ?? undefined;
  }

  private addName(known: Known, name: string, exactCase: boolean): void {
    const key = nameKey(name);
    if (!key) return;
    if (!this.byKey.has(key) && known !== NOT_AN_ENTITY) this.byKey.set(key, known);
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      node = childOf(node, unit) ?? addChild(node, unit);
    }
    const written = withoutIgnorables(normalizedText(name));
    const allCaps = hasLatinLetter(written) && !hasLowerCaseLatin(written);
    const target: NameTarget = {
      known,
      inflects: !exactCase,
      ...((exactCase || allCaps) && hasLatinLetter(written) && { exact: written }),
    };
    node.targets ??= [];
    if (!node.targets.some((t) => t.known === known && t.exact === target.exact)) node.targets.push(target);
  }

  /** All entity mentions in a text, in text order, without overlaps. */
  match({ text, tokens }: MatchContext): Mention[] {
    const analyzed: Analyzed = { text, boundaries: tokenBoundaries(text, tokens), tokens };
    const candidates = [...this.nameCandidates(analyzed), ...this.patternCandidates(analyzed)];
    candidates.push(...this.shortFormCandidates(analyzed, candidates));
    const kept = withoutOtherCountrysBodies(resolveOverlaps(candidates).filter((m) => m.known !== NOT_AN_ENTITY && !this.isJobTitle(text, m)));
    return kept.map(({ known, start, end, matched }) => ({ entity: known.entity, start, end, matched }));
  }

  private nameCandidates({ text, boundaries }: Analyzed): Found[] {
    const folded = foldCase(text);
    const found: Found[] = [];
    for (let start = 0; start < folded.length; start++) {
      if (isIgnorableUnit(folded.charCodeAt(start))) continue;
      let node: TrieNode | undefined = this.root;
      for (let i = start; i < folded.length && node; i++) {
        const unit = folded.charCodeAt(i);
        if (i > start && isIgnorableUnit(unit)) continue;
        node = childOf(node, unit);
        if (!node?.targets) continue;
        const key = withoutIgnorables(folded.slice(start, i + 1));
        // A katakana name also matches with a long-vowel mark after it: メモリ in 高帯域幅メモリー.
        const end = isKatakana(text[i]) && text[i] !== 'ー' && text[i + 1] === 'ー' ? i + 2 : i + 1;
        // Only country words count inside longer words (日本人, 中国企業); 算能 is not in 計算能力.
        const inWordsToo = node.targets.some((t) => t.known.entity.type === 'country');
        if (!inWordsToo && !hasKanjiEdges(text, start, end, boundaries)) continue;
        let written: string | undefined;
        for (const target of node.targets) {
          if (target.exact && target.exact !== (written ??= withoutIgnorables(text.slice(start, i + 1)))) continue;
          const member = this.familyMember(target.known, text, start, end, boundaries);
          if (member) found.push(member);
          if (!hasWordEdges(text, start, end, boundaries, target.inflects)) continue;
          found.push({ known: target.known, start, end, matched: end === i + 2 ? `${key}ー` : key });
        }
      }
    }
    return found;
  }

  private patternCandidates({ text, boundaries }: Analyzed): Found[] {
    const found: Found[] = [];
    for (const { pattern, continuation } of this.patterns) {
      for (const m of text.matchAll(pattern.regex)) {
        const start = m.index!;
        let end = start + m[0].length;
        if (!m[0] || !hasWordEdges(text, start, end, boundaries, true)) continue;
        found.push({ known: this.patternEntity(pattern, m), start, end, matched: nameKey(m[0]) });
        if (!continuation) continue;
        for (continuation.lastIndex = end; ; ) {
          const e = continuation.exec(text);
          if (!e) break;
          const memberStart = end + e[0].length - e[1].length;
          if (!hasWordEdges(text, memberStart, continuation.lastIndex, boundaries, true)) break;
          // The member's own groups fill the templates: `910D` → `Ascend {1}` → `Ascend 910D`.
          const groups = [e[1], ...e.slice(2)];
          found.push({ known: this.patternEntity(pattern, groups), start: memberStart, end: continuation.lastIndex, matched: nameKey(e[1]) });
          end = continuation.lastIndex;
        }
      }
    }
    return found;
  }

  /**
   * A name followed by a version of its type (dict/patterns.yml `versions`: `GPT-5.1`,
   * `Qwen3-Max`, `H20E`) names a new member of the family, made from the known one; the longer
   * span wins over the family's own name.
   */
  private familyMember(known: Known, text: string, start: number, end: number, boundaries: Uint8Array): Found | undefined {
    const versions = this.versions.get(known.entity.type);
    if (!versions || !isAsciiAlnum(text[end - 1])) return undefined;
    versions.lastIndex = end;
    const version = versions.exec(text)?.[0];
    if (!version || !hasWordEdges(text, start, end + version.length, boundaries, true)) return undefined;
    const surface = text.slice(start, end + version.length);
    const id = entityIdFrom(`${known.entity.id} ${version}`);
    let member = this.byKey.get(nameKey(surface)) ?? this.byId.get(id);
    if (!member) {
      // NVIDIA H20 + E is NVIDIA H20E; Alibaba Tongyi Qianwen + 3-Max (written Qwen3-Max) is Qwen3-Max.
      const name = text.slice(start, end);
      const en = known.entity.en.endsWith(name) ? `${known.entity.en}${version}` : surface;
      member = { entity: { id, type: known.entity.type, ja: surface, en, aliases: [] } };
      this.byId.set(id, member);
    }
    return { known: member, start, end: end + version.length, matched: nameKey(surface) };
  }

  /** The dictionary entry a pattern match names, or a new entity made from the pattern's templates. */
  private patternEntity(pattern: Pattern, groups: ArrayLike<string | undefined>): Known {
    const fill = (template: string) => template.replace(/\{(\d+)\}/g, (_, n: string) => groups[Number(n)] ?? '');
    const id = entityIdFrom(fill(pattern.id));
    const ja = fill(pattern.ja);
    const en = fill(pattern.en);
    const byName = (name: string) => this.byKey.get(nameKey(name));
    const known = this.byId.get(id) ?? byName(groups[0] ?? '') ?? byName(ja) ?? byName(en);
    if (known && known.entity.type === pattern.type) return known;
    const made: Known = { entity: { id, type: pattern.type, ja, en, aliases: [] } };
    this.byId.set(id, made);
    return made;
  }

  /**
   * Countries' one-kanji short forms: fused (`米中` = US + China), after 対/訪/来… (`対中`), and
   * alone before a company or product (`米エヌビディア`), before an institution (`英政府`), or
   * where kuromoji reads it as a proper noun before a noun, and for `shortAlone` forms wherever
   * it reads it as a proper noun (`米は`, but not the rice of `米を炊く`). Never after another
   * kanji (`欧米`, `北米`) or a digit (`13日米国`).
   */
  /** A body's name right before an office's word names the office, not the body: `参議院議長`, `ハイテク局局長` (counting rules, agency). */
  private isJobTitle(text: string, found: Found): boolean {
    return found.known.entity.type === 'agency' && this.titles.some((title) => text.startsWith(title, found.end));
  }

  private shortFormCandidates({ text, boundaries, tokens }: Analyzed, others: Found[]): Found[] {
    const found: Found[] = [];
    let productStarts: Set<number> | undefined;
    for (const { index: start } of text.matchAll(this.shortFormChars)) {
      if (this.shortForms.has(text[start - 1])) continue;
      let end = start;
      while (end < text.length && this.shortForms.has(text[end])) end++;
      // The run must end where a word ends: 米中央銀行 is 米 + 中央銀行, not 米 + 中. A following
      // 間 ("between") ends it too, though kuromoji reads 米中間 as 米 + 中間.
      while (end > start && !boundaries[end] && text[end] !== '間') end--;
      const before = text[start - 1];
      const prefixed = SHORT_FORM_PREFIXES.has(before);
      if ((isHan(before) && !prefixed) || /[0-9お]/.test(before ?? '') || end === start) continue;
      productStarts ??= new Set(others.filter((m) => PRODUCT_OR_MAKER.has(m.known.entity.type)).map((m) => m.start));
      if (end - start === 1 && !prefixed && !this.standsAlone(text, start, tokens, productStarts)) continue;
      for (let i = start; i < end; i++) found.push({ known: this.shortForms.get(text[i])!.known, start: i, end: i + 1, matched: text[i] });
    }
    return found;
  }

  private standsAlone(text: string, at: number, tokens: Token[], productStarts: Set<number>): boolean {
    if (productStarts.has(at + 1) || INSTITUTION_NOUNS.test(text.slice(at + 1, at + 4))) return true;
    const i = tokenIndexAt(tokens, at);
    const properNoun = i >= 0 && tokens[i].end === at + 1 && tokens[i].posDetail === '固有名詞';
    if (!properNoun) return false;
    return this.shortForms.get(text[at])!.alone || tokens[i + 1]?.pos === '名詞';
  }
}

/**
 * A name found in the text is a whole word: Latin names are not flanked by Latin letters or
 * digits (unless `inflected` and compromise says the word's root ends there: `H100s`); a kana
 * edge next to more kana falls on a kuromoji token boundary (`メタ` is not in `メタバース`,
 * `ジャパン` is in `ジャパンモデル`).
 */
function hasWordEdges(text: string, start: number, end: number, boundaries: Uint8Array, inflected: boolean): boolean {
  const first = text[start];
  const last = text[end - 1];
  if (isAsciiAlnum(first) && isAsciiAlnum(text[start - 1])) return false;
  if (isAsciiAlnum(last) && isAsciiAlnum(text[end]) && !(inflected && isEnglishRootEnd(text, end))) return false;
  if (isKana(first) && isKana(text[start - 1]) && !boundaries[start]) return false;
  if (isKana(last) && isKana(text[end]) && !boundaries[end]) return false;
  return true;
}

/** Kanji edges of a name fall on token boundaries (checked for all but country words, rule 4). */
function hasKanjiEdges(text: string, start: number, end: number, boundaries: Uint8Array): boolean {
  return (!isHan(text[start]) || !!boundaries[start]) && (!isHan(text[end - 1]) || !!boundaries[end]);
}

/**
 * A national body named right after another country is that country's body, which the
 * dictionary does not know: `ロシア外務省` is Russia, not Japan's 外務省.
 */
function withoutOtherCountrysBodies(found: Found[]): Found[] {
  return found.filter((m, i) => {
    const before = found[i - 1];
    const country = m.known.country;
    return !(country && before?.end === m.start && before.known.entity.type === 'country' && before.known.entity.id !== country);
  });
}

function resolveOverlaps(candidates: Found[]): Found[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(candidates.reduce((max, c) => Math.max(max, c.end), 0));
  const kept: Found[] = [];
  for (const c of ordered) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !taken[i];
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Names the dictionary implies without listing them: an agency preceded by its country
 * (`米` + `商務省`), and by its parent body with or without `の` (`商務省の産業安全保障局`).
 * Each agency's names are worked out once, since its children build on them.
 */
class DerivedNames {
  private readonly done = new Map<string, string[]>();

  constructor(private readonly dictionary: Dictionary) {}

  of(entry: Entry): string[] {
    if (entry.type !== 'agency') return [];
    let names = this.done.get(entry.id);
    if (names) return names;
    this.done.set(entry.id, []); // a parent cycle ends here
    const japanese = (list: string[]) => list.filter((n) => !hasLatinLetter(n));
    const latin = (list: string[]) => list.filter(hasLatinLetter);
    const own = namesOf(entry);
    const found = new Set<string>();
    const country = entry.country ? this.dictionary.byId.get(entry.country) : undefined;
    if (country) {
      const prefixes = [...japanese(namesOf(country)), ...(country.short ? [country.short] : [])];
      for (const prefix of prefixes) for (const name of japanese(own)) found.add(prefix + name);
    }
    const parent = entry.parent ? this.dictionary.byId.get(entry.parent) : undefined;
    if (parent) {
      for (const p of japanese([...namesOf(parent), ...this.of(parent)])) {
        for (const name of japanese(own)) found.add(p + name).add(`${p}の${name}`);
      }
      for (const p of latin(namesOf(parent))) for (const name of latin(own)) found.add(`${p}'s ${name}`);
    }
    names = [...found];
    this.done.set(entry.id, names);
    return names;
  }
}
