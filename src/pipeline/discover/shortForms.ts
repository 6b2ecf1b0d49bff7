// Counting rule 7 across a text: a product the text names whole (TPU v5p, Ascend 910B) may then
// go by its number alone (v5p Pod, 910Bを搭載); that number is the product's. Only numbers of
// letters and digits: a bare number (3 in Claude 3) could be any number.
import type { Entity } from '../../core/entity.js';
import { nameKey } from '../../core/normalize.js';
import type { Mention } from '../match/match.js';
import type { Scan } from './scan.js';

/** A product's number: letters and digits, both (v5p, 910B, MI300X). */
export const PRODUCT_NUMBER = /^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,}$/;

/** The chips and models a text names whole, by the key of their number; a number two of them end in is neither's. */
export function productsByNumber(text: string, mentions: readonly Mention[]): Map<string, Entity | null> {
  const byNumber = new Map<string, Entity | null>();
  for (const { entity, start, end } of mentions) {
    if (entity.type !== 'chip' && entity.type !== 'model') continue;
    const words = text.slice(start, end).split(' ');
    const number = words[words.length - 1];
    if (words.length < 2 || !PRODUCT_NUMBER.test(number)) continue;
    const key = nameKey(number);
    const named = byNumber.get(key);
    byNumber.set(key, named === undefined || named?.id === entity.id ? entity : null);
  }
  return byNumber;
}

/** Makes each candidate that is the number of a product the text names whole a short form of that product's entry. */
export function markShortForms(scan: Scan): void {
  const byNumber = productsByNumber(scan.text, scan.mentions);
  if (!byNumber.size) return;
  for (const o of scan.found.values()) {
    const product = o.aliasOf ? undefined : byNumber.get(o.key);
    if (!product) continue;
    o.aliasOf = product;
    o.signals.add('variant');
    o.guess = { type: product.type, because: { rule: 'short-for', of: product.id } };
  }
}
