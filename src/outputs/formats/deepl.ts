// A Japanese→English glossary for the DeepL API (TSV): one row per Japanese form, each source
// term once, no tabs or control characters, terms at most 1024 UTF-8 bytes.
import type { GlossaryEntry } from '../glossary.js';
import { namesAndSurfaces } from './synonymTerms.js';
import { hasJapanese } from '../../core/script.js';

/** C0, C1 and the Unicode line and paragraph separators are rejected by DeepL. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const MAX_TERM_BYTES = 1024;

const clean = (term: string) => term.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();

export function deeplRows(entries: GlossaryEntry[]): Array<[string, string]> {
  const seen = new Set<string>();
  const rows: Array<[string, string]> = [];
  for (const entry of entries) {
    const target = clean(entry.en);
    // DeepL needs a target: an entry with no English name (discovered, the text gave none) has no row.
    if (!target) continue;
    const japanese = namesAndSurfaces(entry).filter((n) => hasJapanese(n)).map(clean);
    for (const source of japanese) {
      if (!source || seen.has(source) || source === target) continue;
      if (Buffer.byteLength(source) > MAX_TERM_BYTES || Buffer.byteLength(target) > MAX_TERM_BYTES) continue;
      seen.add(source);
      rows.push([source, target]);
    }
  }
  return rows;
}

export function deeplTsv(entries: GlossaryEntry[]): string {
  return deeplRows(entries).map((row) => `${row.join('\t')}\n`).join('');
}
