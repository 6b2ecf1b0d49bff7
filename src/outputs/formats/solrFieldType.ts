// A Solr field type (managed-schema XML) that wires the exports as the Elasticsearch settings do:
// NFKC, kuromoji in search mode with the user dictionary, width folding, the cased names
// (case-sensitive, before lower-casing, at index and query time), lower-casing, and the synonym
// graph at query time only. Solr parses synonym rules with a whitespace tokenizer unless told
// otherwise, which splits no Japanese: both synonym filters name kuromoji with the user dictionary.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

/** The files the field type refers to, in the Solr core's `conf/` folder. */
export const SOLR_FILES = {
  synonyms: 'glossary-synonyms.txt',
  casedNames: 'glossary-cased-names.txt',
  userDictionary: 'glossary-userdict.txt',
} as const;
export const SOLR_FIELD_TYPE = 'text_ja_glossary';

const kuromoji = { mode: 'search', discardPunctuation: 'true', userDictionary: SOLR_FILES.userDictionary, userDictionaryEncoding: 'UTF-8' };
/** The same tokenizer for parsing the rules, as SynonymGraphFilterFactory's `tokenizerFactory.*` arguments. */
const ruleTokenizer = {
  tokenizerFactory: 'solr.JapaneseTokenizerFactory',
  ...Object.fromEntries(Object.entries(kuromoji).map(([k, v]) => [`tokenizerFactory.${k}`, v])),
};

function analyzer(fieldType: XMLBuilder, type: 'index' | 'query'): void {
  const a = fieldType.ele('analyzer', { type });
  a.ele('charFilter', { class: 'solr.ICUNormalizer2CharFilterFactory', name: 'nfkc', mode: 'compose' });
  a.ele('tokenizer', { class: 'solr.JapaneseTokenizerFactory', ...kuromoji });
  a.ele('filter', { class: 'solr.CJKWidthFilterFactory' });
  a.ele('filter', { class: 'solr.SynonymGraphFilterFactory', synonyms: SOLR_FILES.casedNames, ignoreCase: 'false', expand: 'false', ...ruleTokenizer });
  // An index-time graph filter needs flattening; the cased names map one token to one, so this changes nothing.
  if (type === 'index') a.ele('filter', { class: 'solr.FlattenGraphFilterFactory' });
  a.ele('filter', { class: 'solr.LowerCaseFilterFactory' });
  if (type === 'query') a.ele('filter', { class: 'solr.SynonymGraphFilterFactory', synonyms: SOLR_FILES.synonyms, ignoreCase: 'false', expand: 'true', ...ruleTokenizer });
}

export function solrFieldType(): string {
  const fieldType = create({ version: '1.0', encoding: 'UTF-8' }).ele('fieldType', {
    name: SOLR_FIELD_TYPE,
    class: 'solr.TextField',
    positionIncrementGap: '100',
    autoGeneratePhraseQueries: 'false',
  });
  analyzer(fieldType, 'index');
  analyzer(fieldType, 'query');
  return fieldType.end({ prettyPrint: true }) + '\n';
}
