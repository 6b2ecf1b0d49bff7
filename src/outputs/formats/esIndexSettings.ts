// Elasticsearch/OpenSearch index settings that wire the exports together: NFKC before kuromoji
// (so full-width digits stay one token), kuromoji in search mode with the user dictionary, width
// folding, the cased names (case-sensitive, before lower-casing, at index and search time alike),
// lower-casing, and the synonym graph at query time only.
//
// Three variants, for where the rules can live: `files` in config/analysis on every node;
// `inline`, every rule in the settings (managed clusters that take no files, such as Elastic Cloud
// or Amazon OpenSearch Service); `synonyms-set`, the synonyms in an Elasticsearch synonyms set
// (8.10+, `PUT _synonyms/glossary` with the es-synonyms-set export, reloadable without reindexing)
// and the rest inline.

/** Where the exported files go, relative to the Elasticsearch config folder. */
export const SYNONYMS_PATH = 'analysis/glossary-synonyms.txt';
export const USER_DICTIONARY_PATH = 'analysis/glossary-userdict.txt';
export const CASED_NAMES_PATH = 'analysis/glossary-cased-names.txt';
/** The synonyms set the `synonyms-set` variant refers to. */
export const SYNONYMS_SET = 'glossary';

export const ES_VARIANTS = ['files', 'inline', 'synonyms-set'] as const;
export type EsVariant = (typeof ES_VARIANTS)[number];

/** The rules themselves, for the variants that hold them inline. */
export interface EsRules {
  synonyms: string[];
  casedNames: string[];
  userDictionary: string[];
}

export function esIndexSettings(variant: EsVariant = 'files', rules?: EsRules): string {
  if (variant !== 'files' && !rules) throw new Error(`the ${variant} variant needs the rules`);
  const inline = variant === 'files' ? undefined : rules;
  const common = { type: 'custom', char_filter: ['glossary_nfkc'], tokenizer: 'glossary_kuromoji' };
  // updateable: the list can be reloaded without reindexing; allowed because it is used at search time only.
  const synonyms =
    variant === 'files' ? { synonyms_path: SYNONYMS_PATH, updateable: true }
    : variant === 'synonyms-set' ? { synonyms_set: SYNONYMS_SET, updateable: true }
    : { synonyms: rules!.synonyms };
  const settings = {
    settings: {
      analysis: {
        char_filter: { glossary_nfkc: { type: 'icu_normalizer', name: 'nfkc', mode: 'compose' } },
        tokenizer: {
          glossary_kuromoji: {
            type: 'kuromoji_tokenizer', mode: 'search', discard_punctuation: true,
            ...(inline ? { user_dictionary_rules: inline.userDictionary } : { user_dictionary: USER_DICTIONARY_PATH }),
          },
        },
        filter: {
          // EAR => glossaryear: one token for one, so it may run at index time too.
          glossary_cased_names: { type: 'synonym', ...(inline ? { synonyms: inline.casedNames } : { synonyms_path: CASED_NAMES_PATH }), lenient: false },
          glossary_synonyms: { type: 'synonym_graph', ...synonyms, expand: true, lenient: false },
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
