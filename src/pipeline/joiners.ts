// The words that join names in a list, `NVIDIAやAMD`, `910Bおよび910D`, `Groq and Cerebras`: one
// list for the matcher's elliptical lists (patterns.ts) and discovery's list mates (listed.ts).
const JOINING_WORDS = ['および', '及び', 'ならびに', '並びに', 'と', 'や', '、', ',', '/', '・', 'or', 'and', '&'];

const escaped = (word: string) => word.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&');

/** A joining word with the spaces around it, as a regular expression's source. */
export const JOINER = `(?:\\s*(?:${JOINING_WORDS.map(escaped).join('|')})\\s*)`;
