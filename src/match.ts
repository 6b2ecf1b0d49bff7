// Match stage: a rule-based matcher in the style of spaCy's EntityRuler. Every name and pattern
// carries the id of the entity it names; candidates from all rules compete, and overlaps resolve
// longest first, then leftmost. Matching runs on the normalized character string, so it does not
// depend on how kuromoji splits a name; kuromoji's tokens only check where a name may start and end.
import { namesOf, type Dictionary, type Entry, type Pattern } from './dictionary.js';
import type { Entity, EntityType } from './entity.js';
import { isEnglishRootEnd } from './english.js';
import { foldCase, isAsciiAlnum, isHan, isIgnorable, isKana, nameKey } from './normalize.js';


export interface Mention {
  entity: Entity;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
}

/** What the matcher needs to know about a text besides its characters. */
export interface MatchContext {
  /** Normalized text. */
  text: string;
  /** Token boundaries from kuromoji (see tokenBoundaries). */
  boundaries: Uint8Array;
}

/** Stands for the words that name no entity: they win overlaps like names, then vanish. */
const NOT_AN_ENTITY: Entity = { id: '', type: 'company', ja: '', en: '', aliases: [] };

interface NameTarget {
  entity: Entity;
  /** For names matched in their exact case: the name as it must appear, without ignorable characters. */
  exact?: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  targets?: NameTarget[];
}

/** Kanji that, before a country's short form, make it a country mention: 対中, 訪米, 来日. */
const SHORT_FORM_PREFIXES = new Set([...'対訪来在駐反親離脱']);
/** Words that join members of a family in elliptical lists: `910Bおよび910D`, `910B/910C`. */
const ELLIPSIS_JOINER = '(?:\\s*(?:および|及び|ならびに|並びに|と|や|、|,|/|・|or|and|&)\\s*)';
/** Types a country short form may stand before: `米エヌビディア`, `中ファーウェイ`. */
const PRODUCT_OR_MAKER: ReadonlySet<EntityType> = new Set(['company', 'chip', 'model']);

const LATIN_LETTERS = /[A-Za-z]/;
const withoutIgnorables = (s: string) => [...s].filter((ch) => !isIgnorable(ch)).join('');

export class Matcher {
  private readonly root: TrieNode = { next: new Map() };
  private readonly byKey = new Map<string, Entity>();
  private readonly shortForms = new Map<string, Entry>();
  private readonly patterns: Pattern[];
  private readonly byId: Map<string, Entity>;

  constructor(dictionary: Dictionary) {
    this.patterns = dictionary.patterns;
    this.byId = new Map(dictionary.entries.map((e) => [e.id, e]));
    const explicitKeys = new Set(dictionary.entries.flatMap((e) => namesOf(e).map(nameKey)));
    for (const entry of dictionary.entries) {
      const makerKeys = entry.maker ? namesOf(dictionary.byId.get(entry.maker)!).map(nameKey) : [];
      const ownKeys = new Set(namesOf(entry).map(nameKey));
      for (const name of namesOf(entry)) {
        // `NVIDIA H100` is how the glossary names the chip, but in text it is NVIDIA + H100 (rule 2);
        // `DeepSeek-R1` is one name, since `R1` alone is not one.
        const key = nameKey(name);
        if (makerKeys.some((maker) => key.startsWith(maker) && ownKeys.has(key.slice(maker.length)))) this.byKey.set(key, entry);
        else this.addName(entry, name);
      }
      for (const name of derivedNames(entry, dictionary)) if (!explicitKeys.has(nameKey(name))) this.addName(entry, name);
      if (entry.short) this.shortForms.set(entry.short, entry);
    }
    for (const { name } of dictionary.notEntities) this.addName(NOT_AN_ENTITY, name);
  }

  /** The entity a name (in any width, case or spelling the normalizer folds) refers to. */
  entityByName(name: string): Entity | undefined {
    return this.byKey.get(nameKey(name));
  }

  private addName(entry: Entity & Partial<Entry>, name: string): void {
    const key = nameKey(name);
    if (!key) return;
    if (!this.byKey.has(key) && entry !== NOT_AN_ENTITY) this.byKey.set(key, entry);
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    const normalized = withoutIgnorables(name.normalize('NFKC'));
    const allCaps = LATIN_LETTERS.test(normalized) && !/[a-z]/.test(normalized);
    const target: NameTarget = { entity: entry, ...((entry.exactCase || allCaps) && LATIN_LETTERS.test(normalized) && { exact: normalized }) };
    node.targets ??= [];
    if (!node.targets.some((t) => t.entity === entry && t.exact === target.exact)) node.targets.push(target);
  }

  /** All entity mentions in a text, in text order, without overlaps. */
  match(context: MatchContext): Mention[] {
    const candidates = [...this.nameCandidates(context), ...this.patternCandidates(context)];
    candidates.push(...this.shortFormCandidates(context, candidates));
    return withoutForeignBodies(resolveOverlaps(candidates).filter((m) => m.entity !== NOT_AN_ENTITY));
  }

  private nameCandidates({ text, boundaries }: MatchContext): Mention[] {
    const folded = foldCase(text);
    const found: Mention[] = [];
    for (let start = 0; start < folded.length; start++) {
      if (isIgnorable(folded[start])) continue;
      let node: TrieNode | undefined = this.root;
      for (let i = start; i < folded.length && node; i++) {
        if (i > start && isIgnorable(folded[i])) continue;
        node = node.next.get(folded[i]);
        if (!node?.targets) continue;
        const end = i + 1;
        if (!hasWordEdges(text, start, end, boundaries)) continue;
        // Only country words count inside longer words (日本人, 中国企業); 算能 is not in 計算能力.
        if (!node.targets.some((t) => t.entity.type === 'country') && !hasKanjiEdges(start, end, text, boundaries)) continue;
        const written = withoutIgnorables(text.slice(start, end));
        for (const target of node.targets) {
          if (!target.exact || target.exact === written) found.push({ entity: target.entity, start, end });
        }
      }
    }
    return found;
  }

  private patternCandidates({ text, boundaries }: MatchContext): Mention[] {
    const found: Mention[] = [];
    for (const pattern of this.patterns) {
      for (const m of text.matchAll(pattern.regex)) {
        const start = m.index!;
        let end = start + m[0].length;
        if (!m[0] || !hasWordEdges(text, start, end, boundaries)) continue;
        found.push({ entity: this.patternEntity(pattern, m), start, end });
        if (!pattern.ellipsis) continue;
        const more = new RegExp(`${ELLIPSIS_JOINER}(${pattern.ellipsis.source})`, 'uy');
        for (more.lastIndex = end; ; ) {
          const e = more.exec(text);
          if (!e) break;
          const memberStart = end + e[0].length - e[1].length;
          if (!hasWordEdges(text, memberStart, more.lastIndex, boundaries)) break;
          // The member's own groups fill the templates: `910D` → `Ascend {1}` → `Ascend 910D`.
          const groups = [e[1], ...e.slice(2)] as unknown as RegExpMatchArray;
          found.push({ entity: this.patternEntity(pattern, groups), start: memberStart, end: more.lastIndex });
          end = more.lastIndex;
        }
      }
    }
    return found;
  }

  /** The dictionary entry a pattern match names, or a new entity made from the pattern's templates. */
  private patternEntity(pattern: Pattern, groups: ArrayLike<string | undefined>): Entity {
    const fill = (template: string) => template.replace(/\{(\d+)\}/g, (_, n: string) => groups[Number(n)] ?? '');
    const id = fill(pattern.id).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const ja = fill(pattern.ja);
    const en = fill(pattern.en);
    const known = this.byId.get(id) ?? this.entityByName(groups[0] ?? '') ?? this.entityByName(ja) ?? this.entityByName(en);
    if (known && known.type === pattern.type) return known;
    const entity: Entity = { id, type: pattern.type, ja, en, aliases: [] };
    this.byId.set(id, entity);
    return entity;
  }

  /**
   * Countries' one-kanji short forms: fused (`米中` = US + China), after 対/訪/来… (`対中`), before
   * a company or product (`米エヌビディア`), and, for `shortAlone` forms, before any noun (`米政府`).
   * Never after another kanji (`欧米`, `北米`) or a digit (`13日米国`).
   */
  private shortFormCandidates({ text, boundaries }: MatchContext, others: Mention[]): Mention[] {
    const found: Mention[] = [];
    const productStarts = new Set(others.filter((m) => PRODUCT_OR_MAKER.has(m.entity.type)).map((m) => m.start));
    for (let start = 0; start < text.length; start++) {
      if (!this.shortForms.has(text[start]) || this.shortForms.has(text[start - 1])) continue;
      let end = start;
      while (end < text.length && this.shortForms.has(text[end])) end++;
      // The run must end where a word ends: 米中央銀行 is 米 + 中央銀行, not 米 + 中. A following
      // 間 ("between") ends it too, though kuromoji reads 米中間 as 米 + 中間.
      while (end > start && !boundaries[end] && text[end] !== '間') end--;
      const before = text[start - 1];
      const prefixed = SHORT_FORM_PREFIXES.has(before);
      if ((isHan(before) && !prefixed) || /[0-9お]/.test(before ?? '') || end === start) continue;
      const run = text.slice(start, end);
      const alone = run.length === 1;
      const entry = this.shortForms.get(run[0])!;
      if (alone && !prefixed && !entry.shortAlone && !productStarts.has(end)) continue;
      for (let i = start; i < end; i++) found.push({ entity: this.shortForms.get(text[i])!, start: i, end: i + 1 });
    }
    return found;
  }
}

/**
 * A name found in the text is a whole word: Latin names are not flanked by Latin letters or
 * digits (unless compromise says the word's root ends there: `H100s`); a kana edge next to more
 * kana falls on a kuromoji token boundary (`メタ` is not in `メタバース`, `ジャパン` is in
 * `ジャパンモデル`). Kanji edges are checked by the caller, since country words count inside
 * words (`日本人`, `中国企業`).
 */
function hasWordEdges(text: string, start: number, end: number, boundaries: Uint8Array): boolean {
  const first = text[start];
  const last = text[end - 1];
  if (isAsciiAlnum(first) && isAsciiAlnum(text[start - 1])) return false;
  if (isAsciiAlnum(last) && isAsciiAlnum(text[end]) && !isEnglishRootEnd(text, end)) return false;
  if (isKana(first) && isKana(text[start - 1]) && !boundaries[start]) return false;
  if (isKana(last) && isKana(text[end]) && !boundaries[end]) return false;
  return true;
}

/**
 * A national body named right after another country is that country's body, which the
 * dictionary does not know: `ロシア外務省` is Russia, not Japan's 外務省.
 */
function withoutForeignBodies(mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => {
    const before = mentions[i - 1];
    const country = (m.entity as Partial<Entry>).country;
    return !(country && before?.end === m.start && before.entity.type === 'country' && before.entity.id !== country);
  });
}

/** Kanji edges of a name fall on token boundaries. */
function hasKanjiEdges(start: number, end: number, text: string, boundaries: Uint8Array): boolean {
  return (!isHan(text[start]) || !!boundaries[start]) && (!isHan(text[end - 1]) || !!boundaries[end]);
}

function resolveOverlaps(candidates: Mention[]): Mention[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(Math.max(0, ...candidates.map((c) => c.end)));
  const kept: Mention[] = [];
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
 */
function derivedNames(entry: Entry, dictionary: Dictionary, seen = new Set<string>()): string[] {
  if (entry.type !== 'agency' || seen.has(entry.id)) return [];
  seen.add(entry.id);
  const names = new Set<string>();
  const japanese = (names: string[]) => names.filter((n) => !LATIN_LETTERS.test(n));
  const own = namesOf(entry);
  const country = entry.country ? dictionary.byId.get(entry.country) : undefined;
  if (country) {
    const prefixes = [...japanese(namesOf(country)), ...(country.short ? [country.short] : [])];
    for (const prefix of prefixes) for (const name of japanese(own)) names.add(prefix + name);
  }
  const parent = entry.parent ? dictionary.byId.get(entry.parent) : undefined;
  if (parent) {
    const parentNames = [...namesOf(parent), ...derivedNames(parent, dictionary, seen)];
    for (const p of japanese(parentNames)) for (const name of japanese(own)) names.add(p + name).add(`${p}の${name}`);
    const latin = (names: string[]) => names.filter((n) => LATIN_LETTERS.test(n));
    for (const p of latin(namesOf(parent))) for (const name of latin(own)) names.add(`${p}'s ${name}`);
  }
  return [...names];
}
