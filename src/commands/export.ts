// `glossary export`: the glossary in the formats search engines and translation tools load.
import type { GlossaryEntry } from '../outputs/glossary.js';
import { writeFileAtomic } from '../core/atomicWrite.js';
import { GlossaryError } from '../core/errors.js';
import { deeplTsv } from '../outputs/formats/deepl.js';
import { esIndexSettings } from '../outputs/formats/esIndexSettings.js';
import { esSynonymsSet } from '../outputs/formats/esSynonymsSet.js';
import { solrCasedNames, solrSynonyms } from '../outputs/formats/solr.js';
import { tbx, TBX_VERSIONS, type TbxVersion } from '../outputs/formats/tbx.js';
import { loadGlossary, type GlossarySourceOptions } from '../outputs/glossaryFile.js';
import { ENTRY_ORDERS, sortEntries, type EntryOrder } from '../outputs/order.js';

/** Options that some formats take. */
export interface FormatOptions {
  /** TBX: `3` (ISO 30042:2019, default) or `2` (ISO 30042:2008, `martif`, which most CAT tools read). */
  tbxVersion?: string;
  /** `mentions` (the glossary's order, default) or `reading` (gojūon order of the Japanese names). */
  sort?: string;
}

interface ExportFormat {
  make: (entries: GlossaryEntry[], options: FormatOptions) => string | Uint8Array | Promise<string | Uint8Array>;
  /** False for formats that do not depend on the entries (index settings). */
  readsEntries: boolean;
}

/** Each format and how it is made; the user dictionary needs kuromoji, loaded only for it. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  solr: { make: solrSynonyms, readsEntries: true },
  'cased-names': { make: solrCasedNames, readsEntries: true },
  'es-synonyms-set': { make: esSynonymsSet, readsEntries: true },
  'kuromoji-userdict': {
    readsEntries: true,
    make: async (entries) => {
      const [{ kuromojiUserDictionary }, { getTokenizer }] = await Promise.all([
        import('../outputs/formats/kuromojiUserDict.js'),
        import('../pipeline/tokenize/tokenize.js'),
      ]);
      return kuromojiUserDictionary(entries, await getTokenizer());
    },
  },
  'es-index-settings': { make: () => esIndexSettings(), readsEntries: false },
  tbx: { make: (entries, { tbxVersion = '3' }) => tbx(entries, checkedTbxVersion(tbxVersion)), readsEntries: true },
  deepl: { make: deeplTsv, readsEntries: true },
  xlsx: {
    readsEntries: true,
    make: async (entries) => (await import('../outputs/formats/xlsx.js')).glossaryXlsx({ entries }),
  },
};

function checkedOrder(order: string): EntryOrder {
  if (!(ENTRY_ORDERS as readonly string[]).includes(order)) throw new GlossaryError(`--sort ${order} is not an order`, `use one of: ${ENTRY_ORDERS.join(', ')}`);
  return order as EntryOrder;
}

function checkedTbxVersion(version: string): TbxVersion {
  if (!(TBX_VERSIONS as readonly string[]).includes(version)) throw new GlossaryError(`--tbx-version ${version} is not a TBX version`, `use one of: ${TBX_VERSIONS.join(', ')}`);
  return version as TbxVersion;
}

export async function exportGlossary(name: string, options: GlossarySourceOptions & FormatOptions): Promise<string | Uint8Array> {
  const format = EXPORT_FORMATS[name];
  if (!format) throw new GlossaryError(`unknown format "${name}"`, `use one of: ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  const order = checkedOrder(options.sort ?? 'mentions');
  return format.make(format.readsEntries ? sortEntries((await loadGlossary(options)).entries, order) : [], options);
}

/** Writes the export to a file (atomically) or returns it for standard output. */
export async function runExport(format: string, options: GlossarySourceOptions & FormatOptions & { out?: string }): Promise<string | Uint8Array | undefined> {
  const content = await exportGlossary(format, options);
  if (options.out === undefined) return content;
  writeFileAtomic(options.out, content);
  return undefined;
}
