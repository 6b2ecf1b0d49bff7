#!/usr/bin/env node
// npm run bench:lookup: cold-start time of `glossary lookup` on a glossary of every dictionary
// entry (about a thousand), as the median of several runs, beside the bare start of Node itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDictionary } from '../dist/dictionary/dictionary.js';

const RUNS = 15;
const entries = loadDictionary('dict').entries.map(({ id, type, ja, en, aliases }) => ({
  id, type, ja, en, aliases, mentions: 1, documents: 1, byDocument: { doc: 1 }, surfaces: { [ja]: 1 }, examples: [],
}));
const work = mkdtempSync(join(tmpdir(), 'glossary-bench-lookup-'));
const glossary = join(work, 'glossary.json');
writeFileSync(glossary, JSON.stringify({ format: 'glossary', version: 1, documents: [], entries }));

const median = (command, args) => {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    try {
      execFileSync(command, args, { stdio: 'ignore' });
    } catch {
      // lookup exits 1 for an unknown term; the time still counts
    }
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
};

const node = median(process.execPath, ['-e', '0']);
const hit = median(process.execPath, ['dist/cli/main.js', 'lookup', '産業安全保障局', '--glossary', glossary]);
const miss = median(process.execPath, ['dist/cli/main.js', 'lookup', 'エヌビデア', '--glossary', glossary]);
console.log(`glossary of ${entries.length} entries, median of ${RUNS} runs:`);
console.log(`  node -e 0                         ${node.toFixed(0)} ms`);
console.log(`  glossary lookup (found)           ${hit.toFixed(0)} ms`);
console.log(`  glossary lookup (did you mean…)   ${miss.toFixed(0)} ms`);
rmSync(work, { recursive: true, force: true });
