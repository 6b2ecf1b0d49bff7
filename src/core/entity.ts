// What the glossary is about: entities of six types, each with a Japanese and an English name.

export const ENTITY_TYPES = ['company', 'chip', 'agency', 'regulation', 'country', 'model'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * What discovery may recognise a name-like span as instead of an entity, so that it never enters
 * the glossary: a person, a place, an amount or date, a generic phrase with no sign of a name
 * (バリューチェーン), or another kind of name (a university, an institute, a party).
 */
export const NON_ENTITY_CLASSES = ['person', 'place', 'amount', 'generic', 'other'] as const;
export type NonEntityClass = (typeof NON_ENTITY_CLASSES)[number];

export const isEntityType = (type: string): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type);

/** An entity as the glossary shows it: a dictionary entry, or one that a pattern made up. */
export interface Entity {
  id: string;
  type: EntityType;
  ja: string;
  en: string;
  aliases: string[];
  /**
   * What tells the entity apart from others of its English name or says what kind of thing it is
   * (`family`, `architecture`, `Taiwan`). Not part of `en`, so a translation target carries none.
   */
  qualifier?: string;
  /** The Japanese name's reading (よみ) in katakana: `バイドゥ` for 百度. */
  reading?: string;
  /** Readings of aliases that kuromoji reads wrong or cannot, by alias: `{ 華為技術: 'ファーウェイギジュツ' }`. */
  readings?: Record<string, string>;
  note?: string;
}

/**
 * The public fields of an entity and nothing else, in a fixed order: a dictionary entry's own
 * fields (its source, its country) stay behind, so what is handed on does not depend on where
 * the entity came from.
 */
export function entityOf({ id, type, ja, en, aliases, qualifier, reading, readings, note }: Entity): Entity {
  return {
    id, type, ja, en, aliases,
    ...(qualifier !== undefined && { qualifier }),
    ...(reading !== undefined && { reading }),
    ...(readings !== undefined && { readings }),
    ...(note !== undefined && { note }),
  };
}

/** An id from an English name: lower case, words joined by hyphens (`Office of Export Enforcement` → `office-of-export-enforcement`); empty when it has no Latin letters or digits. */
export const entityIdFrom = (name: string): string =>
  name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The English name with its qualifier, `Huawei Ascend (family)`: unique, for people and for matching. */
export const qualifiedEn = (entity: Pick<Entity, 'en' | 'qualifier'>): string =>
  entity.qualifier === undefined ? entity.en : `${entity.en} (${entity.qualifier})`;
