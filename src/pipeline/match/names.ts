// The dictionary's names (and the names it implies, derivedNames.ts), found in any width, case or
// spelling the normalizer folds, by walking a trie from every character; and a name followed by
// a version of its type, a new member of its family.
import type { EntityType } from '../../core/entity.js';
import { entityIdFrom } from '../../core/entity.js';
import { foldCase, isIgnorableUnit, nameKey, normalizedText, withoutIgnorables } from '../../core/normalize.js';
import { hasJapanese, hasLatinLetter, hasLowerCaseLatin, isAsciiAlnum, isKatakana } from '../../core/script.js';
import { isClosingQuote, isOpeningQuote } from '../../core/quotes.js';
import { hasKanjiEdges, hasWordEdges } from './edges.js';
import { NOT_AN_ENTITY, type Analyzed, type Found, type Known, type KnownEntities } from './found.js';
import type { MatchRule } from './rule.js';
import { addChild, childOf, newNode, type NameTarget, type TrieNode } from './trie.js';

export class DictionaryNames implements MatchRule {
  readonly id = 'names';
  readonly examples = {
    ok: [
      { text: '米商務省が発表', finds: 'us-commerce:米商務省' },
      { text: '商務省の産業安全保障局', finds: 'bis:商務省の産業安全保障局' },
      { text: "Nvidia's H200s", finds: 'nvidia-h200:H200' },
      { text: '中国企業', finds: 'china:中国' },
      { text: 'エンティティリストーに', finds: 'entity-list:エンティティリストー' },
    ],
    notOk: [
      { text: 'メタバース', finds: 'meta:メタ' },
      { text: 'H200', finds: 'nvidia-h20:H20' },
      { text: 'the bis', finds: 'bis:bis' },
      { text: 'Metas', finds: 'meta:Meta' },
    ],
  };
  /** The trie's first level, by code unit: a walk starts at every character of every text, and an array is read faster than a Map. */
  private readonly firstNodes: Array<TrieNode | undefined> = Array.from({ length: 0x10000 }, () => undefined);

  constructor(
    private readonly known: KnownEntities,
    /** By type, the sticky expression of a version after a family's name (dict/patterns.yml `versions`). */
    private readonly versions: ReadonlyMap<EntityType, RegExp>,
    /**
     * By company id, the type of its products where most of them carry its name (DeepSeek-R1,
     * not H100 beside NVIDIA H100): a `versions` word after the company's name names a new one.
     */
    private readonly namedProductTypes: ReadonlyMap<string, EntityType> = new Map(),
    /** Words that after a company's name name no product: the words of a company's name (Inc, Labs) and stop words (AI). */
    private readonly notProductWords: ReadonlySet<string> = new Set(),
  ) {}

  /** Adds a name of an entity (or of NOT_AN_ENTITY), matched in its exact case or any. */
  add(known: Known, name: string, exactCase: boolean): void {
    const key = nameKey(name);
    if (!key) return;
    if (!this.known.byKey.has(key) && known !== NOT_AN_ENTITY) this.known.byKey.set(key, known);
    let node = (this.firstNodes[key.charCodeAt(0)] ??= newNode());
    for (let k = 1; k < key.length; k++) {
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

  find({ text, boundaries }: Analyzed): Found[] {
    const folded = foldCase(text);
    const found: Found[] = [];
    for (let start = 0; start < folded.length; start++) {
      const first = folded.charCodeAt(start);
      if (isIgnorableUnit(first)) continue;
      let node: TrieNode | undefined = this.firstNodes[first];
      for (let i = start; i < folded.length && node; i++) {
        if (i > start) {
          const unit = folded.charCodeAt(i);
          if (isIgnorableUnit(unit)) continue;
          node = childOf(node, unit);
        }
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

  /**
   * A name followed by a version of its type (dict/patterns.yml `versions`: `GPT-5.1`,
   * `Qwen3-Max`, `H20E`) names a new member of the family, made from the known one, and a
   * company's name followed by a product's word names a new product of a company whose products
   * carry its name, quoted as one (`「DeepSeek Coder」`); the longer span wins over the family's or company's own name.
   */
  private familyMember(known: Known, text: string, start: number, end: number, boundaries: Uint8Array): Found | undefined {
    const { entity } = known;
    const memberType = entity.type === 'company' ? this.namedProductTypes.get(entity.id) : entity.type;
    const versions = this.versions.get(entity.type);
    if (!memberType || !versions || !isAsciiAlnum(text[end - 1])) return undefined;
    versions.lastIndex = end;
    const version = versions.exec(text)?.[0];
    if (!version || !hasWordEdges(text, start, end + version.length, boundaries, true)) return undefined;
    if (memberType !== entity.type) {
      // A maker's name and a word are its product's name only quoted as one (「DeepSeek Coder」):
      // unquoted, as often a team, an app or a longer name (DeepSeek Research, Hangzhou DeepSeek Artificial …).
      const word = nameKey(version.replace(/^[\s-]+/, ''));
      const quoted = isOpeningQuote(text[start - 1]) && isClosingQuote(text[end + version.length]);
      if (!quoted || this.notProductWords.has(word) || this.known.byKey.has(word)) return undefined;
    }
    const surface = text.slice(start, end + version.length);
    const id = entityIdFrom(`${entity.id} ${version}`);
    let member = this.known.byKey.get(nameKey(surface)) ?? this.known.byId.get(id);
    if (!member) {
      // The member's names come from the family's Latin name and the version, not from how this
      // text writes them (Llama 3.1 405B, llama-3.1-405b), so every worker and merge names it
      // alike; a family named in Japanese lends the name as written: NVIDIA H20 + E is NVIDIA H20E,
      // Alibaba Tongyi Qianwen + 3-Max (written Qwen3-Max) is Qwen3-Max.
      const family = hasLatinLetter(entity.ja) && !hasJapanese(entity.ja) ? entity.ja : text.slice(start, end);
      const suffix = canonicalVersion(version);
      const name = family + suffix;
      const en = entity.en.endsWith(family) ? entity.en + suffix : name;
      member = { entity: { id, type: memberType, ja: name, en, aliases: [] } };
      this.known.byId.set(id, member);
    }
    return { known: member, start, end: end + version.length, matched: nameKey(surface) };
  }
}

/**
 * A version as a member's name writes it, the same however a text did: a size in billions and a
 * dated snapshot after a space (` 405B` for `-405b`, ` (0528)` for `(0528)`); others as written.
 */
function canonicalVersion(version: string): string {
  const core = version.replace(/^[\s-]+/, '');
  if (/^\d+(?:\.\d+)?[Bb](?:-\d+[Ee])?$/.test(core)) return ` ${core.toUpperCase()}`;
  if (/^\(\d{4}\)$/.test(core)) return ` ${core}`;
  return version;
}
