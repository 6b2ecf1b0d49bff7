#!/usr/bin/env node
// npm run eval: builds glossaries and scores them against hand-annotated gold standards:
//   - the sample corpus in data/ against ../shared/eval/dev_gold.json (the project's acceptance bar);
//   - eval/heldout/ and eval/heldout-b/, articles written and annotated blind after the tool was
//     tuned on the sample (their history is in eval/README.md);
//   - eval/heldout-c/, eval/heldout-d/, eval/heldout-e/, eval/heldout-f/, eval/heldout-g/, eval/heldout-h/, eval/heldout-i/ and eval/heldout-j/, passages of real public text annotated blind
//     (each its own floor a little under its first score, 0.915, 0.793, 0.836, 0.771, 0.753, 0.819, 0.711 and 0.869: they guard against
//     falling back, not a bar
//     the others share).
// Fails when any is below its overall floor (0.97 unless the set names one) or, on the sets
// with the common bar, any type's F1 below 0.93. Then prints the open-world table: each set
// built with a seeded half and all of its open-class entities removed from a copy of dict/
// (../shared/eval/stale.mjs), which says how well discovery stands in for a stale dictionary,
// and from the same builds, by the gold standard: how many of the 25 best candidates name an
// entity, and how many discovered entries have the right type.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isEntityType } from '../dist/core/entity.js';

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
  { name: 'held-out set C, real text (eval/heldout-c/)', corpus: 'eval/heldout-c/corpus', gold: 'eval/heldout-c/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-c-')), minOverall: 0.9, perType: false },
  { name: 'held-out set D, real text (eval/heldout-d/)', corpus: 'eval/heldout-d/corpus', gold: 'eval/heldout-d/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-d-')), minOverall: 0.78, perType: false },
  { name: 'held-out set E, real text (eval/heldout-e/)', corpus: 'eval/heldout-e/corpus', gold: 'eval/heldout-e/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-e-')), minOverall: 0.82, perType: false },
  { name: 'held-out set F, real text (eval/heldout-f/)', corpus: 'eval/heldout-f/corpus', gold: 'eval/heldout-f/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-f-')), minOverall: 0.76, perType: false },
  { name: 'held-out set G, real text (eval/heldout-g/)', corpus: 'eval/heldout-g/corpus', gold: 'eval/heldout-g/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-g-')), minOverall: 0.74, perType: false },
  { name: 'held-out set H, real text (eval/heldout-h/)', corpus: 'eval/heldout-h/corpus', gold: 'eval/heldout-h/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-h-')), minOverall: 0.8, perType: false },
  { name: 'held-out set I, real text (eval/heldout-i/)', corpus: 'eval/heldout-i/corpus', gold: 'eval/heldout-i/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-i-')), minOverall: 0.69, perType: false },
  { name: 'held-out set J, real text (eval/heldout-j/)', corpus: 'eval/heldout-j/corpus', gold: 'eval/heldout-j/gold.json', out: mkdtempSync(join(tmpdir(), 'glossary-heldout-j-')), minOverall: 0.85, perType: false },
];
const failures = [];
for (const set of sets) {
  execFileSync(process.execPath, ['dist/cli/main.js', 'build', set.corpus, '--out', set.out, '--quiet'], { stdio: 'inherit' });
  const score = (...flags) => execFileSync(process.execPath, [scorer, set.gold, join(set.out, 'glossary.json'), ...flags], { encoding: 'utf8' });
  console.log(`\n== ${set.name}`);
  process.stdout.write(score(...(verbose ? ['--verbose'] : [])));
  const report = JSON.parse(score('--json'));
  const minOverall = set.minOverall ?? MIN_OVERALL;
  if (report.overall.f1 < minOverall) failures.push(`${set.name}: overall F1 ${report.overall.f1} < ${minOverall}`);
  if (set.perType === false) continue;
  for (const [type, { f1 }] of Object.entries(report.byType)) {
    if (f1 < MIN_PER_TYPE) failures.push(`${set.name}: ${type} F1 ${f1} < ${MIN_PER_TYPE}`);
  }
}
const stale = join(evalDir, 'stale.mjs');
if (existsSync(stale) && !process.argv.includes('--no-stale')) {
  const fractions = ['0', '0.5', '1'];
  const rows = sets.map((set) =>
    fractions.map((fraction) => {
      const keep = mkdtempSync(join(tmpdir(), 'glossary-stale-'));
      try {
        const { overall } = JSON.parse(execFileSync(process.execPath, [stale, set.corpus, set.gold, fraction, '--keep', keep], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
        return { overall, ...discoveryQuality(join(keep, 'out'), JSON.parse(readFileSync(set.gold, 'utf8'))) };
      } finally {
        rmSync(keep, { recursive: true, force: true });
      }
    }),
  );
  const table = (title, cell) => {
    console.log(`\n== open world: ${title}`);
    console.log('set'.padEnd(44) + fractions.map((f) => f.padEnd(24)).join(''));
    sets.forEach((set, i) => console.log(set.name.padEnd(44) + rows[i].map((r) => cell(r).padEnd(24)).join('')));
  };
  table("F1 (precision/recall) with 0, half and all of each set's open-class entities removed from dict/", ({ overall }) => `${overall.f1.toFixed(3)} (${overall.precision.toFixed(2)}/${overall.recall.toFixed(2)})`);
  table('of the 25 best candidates typed as entities, how many name an entity of the gold standard', ({ top }) => `${top.real}/${top.of}`);
  table('discovered entries: typed right / naming a gold entity, and naming none', ({ discovered }) => `${discovered.typed}/${discovered.real}, ${discovered.noGold} none`);
  const sum = (pick) => rows.flat().reduce((n, r) => n + pick(r), 0);
  const typed = sum((r) => r.discovered.typed);
  const real = sum((r) => r.discovered.real);
  console.log(`\ndiscovered entries typed right, all sets and fractions: ${typed}/${real} = ${(typed / Math.max(1, real)).toFixed(3)}`);
}

/**
 * How good discovery's output is by the gold standard (names compared as score.mjs does): how
 * many of the 25 best candidates typed as an entity name a gold entity, and how many discovered
 * entries name one, with its type or not.
 */
function discoveryQuality(outDir, gold) {
  const norm = (s) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[\s・·\-‐－_.]/g, '');
  const golds = gold.entities.map((e) => ({ type: e.type, names: new Set([e.ja, e.en, ...(e.aliases ?? [])].filter(Boolean).map(norm)) }));
  const goldFor = (names) => golds.find((g) => names.some((n) => g.names.has(norm(n))));
  const { candidates } = JSON.parse(readFileSync(join(outDir, 'candidates.json'), 'utf8'));
  const best = candidates.filter((c) => isEntityType(c.type)).slice(0, 25);
  const top = { real: best.filter((c) => goldFor([c.surface, ...Object.keys(c.surfaces), c.partner].filter(Boolean))).length, of: best.length };
  const discovered = { real: 0, typed: 0, noGold: 0 };
  for (const e of JSON.parse(readFileSync(join(outDir, 'glossary.json'), 'utf8')).entries) {
    if (e.source !== 'discovered') continue;
    const g = goldFor([e.ja, e.en, ...(e.aliases ?? [])].filter(Boolean));
    if (!g) discovered.noGold++;
    else {
      discovered.real++;
      if (g.type === e.type) discovered.typed++;
    }
  }
  return { top, discovered };
}
if (failures.length) {
  console.error(`\neval: FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\neval: passed (overall F1 ≥ ${MIN_OVERALL} and every type ≥ ${MIN_PER_TYPE}, or the set's own floor, on every set)`);
