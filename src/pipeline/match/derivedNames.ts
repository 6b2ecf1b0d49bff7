// Names the dictionary implies without listing them, which the names rule finds too.
import { namesOf, type Dictionary, type Entry } from '../../dictionary/dictionary.js';
import { hasLatinLetter } from '../../core/script.js';

/** The words for "and" in a title's name: any of them writes the same name (CHIPSおよび科学法, CHIPSと科学法). */
const AND_WORDS = ['および', '及び', '並びに', 'ならびに', 'と'];
/** One of them between two characters that are no hiragana: と inside …との… is a particle, no "and". */
const AND_BETWEEN = new RegExp(`(?<=[^\\p{Script=Hiragana}])(?:${AND_WORDS.join('|')})(?=[^\\p{Script=Hiragana}])`, 'u');

/**
 * A name written with another word for "and" where the dictionary's has one: writers and
 * translators vary it (外国為替及び外国貿易法, 外国為替および外国貿易法). Only a written "and" is
 * varied: a middle dot also joins the words of one name (アドバンスト・マイクロ・デバイセズ).
 */
export function andVariants(name: string): string[] {
  const match = AND_BETWEEN.exec(name);
  if (!match) return [];
  const [before, after] = [name.slice(0, match.index), name.slice(match.index + match[0].length)];
  return AND_WORDS.filter((word) => word !== match[0]).map((word) => before + word + after);
}

/**
 * Names the dictionary implies without listing them: a name with another word for "and"
 * (andVariants), an agency preceded by its country (`米` + `商務省`), and by its parent body with
 * or without `の` (`商務省の産業安全保障局`). Each agency's names are worked out once, since its
 * children build on them.
 */
export class DerivedNames {
  private readonly done = new Map<string, string[]>();

  constructor(private readonly dictionary: Dictionary) {}

  of(entry: Entry): string[] {
    const variants = namesOf(entry).flatMap(andVariants);
    return entry.type === 'agency' ? [...variants, ...this.ofAgency(entry)] : variants;
  }

  private ofAgency(entry: Entry): string[] {
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
      for (const p of japanese([...namesOf(parent), ...this.ofAgency(parent)])) {
        for (const name of japanese(own)) found.add(p + name).add(`${p}の${name}`);
      }
      for (const p of latin(namesOf(parent))) for (const name of latin(own)) found.add(`${p}'s ${name}`);
    }
    names = [...found];
    this.done.set(entry.id, names);
    return names;
  }
}
