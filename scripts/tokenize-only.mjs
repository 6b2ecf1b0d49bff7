#!/usr/bin/env node
// Raw kuromoji tokenization of the given files, nothing else: the benchmark's yardstick.
// With --fast, the files go through glossary's own tokenizer (kuromoji with glossary's lattice
// builder, tokens read off its best path: the same tokens, faster), exactly as a build runs it,
// so that build time against it is the cost of everything else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

const fast = process.argv[2] === '--fast';
const files = process.argv.slice(fast ? 3 : 2);

async function stockTokenizer() {
  const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  const tokenizer = await new Promise((resolve, reject) => kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t))));
  return (text) => tokenizer.tokenize(text);
}

const tokenize = fast ? await (await import('../dist/pipeline/tokenize/tokenize.js')).getTokenizer() : await stockTokenizer();
let tokens = 0;
for (const file of files) tokens += tokenize(readFileSync(file, 'utf8')).length;
console.log(tokens);
