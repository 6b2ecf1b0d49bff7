// What the dictionary says of makers: the type their products mostly have, which a product the
// text names right after its maker likely has too (discovery's typing/afterMaker.ts), and whether
// their products carry the maker's name, so that a new one may too (the matcher's names.ts).
import type { EntityType } from '../core/entity.js';
import { nameKey } from '../core/normalize.js';
import { namesOf, type Dictionary, type Entry } from './dictionary.js';

/** The type of most (three in four or more) of each company's products in the dictionary, by the company's id. */
export function productTypesByMaker(entries: readonly Entry[]): (makerId: string) => EntityType | undefined {
  const byMaker = new Map<string, Map<EntityType, number>>();
  for (const { maker, type } of entries) {
    if (!maker) continue;
    const counts = byMaker.get(maker) ?? new Map<EntityType, number>();
    byMaker.set(maker, counts.set(type, (counts.get(type) ?? 0) + 1));
  }
  const mostly = new Map<string, EntityType>();
  for (const [maker, counts] of byMaker) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    for (const [type, n] of counts) if (n / total >= 0.75) mostly.set(maker, type);
  }
  return (makerId) => mostly.get(makerId);
}

/**
 * By company id, the type of its products where three in four or more of them (two at least)
 * carry its name and are not named without it (DeepSeek-R1: R1 alone is no name of it; NVIDIA
 * H100 is H100 too), all of that type.
 */
export function namedProductTypes(dictionary: Dictionary): Map<string, EntityType> {
  const products = new Map<string, { named: number; all: number; types: Set<EntityType> }>();
  for (const entry of dictionary.entries) {
    const maker = entry.maker && dictionary.byId.get(entry.maker);
    if (!maker) continue;
    const makerKeys = namesOf(maker).map(nameKey);
    const keys = namesOf(entry).map(nameKey);
    const own = new Set(keys);
    const carries = keys.some((key) => makerKeys.some((m) => key.length > m.length && key.startsWith(m))) && !keys.some((key) => makerKeys.some((m) => key.startsWith(m) && own.has(key.slice(m.length))));
    const counts = products.get(maker.id) ?? { named: 0, all: 0, types: new Set<EntityType>() };
    counts.all++;
    if (carries) {
      counts.named++;
      counts.types.add(entry.type);
    }
    products.set(maker.id, counts);
  }
  const types = new Map<string, EntityType>();
  for (const [id, { named, all, types: of }] of products) if (named >= 2 && named * 4 >= all * 3 && of.size === 1) types.set(id, [...of][0]);
  return types;
}
