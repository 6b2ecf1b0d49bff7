#!/usr/bin/env node
// Raw kuromoji tokenization of the given files, nothing else: the benchmark's yardstick.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
kuromoji.builder({ dicPath }).build((err, tokenizer) => {
  if (err) throw err;
  let tokens = 0;
  for (const file of process.argv.slice(2)) tokens += tokenizer.tokenize(readFileSync(file, 'utf8')).length;
  console.log(tokens);
});
