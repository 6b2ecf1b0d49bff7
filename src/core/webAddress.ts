// Web addresses and domain names (https://…, www.deepseek.com, chat.deepseek.com) are where a
// text links, not mentions of a name: the matcher counts no name inside one and discovery
// proposes none.

/** Characters that end an address written in Japanese text. */
const END = `\\s<>"'「」『』()（）、。，`;
const WEB_ADDRESS = new RegExp(
  `(?:https?://|www\\.)[^${END}]+|(?<![A-Za-z0-9.@-])(?:[A-Za-z0-9-]+\\.)+(?:com|net|org|edu|gov|int|io|ai|jp|cn|tw|kr|uk|de|fr|eu|info|dev|app)(?:/[^${END}]*)?(?![A-Za-z0-9])`,
  'g',
);

/** The [start, end) spans of the web addresses in a text, in text order. */
export function webAddressSpans(text: string): Array<[number, number]> {
  if (!text.includes('.')) return [];
  return [...text.matchAll(WEB_ADDRESS)].map((m) => [m.index!, m.index! + m[0].length]);
}
