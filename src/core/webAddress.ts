// Web addresses and domain names (https://…, www.deepseek.com, chat.deepseek.com) are where a
// text links, not mentions of a name: the matcher counts no name inside one (a name that is the
// whole address, Amazon.com, is a name) and discovery proposes none.

/** Characters of an address: ASCII only, so that one ends where Japanese text resumes (…/ja-jp/でNVIDIAが). */
const PATH = `[A-Za-z0-9\\-._~:/?#@!$&*+,;=%]`;
const WEB_ADDRESS = new RegExp(
  `(?:https?://|www\\.)${PATH}+|(?<![A-Za-z0-9.@-])(?:[A-Za-z0-9-]+\\.)+(?:com|net|org|edu|gov|int|io|ai|jp|cn|tw|kr|uk|de|fr|eu|info|dev|app)(?:/${PATH}*)?(?![A-Za-z0-9])`,
  'g',
);

/** The [start, end) spans of the web addresses in a text, in text order; a trailing full stop or comma is the sentence's. */
export function webAddressSpans(text: string): Array<[number, number]> {
  if (!text.includes('.')) return [];
  return [...text.matchAll(WEB_ADDRESS)].map((m) => [m.index!, m.index! + m[0].replace(/[.,;:!?]+$/, '').length]);
}

/** Whether [start, end) lies inside an address without being all of it. */
export const isInsideWebAddress = (addresses: Array<[number, number]>, start: number, end: number): boolean =>
  addresses.some(([from, to]) => start < to && from < end && (start !== from || end !== to));
