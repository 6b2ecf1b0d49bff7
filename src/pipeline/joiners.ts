// The words that join names in a list, `NVIDIAやAMD`, `日本、欧州、韓国`, `910Bおよび910D`: one
// owner for the matcher's elliptical lists (patterns.ts) and discovery's list mates (listed.ts).
// The two read them differently on purpose: spaces around any joining word, bare `and`/`or`, `&`
// and `ならびに` join members of one family (`910B or 910C`), where a list mate needs English words
// as words (` and `) and its joining word right beside it; made alike, discovery types fewer
// removed entities right (eval:discovery, sample corpus: 12/14 → 11/14, `Nvidia, AMD, Intel`).

/** Words that join the names of a list. */
const LIST_WORDS = ['、', ',', '・', '/', 'や', 'と', '及び', 'および', '並びに'];

const alternatives = (words: string[]) => words.map((word) => word.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&')).join('|');

/** A joining word between members of a family, with the spaces around it, as a regular expression's source. */
export const ELLIPSIS_JOINER = `(?:\\s*(?:${alternatives([...LIST_WORDS, 'ならびに', 'or', 'and', '&'])})\\s*)`;

/** A joining word (and spaces) that ends the text before a list mate. */
export const LIST_SEPARATOR_BEFORE = new RegExp(`(?:${alternatives([...LIST_WORDS, ' and ', ' or '])})\\s*$`);
/** Spaces and a joining word (or など, 等) that start the text after a list mate. */
export const LIST_SEPARATOR_AFTER = new RegExp(`^\\s*(?:${alternatives([...LIST_WORDS, 'など', '等', ' and ', ' or '])})`);
