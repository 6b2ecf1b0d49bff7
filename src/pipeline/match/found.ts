// What the match rules find: spans of the normalized text, each naming a known entity.
import type { Entry } from '../../dictionary/dictionary.js';
import { entityOf, type Entity } from '../../core/entity.js';
import type { Token } from '../tokenize/tokenize.js';

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
  /** The text's web addresses (core/webAddress.ts), where the caller found them already for discovery too. */
  addresses?: Array<[number, number]>;
}

/** What the rules consult about a text: its characters, token boundaries, and its tokens in order. */
export interface Analyzed {
  text: string;
  boundaries: Uint8Array;
  tokens: Token[];
}

/**
 * What the matcher knows of an entity: the public Entity it hands on, and, for a national body,
 * its country (which a mention's neighbour may contradict). Entries stay inside the matcher.
 */
export interface Known {
  entity: Entity;
  country?: string;
}

/** A mention as the rules find it, before the public Entity is handed on. */
export interface Found {
  known: Known;
  start: number;
  end: number;
  matched: string;
}

export const knownOf = (entry: Entry): Known => ({ entity: entityOf(entry), ...(entry.country !== undefined && { country: entry.country }) });

/** Stands for the words that name no entity: they win overlaps like names, then vanish. */
export const NOT_AN_ENTITY: Known = { entity: { id: '', type: 'company', ja: '', en: '', aliases: [] } };

/** The entities the rules know and make, shared by them: by name key, and by id (with the members and pattern entities made so far). */
export interface KnownEntities {
  byKey: Map<string, Known>;
  byId: Map<string, Known>;
}
