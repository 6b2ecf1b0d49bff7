// Rewrites the field tables of dict/README.md from the dictionary schema (src/dictionary/schema.ts).
// Run through `npm run docs:dict`, which compiles first.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from '../dist/dictionary/schema.js';

const path = new URL('../dict/README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withFieldTables(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'dict/README.md: field tables already up to date' : 'dict/README.md: field tables rewritten');
