#!/usr/bin/env node
// Raw kuromoji tokenization of the given files, nothing else: the benchmark's yardstick.
// With --fast, kuromoji runs with glossary's lattice builder (the same tokens, faster): the
// tokenizer as glossary runs it, so that build time against it is the cost of everything else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

const fast = process.argv[2] === '--fast';
const files = process.argv.slice(fast ? 3 : 2);
const { installLatticeBuilder } = fast ? await import('../dist/latticeBuilder.js') : {};
const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
kuromoji.builder({ dicPath }).build((err, tokenizer) => {
  if (err) throw err;
  installLatticeBuilder?.(tokenizer);
  let tokens = 0;
  for (const file of files) tokens += tokenizer.tokenize(readFileSync(file, 'utf8')).length;
  console.log(tokens);
});
