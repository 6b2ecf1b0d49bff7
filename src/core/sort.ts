// Orders for sorting, in one place: every output that is sorted uses them, so the same inputs
// give the same bytes on any machine (no locale order).

/** Texts by their UTF-16 code units, as `<` compares them. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `[key, count]` pairs by key. */
export const byKey = ([a]: [string, number], [b]: [string, number]): number => compareText(a, b);

/** `[key, count]` pairs by count, highest first, then by key. */
export const byCountThenKey = ([a, m]: [string, number], [b, n]: [string, number]): number => n - m || compareText(a, b);
