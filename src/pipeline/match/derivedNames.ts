// Names the dictionary implies without listing them, which the names rule finds too.
import { namesOf, type Dictionary, type Entry } from '../../dictionary/dictionary.js';
import { hasLatinLetter } from '../../core/script.js';

/**
 * Names the dictionary implies without listing them: an agency preceded by its country
 * (`米` + `商務省`), and by its parent body with or without `の` (`商務省の産業安全保障局`).
 * Each agency's names are worked out once, since its children build on them.
 */
export class DerivedNames {
  private readonly done = new Map<string, string[]>();

  constructor(private readonly dictionary: Dictionary) {}

  of(entry: Entry): string[] {
    if (entry.type !== 'agency') return [];
    let names = this.done.get(entry.id);
    if (names) return names;
    this.done.set(entry.id, []); // a parent cycle ends here
    const japanese = (list: string[]) => list.filter((n) => !hasLatinLetter(n));
    const latin = (list: string[]) => list.filter(hasLatinLetter);
    const own = namesOf(entry);
    const found = new Set<string>();
    const country = entry.country ? this.dictionary.byId.get(entry.country) : undefined;
    if (country) {
      const prefixes = [...japanese(namesOf(country)), ...(country.short ? [country.short] : [])];
      for (const prefix of prefixes) for (const name of japanese(own)) found.add(prefix + name);
    }
    const parent = entry.parent ? this.dictionary.byId.get(entry.parent) : undefined;
    if (parent) {
      for (const p of japanese([...namesOf(parent), ...this.of(parent)])) {
        for (const name of japanese(own)) found.add(p + name).add(`${p}の${name}`);
      }
      for (const p of latin(namesOf(parent))) for (const name of latin(own)) found.add(`${p}'s ${name}`);
    }
    names = [...found];
    this.done.set(entry.id, names);
    return names;
  }
}
