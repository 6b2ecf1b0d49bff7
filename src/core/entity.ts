// What the glossary is about: entities of six types, each with a Japanese and an English name.

export const ENTITY_TYPES = ['company', 'chip', 'agency', 'regulation', 'country', 'model'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

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
  /** The Japanese name's reading (よみ) in katakana: `ファーウェイギジュツ` for 華為技術. */
  reading?: string;
  note?: string;
}

/** The English name with its qualifier, `Huawei Ascend (family)`: unique, for people and for matching. */
export const qualifiedEn = (entity: Pick<Entity, 'en' | 'qualifier'>): string =>
  entity.qualifier === undefined ? entity.en : `${entity.en} (${entity.qualifier})`;
