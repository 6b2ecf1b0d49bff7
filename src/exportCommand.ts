// `glossary export`: the glossary in the formats search engines and translation tools load.
import type { GlossaryEntry } from './aggregate.js';
import { writeFileAtomic } from './atomicWrite.js';
import { GlossaryError } from './errors.js';
import { deeplTsv } from './formats/deepl.js';
import { esIndexSettings } from './formats/esIndexSettings.js';
import { esSynonymsSet } from './formats/esSynonymsSet.js';
import { solrSynonyms } from './formats/solr.js';
import { tbx } from './formats/tbx.js';
import { loadGlossary, type GlossarySourceOptions } from './glossaryFile.js';

/** Each format and how it is made; the user dictionary needs kuromoji, loaded only for it. */
export const EXPORT_FORMATS: Record<string, (entries: GlossaryEntry[]) => string | Promise<string>> = {
  solr: solrSynonyms,
  'es-synonyms-set': esSynonymsSet,
  'kuromoji-userdict': async (entries) => {
    const [{ kuromojiUserDictionary }, { getTokenizer }] = await Promise.all([
      import('./formats/kuromojiUserDict.js'),
      import('./tokenize.js'),
    ]);
    return kuromojiUserDictionary(entries, await getTokenizer());
  },
  'es-index-settings': () => esIndexSettings(),
  tbx,
  deepl: deeplTsv,
};

export async function exportGlossary(format: string, options: GlossarySourceOptions): Promise<string> {
  const make = EXPORT_FORMATS[format];
  if (!make) throw new GlossaryError(`unknown format "${format}"`, `use one of: ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  const { entries } = await loadGlossary(options);
  return make(entries);
}

/** Writes the export to a file (atomically) or returns it for standard output. */
export async function runExport(format: string, options: GlossarySourceOptions & { out?: string }): Promise<string | undefined> {
  const content = await exportGlossary(format, options);
  if (options.out === undefined) return content;
  writeFileAtomic(options.out, content);
  return undefined;
}
