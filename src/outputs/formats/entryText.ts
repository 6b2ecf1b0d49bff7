// How `glossary lookup` shows an entry to a translator: names first, then counts, the most
// frequent surface forms and two examples with document and line.
import type { GlossaryEntry } from '../glossary.js';

const TOP_SURFACES = 5;
const SHOWN_EXAMPLES = 2;

export function entryText(entry: GlossaryEntry, counted: boolean): string {
  const rows: Array<[string, string]> = [
    ['type', entry.type],
    ['ja', entry.ja],
    ['en', entry.en],
  ];
  if (entry.aliases.length) rows.push(['aliases', entry.aliases.join(' | ')]);
  if (entry.note) rows.push(['note', entry.note]);
  if (entry.source === 'discovered') {
    const english = entry.enSource === 'text' ? 'English from the text' : 'no English name in the text';
    rows.push(['source', `discovered (not in the dictionary: ${entry.evidence?.typeReason ?? 'found in the text'}; ${english})`]);
  }
  if (counted) {
    rows.push(['mentions', `${entry.mentions} in ${entry.documents} document${entry.documents === 1 ? '' : 's'}`]);
    const surfaces = Object.entries(entry.surfaces).slice(0, TOP_SURFACES);
    if (surfaces.length) rows.push(['written', surfaces.map(([form, n]) => `${form} ×${n}`).join(', ')]);
  } else rows.push(['mentions', 'not counted (read from the dictionary; run `glossary build` for counts)']);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [entry.id, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)];
  for (const ex of entry.examples.slice(0, SHOWN_EXAMPLES)) lines.push(`  ${ex.document}:${ex.line}  ${ex.text}`);
  return `${lines.join('\n')}\n`;
}
