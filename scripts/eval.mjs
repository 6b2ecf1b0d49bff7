#!/usr/bin/env node
// npm run eval: builds the glossary of data/ and scores it against the hand-annotated gold of the
// sample corpus (../shared/eval). Fails below overall F1 0.97 or any type's F1 below 0.93.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const evalDir = resolve(process.env.GLOSSARY_EVAL_DIR ?? '../shared/eval');
const MIN_OVERALL = 0.97;
const MIN_PER_TYPE = 0.93;

if (!existsSync(`${evalDir}/score.mjs`)) {
  console.error(`eval: no scorer at ${evalDir}/score.mjs; set GLOSSARY_EVAL_DIR to the folder with score.mjs and dev_gold.json`);
  process.exit(2);
}
execFileSync(process.execPath, ['dist/cli.js', 'build', 'data', '--out', 'out', '--quiet'], { stdio: 'inherit' });
const score = (...flags) =>
  execFileSync(process.execPath, [`${evalDir}/score.mjs`, `${evalDir}/dev_gold.json`, 'out/glossary.json', ...flags], { encoding: 'utf8' });
process.stdout.write(score(...(process.argv.includes('--verbose') ? ['--verbose'] : [])));
const report = JSON.parse(score('--json'));
const failures = [];
if (report.overall.f1 < MIN_OVERALL) failures.push(`overall F1 ${report.overall.f1} < ${MIN_OVERALL}`);
for (const [type, { f1 }] of Object.entries(report.byType)) if (f1 < MIN_PER_TYPE) failures.push(`${type} F1 ${f1} < ${MIN_PER_TYPE}`);
if (failures.length) {
  console.error(`eval: FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`eval: passed (overall F1 ${report.overall.f1} ≥ ${MIN_OVERALL}, every type ≥ ${MIN_PER_TYPE})`);
