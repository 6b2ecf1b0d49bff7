// What the dictionary says of makers: the type their products mostly have, which a product the
// text names right after its maker likely has too (typing/afterMaker.ts).
import type { EntityType } from '../../core/entity.js';
import type { Entry } from '../../dictionary/dictionary.js';

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
