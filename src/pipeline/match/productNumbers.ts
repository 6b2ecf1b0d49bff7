// Counting rule 7 across a text: a product the text names whole (TPU v5p, Ascend 910C) may then go
// by its number alone (v5p Pod, 910Cを搭載); in that text, the number is the product's. Only numbers
// of letters and digits (a bare number, 3 in Claude 3, could be any number), and not one that two
// products of the text end in.
import { nameKey } from '../../core/normalize.js';
import type { Analyzed, Found, Known } from './found.js';
import type { MatchRule } from './rule.js';

/** A product's number: letters and digits, both (v5p, 910C, MI300X). */
export const PRODUCT_NUMBER = /^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,}$/;

/** The chips and models a text names whole, by their number as written; null for a number two of them end in. */
export function productsByNumber(text: string, found: readonly Found[]): Map<string, Known | null> {
  const byNumber = new Map<string, Known | null>();
  for (const { known, start, end } of found) {
    if (known.entity.type !== 'chip' && known.entity.type !== 'model') continue;
    const words = text.slice(start, end).split(' ');
    const number = words[words.length - 1];
    if (words.length < 2 || !PRODUCT_NUMBER.test(number)) continue;
    const named = byNumber.get(number);
    byNumber.set(number, named === undefined || named?.entity.id === known.entity.id ? known : null);
  }
  return byNumber;
}

export class ProductNumbers implements MatchRule {
  readonly id = 'product-numbers';
  readonly examples = {
    ok: [
      { text: 'Ascend 910Cを出荷した。910Cの性能は高い。', finds: 'huawei-ascend-910c:910C' },
      { text: 'Ascend 910Cを出荷した。今年は910C Podを出す。', finds: 'huawei-ascend-910c:910C' },
    ],
    notOk: [
      // not named whole in the text
      { text: '910Cの性能は高い。', finds: 'huawei-ascend-910c:910C' },
      // inside a longer word (rule 10), or the whole name's own number
      { text: 'Ascend 910Cを出荷した。X910Cは別物だ。', finds: 'huawei-ascend-910c:910C' },
    ],
  };

  find({ text }: Analyzed, earlier: readonly Found[]): Found[] {
    const found: Found[] = [];
    const wholeNameEnds = new Set(earlier.map((f) => f.end));
    for (const [number, known] of productsByNumber(text, earlier)) {
      if (!known) continue;
      // Alone: no ASCII letter or digit on either side (counting rule 10), and not the end of a whole name.
      for (const { index } of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${number}(?![A-Za-z0-9])`, 'g'))) {
        const end = index + number.length;
        if (!wholeNameEnds.has(end)) found.push({ known, start: index, end, matched: nameKey(number) });
      }
    }
    return found;
  }
}
