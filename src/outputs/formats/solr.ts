// The Solr synonyms format, which Solr, Elasticsearch (`synonym_graph`) and OpenSearch load:
// one equivalence line per entity, each preceded by a `#` comment naming it.
import type { GlossaryEntry } from '../glossary.js';
import { synonymGroups, synonymTerms } from './synonymTerms.js';
import { qualifiedEn } from '../../core/entity.js';
import { CONTROL_CHARACTERS } from '../../core/normalize.js';

/** Escapes what SolrSynonymParser splits on: `\`, `,` and `=>`; a leading `#` would make a comment. */
export function escapeSynonymTerm(term: string): string {
  return term.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/=>/g, '\\=>').replace(/^#/, '\\#');
}

/** One Solr rule per entity with two or more terms, as `[id, rule]` pairs. */
export function solrRules(entries: GlossaryEntry[]): Array<{ entry: GlossaryEntry; rule: string }> {
  return synonymGroups(entries)
    .filter((g) => g.terms.length > 1)
    .map(({ entry, terms }) => ({ entry, rule: terms.map(escapeSynonymTerm).join(', ') }));
}

export function solrSynonyms(entries: GlossaryEntry[]): string {
  const lines = ['# glossary synonyms (Solr format): one line per entity, all its Japanese and English names'];
  for (const { entry, rule } of solrRules(entries)) {
    // Names are checked on load; a control character in a comment would still end it and start a rule.
    const comment = `# ${entry.id} (${entry.type}): ${qualifiedEn(entry)}`.replace(CONTROL_CHARACTERS, ' ');
    lines.push(comment, rule.replace(CONTROL_CHARACTERS, ' '));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Rules for the filter before lower-casing (case-sensitive): each capitalised form of a name that
 * is an ordinary word in lower case becomes the token the synonym rules use (`EAR => glossaryear`).
 */
export function casedNameRules(entries: GlossaryEntry[]): string[] {
  return synonymTerms(entries).casedNames.map(({ written, token }) => `${written.map(escapeSynonymTerm).join(', ')} => ${token}`);
}

export function solrCasedNames(entries: GlossaryEntry[]): string {
  const header = '# glossary cased names (Solr format, case-sensitive, before lower-casing): names that are ordinary English words in lower case';
  return `${[header, ...casedNameRules(entries)].join('\n')}\n`;
}
