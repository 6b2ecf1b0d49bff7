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

/** The entity as the glossary shows it, without what a dictionary entry adds (source, country…). */
export const publicEntity = ({ id, type, ja, en, aliases, note }: Entity): Entity => ({ id, type, ja, en, aliases: [...aliases], ...(note !== undefined && { note }) });
