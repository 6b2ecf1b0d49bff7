// `glossary export`: the glossary in the formats search engines and translation tools load.
import type { GlossaryEntry } from '../outputs/glossary.js';
import { writeFileAtomic } from '../core/atomicWrite.js';
import { GlossaryError } from '../core/errors.js';
import { deeplTsv } from '../outputs/formats/deepl.js';
import { ES_VARIANTS, esIndexSettings } from '../outputs/formats/esIndexSettings.js';
import { esSynonymsSet } from '../outputs/formats/esSynonymsSet.js';
import { casedNameRules, solrCasedNames, solrRules, solrSynonyms } from '../outputs/formats/solr.js';
import { tbx, TBX_VERSIONS } from '../outputs/formats/tbx.js';
import { solrFieldType } from '../outputs/formats/solrFieldType.js';
import { loadGlossary, type GlossarySourceOptions } from '../outputs/glossaryFile.js';
import { ENTRY_ORDERS, sortEntries } from '../outputs/order.js';

/** Options that some formats take. */
export interface FormatOptions {
  /** TBX: `3` (ISO 30042:2019, default) or `2` (ISO 30042:2008, `martif`, which most CAT tools read). */
  tbxVersion?: string;
  /** `mentions` (the glossary's order, default) or `reading` (gojūon order of the Japanese names). */
  sort?: string;
  /** es-index-settings: where the rules live: `files` (default), `inline` or `synonyms-set`. */
  esVariant?: string;
}

interface ExportFormat {
  make: (entries: GlossaryEntry[], options: FormatOptions) => string | Uint8Array | Promise<string | Uint8Array>;
  /** False for formats that do not depend on the entries (the Solr field type). */
  readsEntries: boolean;
}

/** kuromoji's tokenizer, loaded only for the formats that need it. */
const tokenizer = async () => (await import('../pipeline/tokenize/tokenize.js')).getTokenizer();

/** Each format and how it is made. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  solr: { make: solrSynonyms, readsEntries: true },
  'cased-names': { make: solrCasedNames, readsEntries: true },
  'es-synonyms-set': { make: esSynonymsSet, readsEntries: true },
  'kuromoji-userdict': {
    readsEntries: true,
    make: async (entries) => (await import('../outputs/formats/kuromojiUserDict.js')).kuromojiUserDictionary(entries, await tokenizer()),
  },
  'es-index-settings': {
    readsEntries: true,
    make: async (entries, { esVariant = 'files' }) => {
      const variant = checkedChoice('--es-variant', esVariant, ES_VARIANTS);
      if (variant === 'files') return esIndexSettings(variant);
      const { userDictionaryRules } = await import('../outputs/formats/kuromojiUserDict.js');
      return esIndexSettings(variant, {
        synonyms: solrRules(entries).map((r) => r.rule),
        casedNames: casedNameRules(entries),
        userDictionary: userDictionaryRules(entries, await tokenizer()),
      });
    },
  },
  'solr-field-type': { make: solrFieldType, readsEntries: false },
  tbx: { make: (entries, { tbxVersion = '3' }) => tbx(entries, checkedChoice('--tbx-version', tbxVersion, TBX_VERSIONS)), readsEntries: true },
  deepl: { make: deeplTsv, readsEntries: true },
  xlsx: {
    readsEntries: true,
    make: async (entries) => (await import('../outputs/formats/xlsx.js')).glossaryXlsx({ entries }),
  },
};

/** An option's value, checked against the values it may take. */
function checkedChoice<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new GlossaryError(`${option} ${value} is not one of the choices`, `use one of: ${choices.join(', ')}`);
  return value as T;
}

export interface ExportOptions extends GlossarySourceOptions, FormatOptions {
  /** Also export the entries discovery found (by default only the dictionary's, which a person curated). */
  includeDiscovered?: boolean;
}

/** The entries an export holds: a search index's synonyms or a term base should be reviewed, so discovered ones only when asked. */
export const exportedEntries = (entries: GlossaryEntry[], includeDiscovered = false): GlossaryEntry[] =>
  includeDiscovered ? entries : entries.filter((e) => e.source !== 'discovered');

export async function exportGlossary(name: string, options: ExportOptions): Promise<string | Uint8Array> {
  const format = Object.hasOwn(EXPORT_FORMATS, name) ? EXPORT_FORMATS[name] : undefined;
  if (!format) throw new GlossaryError(`unknown format "${name}"`, `use one of: ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  const order = checkedChoice('--sort', options.sort ?? 'mentions', ENTRY_ORDERS);
  const entries = format.readsEntries ? exportedEntries((await loadGlossary(options)).entries, options.includeDiscovered) : [];
  return format.make(sortEntries(entries, order), options);
}

/** Writes the export to a file (atomically) or returns it for standard output. */
export async function runExport(format: string, options: ExportOptions & { out?: string }): Promise<string | Uint8Array | undefined> {
  const content = await exportGlossary(format, options);
  if (options.out === undefined) return content;
  writeFileAtomic(options.out, content);
  return undefined;
}
