// `glossary export`: the glossary in the formats search engines and translation tools load.
import type { GlossaryEntry } from '../outputs/glossary.js';
import { writeFileAtomic } from '../core/atomicWrite.js';
import { GlossaryError } from '../core/errors.js';
import { deeplTsv } from '../outputs/formats/deepl.js';
import { esIndexSettings } from '../outputs/formats/esIndexSettings.js';
import { esSynonymsSet } from '../outputs/formats/esSynonymsSet.js';
import { solrSynonyms } from '../outputs/formats/solr.js';
import { tbx } from '../outputs/formats/tbx.js';
import { loadGlossary, type GlossarySourceOptions } from '../outputs/glossaryFile.js';

interface ExportFormat {
  make: (entries: GlossaryEntry[]) => string | Promise<string>;
  /** False for formats that do not depend on the entries (index settings). */
  readsEntries: boolean;
}

/** Each format and how it is made; the user dictionary needs kuromoji, loaded only for it. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  solr: { make: solrSynonyms, readsEntries: true },
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
  tbx: { make: tbx, readsEntries: true },
  deepl: { make: deeplTsv, readsEntries: true },
};

export interface ExportOptions extends GlossarySourceOptions {
  /** Also export the entries discovery found (by default only the dictionary's, which a person curated). */
  includeDiscovered?: boolean;
}

/** The entries an export holds: a search index's synonyms or a term base should be reviewed, so discovered ones only when asked. */
export const exportedEntries = (entries: GlossaryEntry[], includeDiscovered = false): GlossaryEntry[] =>
  includeDiscovered ? entries : entries.filter((e) => e.source !== 'discovered');

export async function exportGlossary(name: string, options: ExportOptions): Promise<string> {
  const format = EXPORT_FORMATS[name];
  if (!format) throw new GlossaryError(`unknown format "${name}"`, `use one of: ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  return format.make(format.readsEntries ? exportedEntries((await loadGlossary(options)).entries, options.includeDiscovered) : []);
}

/** Writes the export to a file (atomically) or returns it for standard output. */
export async function runExport(format: string, options: ExportOptions & { out?: string }): Promise<string | undefined> {
  const content = await exportGlossary(format, options);
  if (options.out === undefined) return content;
  writeFileAtomic(options.out, content);
  return undefined;
}
