// How `glossary lookup` shows an entry to a translator: names first, then counts, the most
// frequent surface forms, every document that mentions it, and two examples with document and line.
import type { GlossaryEntry } from '../glossary.js';

const TOP_SURFACES = 5;
const SHOWN_EXAMPLES = 2;

/** Where the entry came from, which decides what can be said about its counts. */
export type EntrySource =
  | { kind: 'build'; documentPaths: Map<string, string> }
  | { kind: 'dictionary' }
  /** Not in the glossary that was read, but in the dictionary: a name the articles never used. */
  | { kind: 'not-in-build'; glossary: string; dictionary: string };

export function entryText(entry: GlossaryEntry, source: EntrySource): string {
  const rows: Array<[string, string]> = [
    ['type', entry.type],
    ['ja', entry.ja],
    ...(entry.reading !== undefined && entry.reading !== entry.ja ? [['reading', entry.reading] as [string, string]] : []),
    ['en', entry.en],
  ];
  if (entry.qualifier !== undefined) rows.push(['qualifier', entry.qualifier]);
  if (entry.aliases.length) rows.push(['aliases', entry.aliases.join(' | ')]);
  if (entry.note) rows.push(['note', entry.note]);
  if (entry.source === 'discovered') {
    const english = { text: 'English from the text', guess: 'English guessed: a Latin name of the corpus that sounds alike', none: 'no English name in the text' }[entry.enSource ?? 'none'];
    rows.push(['source', `discovered (not in the dictionary: ${entry.evidence?.typeReason ?? 'found in the text'}; ${english})`]);
  }
  if (source.kind === 'build') {
    rows.push(['mentions', `${entry.mentions} in ${entry.documents} document${entry.documents === 1 ? '' : 's'}`]);
    const surfaces = Object.entries(entry.surfaces).slice(0, TOP_SURFACES);
    if (surfaces.length) rows.push(['written', surfaces.map(([form, n]) => `${form} ×${n}`).join(', ')]);
    // Most mentions first; the label stands on the first line only.
    const documents = Object.entries(entry.byDocument).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    documents.forEach(([id, n], i) => rows.push([i ? '' : 'in', `${source.documentPaths.get(id) ?? id} ×${n}`]));
  } else if (source.kind === 'dictionary') {
    rows.push(['mentions', 'not counted (read from the dictionary; run `glossary build` for counts)']);
  } else {
    rows.push(['mentions', `not in this build (${source.glossary}); found in the dictionary ${source.dictionary}`]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [entry.id, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)];
  for (const ex of entry.examples.slice(0, SHOWN_EXAMPLES)) lines.push(`  ${ex.document}:${ex.line}  ${ex.text}`);
  return `${lines.join('\n')}\n`;
}
