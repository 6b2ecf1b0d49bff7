// Elasticsearch/OpenSearch index settings that wire the exports together: NFKC before kuromoji
// (so full-width digits stay one token), kuromoji in search mode with the user dictionary, width
// folding, the cased names (case-sensitive, before lower-casing, at index and search time alike),
// lower-casing, and the synonym graph at query time only.

/** Where the exported files go, relative to the Elasticsearch config folder. */
export const SYNONYMS_PATH = 'analysis/glossary-synonyms.txt';
export const USER_DICTIONARY_PATH = 'analysis/glossary-userdict.txt';
export const CASED_NAMES_PATH = 'analysis/glossary-cased-names.txt';

export function esIndexSettings(): string {
  const common = { type: 'custom', char_filter: ['glossary_nfkc'], tokenizer: 'glossary_kuromoji' };
  const settings = {
    settings: {
      analysis: {
        char_filter: { glossary_nfkc: { type: 'icu_normalizer', name: 'nfkc', mode: 'compose' } },
        tokenizer: {
          glossary_kuromoji: { type: 'kuromoji_tokenizer', mode: 'search', discard_punctuation: true, user_dictionary: USER_DICTIONARY_PATH },
        },
        filter: {
          // EAR => glossaryear: one token for one, so it may run at index time too.
          glossary_cased_names: { type: 'synonym', synonyms_path: CASED_NAMES_PATH, lenient: false },
          // updateable: the list can be reloaded without reindexing; allowed because it is used at search time only.
          glossary_synonyms: { type: 'synonym_graph', synonyms_path: SYNONYMS_PATH, expand: true, lenient: false, updateable: true },
        },
        analyzer: {
          glossary_index: { ...common, filter: ['cjk_width', 'glossary_cased_names', 'lowercase'] },
          glossary_search: { ...common, filter: ['cjk_width', 'glossary_cased_names', 'lowercase', 'glossary_synonyms'] },
        },
      },
    },
    mappings: { properties: { text: { type: 'text', analyzer: 'glossary_index', search_analyzer: 'glossary_search' } } },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}
