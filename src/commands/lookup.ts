// `glossary lookup`: entries for the given terms as text or JSON, with suggestions for misses.
import { entryText } from '../outputs/formats/entryText.js';
import { loadGlossary, type GlossarySourceOptions } from '../outputs/glossaryFile.js';
import { GlossaryIndex } from './glossaryIndex.js';

export interface LookupOutput {
  output: string;
  /** False when any term named no entry. */
  found: boolean;
}

export async function lookup(terms: string[], options: GlossarySourceOptions & { json?: boolean }): Promise<LookupOutput> {
  const glossary = await loadGlossary(options);
  const index = new GlossaryIndex(glossary.entries);
  const results = terms.map((term) => {
    const entry = index.find(term);
    return { term, entry, suggestions: entry ? [] : index.suggest(term) };
  });
  const found = results.every((r) => r.entry);
  if (options.json) {
    const json = results.map(({ term, entry, suggestions }) =>
      entry ? { term, entry } : { term, entry: null, suggestions: suggestions.map((s) => ({ name: s.name, id: s.entry.id })) },
    );
    return { output: `${JSON.stringify(terms.length === 1 ? json[0] : json, null, 2)}\n`, found };
  }
  const blocks = results.map(({ term, entry, suggestions }) => {
    if (entry) return entryText(entry, glossary.counted);
    const hint = suggestions.length
      ? `  did you mean: ${suggestions.map((s) => (s.name === s.entry.ja || s.name === s.entry.en ? s.name : `${s.name} (${s.entry.ja} / ${s.entry.en})`)).join(', ')}\n`
      : '';
    return `"${term}": not in ${glossary.source}\n${hint}`;
  });
  return { output: blocks.join('\n'), found };
}
