// The body of Elasticsearch's `PUT _synonyms/<set>`: one rule per entity, rule id = entity id.
import type { GlossaryEntry } from '../glossary.js';
import { solrRules } from './solr.js';

export function esSynonymsSet(entries: GlossaryEntry[]): string {
  const synonyms_set = solrRules(entries).map(({ entry, rule }) => ({ id: entry.id, synonyms: rule }));
  return `${JSON.stringify({ synonyms_set }, null, 2)}\n`;
}
