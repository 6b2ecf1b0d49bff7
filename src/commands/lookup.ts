// `glossary lookup`: entries for the given terms as text or JSON, with suggestions for misses.
// A term the build's glossary lacks is looked up in the dictionary too: the articles a user built
// may never name BIS, yet the dictionary knows it.
import { entryText, type EntrySource } from '../outputs/formats/entryText.js';
import { loadDictionaryGlossary, loadGlossary, type GlossarySourceOptions, type LoadedGlossary } from '../outputs/glossaryFile.js';
import type { GlossaryEntry } from '../outputs/glossary.js';
import { defaultDictDir } from '../core/paths.js';
import { GlossaryIndex, type Suggestion } from './glossaryIndex.js';

export interface LookupOutput {
  output: string;
  /** False when any term named no entry. */
  found: boolean;
}

interface LookupResult {
  term: string;
  entry?: GlossaryEntry;
  source?: EntrySource;
  suggestions: Suggestion[];
}

/** A glossary with its index (which keys names only as far as a lookup needs). */
interface Searchable {
  glossary: LoadedGlossary;
  names: GlossaryIndex;
}
const searchable = (glossary: LoadedGlossary): Searchable => ({ glossary, names: new GlossaryIndex(glossary.entries) });

export async function lookup(terms: string[], options: GlossarySourceOptions & { json?: boolean }): Promise<LookupOutput> {
  const primary = searchable(await loadGlossary(options));
  const built = primary.glossary.counted ? { kind: 'build' as const, documentPaths: primary.glossary.documentPaths } : { kind: 'dictionary' as const };
  let fallback: Searchable | undefined;
  const dictionary = async () => (fallback ??= searchable(await loadDictionaryGlossary(options.dict ?? defaultDictDir())));

  const results: LookupResult[] = [];
  for (const term of terms) {
    const entry = primary.names.find(term);
    if (entry) {
      results.push({ term, entry, source: built, suggestions: [] });
      continue;
    }
    if (primary.glossary.counted) {
      const dict = await dictionary();
      const known = dict.names.find(term);
      if (known) {
        results.push({ term, entry: known, source: { kind: 'not-in-build', glossary: primary.glossary.source, dictionary: dict.glossary.source }, suggestions: [] });
        continue;
      }
    }
    const suggestions = primary.names.suggest(term);
    results.push({ term, suggestions: suggestions.length || !fallback ? suggestions : fallback.names.suggest(term) });
  }

  const found = results.every((r) => r.entry);
  if (options.json) {
    const json = results.map(({ term, entry, source, suggestions }) =>
      entry
        ? { term, ...(source?.kind !== 'dictionary' && { inBuild: source?.kind === 'build' }), entry }
        : { term, entry: null, suggestions: suggestions.map((s) => ({ name: s.name, id: s.entry.id })) },
    );
    return { output: `${JSON.stringify(terms.length === 1 ? json[0] : json, null, 2)}\n`, found };
  }
  const blocks = results.map(({ term, entry, source, suggestions }) => {
    if (entry && source) return entryText(entry, source);
    const hint = suggestions.length
      ? `  did you mean: ${suggestions.map((s) => (s.name === s.entry.ja || s.name === s.entry.en ? s.name : `${s.name} (${s.entry.ja} / ${s.entry.en})`)).join(', ')}\n`
      : '';
    const searched = fallback ? `${primary.glossary.source} or ${fallback.glossary.source}` : primary.glossary.source;
    return `"${term}": not in ${searched}\n${hint}`;
  });
  return { output: blocks.join('\n'), found };
}
