#!/usr/bin/env node
// npm run eval: builds glossaries and scores them against hand-annotated gold standards:
//   - the sample corpus in data/ against ../shared/eval/dev_gold.json (the project's acceptance bar);
//   - eval/heldout/ and eval/heldout-b/, articles written and annotated blind after the tool was
//     tuned on the sample (their history is in eval/README.md).
// Fails when any is below overall F1 0.97 or any type's F1 below 0.93.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const evalDir = resolve(process.env.GLOSSARY_EVAL_DIR ?? '../shared/eval');
const scorer = join(evalDir, 'score.mjs');
const MIN_OVERALL = 0.97;
const MIN_PER_TYPE = 0.93;
const verbose = process.argv.includes('--verbose');

if (!existsSync(scorer)) {
  console.error(`eval: no scorer at ${scorer}; set GLOSSARY_EVAL_DIR to the folder with score.mjs and dev_gold.json`);
  process.exit(2);
}

const sets = [
  { name: 'sample corpus (data/)', corpus: 'data', gold: join(evalDir, 'dev_gold.json'), out: 'out' },
  { name: 'held-out set A (eval/heldout/)', corpus: 'eval/heldout/corpus', gold: 'eval/heldout/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-')) },
  { name: 'held-out set B (eval/heldout-b/)', corpus: 'eval/heldout-b/corpus', gold: 'eval/heldout-b/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-b-')) },
];
const failures = [];
for (const set of sets) {
  execFileSync(process.execPath, ['dist/cli/main.js', 'build', set.corpus, '--out', set.out, '--quiet'], { stdio: 'inherit' });
  const score = (...flags) => execFileSync(process.execPath, [scorer, set.gold, join(set.out, 'glossary.json'), ...flags], { encoding: 'utf8' });
  console.log(`\n== ${set.name}`);
  process.stdout.write(score(...(verbose ? ['--verbose'] : [])));
  const report = JSON.parse(score('--json'));
  if (report.overall.f1 < MIN_OVERALL) failures.push(`${set.name}: overall F1 ${report.overall.f1} < ${MIN_OVERALL}`);
  for (const [type, { f1 }] of Object.entries(report.byType)) {
    if (f1 < MIN_PER_TYPE) failures.push(`${set.name}: ${type} F1 ${f1} < ${MIN_PER_TYPE}`);
  }
}
if (failures.length) {
  console.error(`\neval: FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\neval: passed (overall F1 ≥ ${MIN_OVERALL}, every type ≥ ${MIN_PER_TYPE}, on every set)`);
