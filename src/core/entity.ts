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
  note?: string;
}
