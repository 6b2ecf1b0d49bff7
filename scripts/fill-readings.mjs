#!/usr/bin/env node
// npm run readings: gives every dictionary entry whose Japanese name is not all katakana a
// `reading:` line (katakana), from kuromoji, after its `ja:` line, and lists the entries kuromoji
// cannot read (unknown kanji, digits, long Latin words) for a curator to write by hand, and the
// Japanese aliases it cannot read either (for the entry's `readings:` map). Entries with a reading
// keep it: curated readings are never overwritten. Katakana names need none.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDictionary, READING } from '../dist/dictionary/dictionary.js';
import { getTokenizer } from '../dist/pipeline/tokenize/tokenize.js';
import { kuromojiReading } from '../dist/pipeline/tokenize/reading.js';
import { termLanguage } from '../dist/outputs/formats/termLanguage.js';

const dir = process.argv[2] ?? 'dict';
const tokenize = await getTokenizer();
const NEEDS_READING = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const inserts = new Map(); // file → [{ line, text }]
const unread = [];
const unreadAliases = [];
for (const entry of loadDictionary(dir).entries) {
  for (const alias of entry.aliases) {
    // Chinese forms (华为) have no Japanese reading to write.
    if (NEEDS_READING.test(alias) && termLanguage(alias) === 'ja' && entry.readings?.[alias] === undefined && !READING.test(kuromojiReading(alias, tokenize) ?? '')) {
      unreadAliases.push(`${entry.source.file}:${entry.source.line}: ${entry.id} ${alias}`);
    }
  }
  if (entry.reading !== undefined || !NEEDS_READING.test(entry.ja)) continue;
  const reading = kuromojiReading(entry.ja, tokenize);
  if (!reading || !READING.test(reading)) {
    unread.push(`${entry.source.file}:${entry.source.line}: ${entry.id} ${entry.ja}`);
    continue;
  }
  const list = inserts.get(entry.source.file) ?? [];
  list.push({ line: entry.source.line, reading });
  inserts.set(entry.source.file, list);
}
for (const [file, list] of inserts) {
  const lines = readFileSync(file, 'utf8').split('\n');
  // From the bottom up, so that earlier line numbers stay right.
  for (const { line, reading } of list.sort((a, b) => b.line - a.line)) {
    let ja = line - 1;
    while (!/^\s+ja: /.test(lines[ja])) ja++;
    lines.splice(ja + 1, 0, `${lines[ja].match(/^\s+/)[0]}reading: ${reading}`);
  }
  writeFileSync(file, lines.join('\n'));
}
const added = [...inserts.values()].reduce((n, l) => n + l.length, 0);
process.stdout.write(`${added} readings added from kuromoji; ${unread.length} to write by hand:\n${unread.join('\n')}\n`);
process.stdout.write(`${unreadAliases.length} aliases kuromoji cannot read (write them under readings: if Japanese reads them):\n${unreadAliases.join('\n')}\n`);
