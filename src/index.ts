// The library's public API: what a program that uses glossary without the CLI needs, by stage.
// Everything else under src/ is internal and may change without notice.

// Core: the entity, errors a user can act on, normalization and name keys.
export { ENTITY_TYPES, NON_ENTITY_CLASSES, type Entity, type EntityType, type NonEntityClass } from './core/entity.js';
export { GlossaryError } from './core/errors.js';
export { nameKey, normalize, variantKey, type NormalizedText } from './core/normalize.js';

// The dictionary.
export { loadDictionary, parseDictionary, namesOf, type Dictionary, type Entry, type Pattern, type SourceLocation } from './dictionary/dictionary.js';
export type { DictionarySource } from './dictionary/cache.js';

// One document through the pipeline: read, tokenize, match (and discover), locate.
export { listInputFiles, readDocument, textToScan, InputProblem, type SourceDocument } from './pipeline/read/read.js';
export { ENCODINGS, type InputEncoding } from './pipeline/read/decode.js';
export { getTokenizer, type Token, type Tokenizer } from './pipeline/tokenize/tokenize.js';
export { Matcher, type MatchContext, type Mention } from './pipeline/match/match.js';
export {
  documentContext,
  findInDocument,
  findMentions,
  textDocument,
  type DocumentContext,
  type DocumentFindings,
  type LocatedOccurrence,
} from './pipeline/document.js';
export type { LocatedMention } from './pipeline/locate.js';

// Counting.
export { Aggregate, type AggregateData, type DocumentSummary, type EntityCounts } from './aggregate/aggregate.js';
export type { Example } from './aggregate/examples.js';

// Outputs and their formats.
export { toGlossary, type AliasCounts, type EntrySource, type EnglishSource, type Evidence, type Glossary, type GlossaryEntry } from './outputs/glossary.js';
export { aliasCounts, discoveredEntries, isConfident } from './outputs/discovered.js';
export { candidatesAbove, DEFAULT_MIN_SCORE, rankCandidates, rankedTallies, type Candidate, type RankedCandidate } from './outputs/candidates.js';
export { loadGlossary, type GlossarySourceOptions, type LoadedGlossary } from './outputs/glossaryFile.js';
export { glossaryJson } from './outputs/formats/json.js';
export { glossaryCsv } from './outputs/formats/csv.js';
export { candidatesJson } from './outputs/formats/candidatesJson.js';
export { candidatesCsv } from './outputs/formats/candidatesCsv.js';
export { reportHtml } from './outputs/formats/report.js';
export { solrSynonyms } from './outputs/formats/solr.js';
export { esSynonymsSet } from './outputs/formats/esSynonymsSet.js';
export { esIndexSettings } from './outputs/formats/esIndexSettings.js';
export { kuromojiUserDictionary } from './outputs/formats/kuromojiUserDict.js';
export { tbx } from './outputs/formats/tbx.js';
export { deeplTsv } from './outputs/formats/deepl.js';

// Runs over many documents: build, and its map and reduce steps.
export { build, collect, writeGlossary, type BuildOptions, type BuildSummary, type CollectOptions, type Collected, type WriteOptions } from './run/build.js';
export { extractFiles, extractLines, merge, readPartials, type MergeOptions, type PartialSource } from './run/mapReduce.js';

// The other commands.
export { lookup, type LookupOutput } from './commands/lookup.js';
export { GlossaryIndex } from './commands/glossaryIndex.js';
export { accept, type AcceptOptions, type Accepted } from './commands/accept.js';
export { exportGlossary, exportedEntries, EXPORT_FORMATS, type ExportOptions, type FormatOptions } from './commands/export.js';
