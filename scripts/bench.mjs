#!/usr/bin/env node
// npm run bench [-- --sizes 1,10 --runs 3 --cases build-1,build-N]: throughput, worker speed-up and memory of
// `glossary build` against raw kuromoji tokenization of the same text, and lookup cold start.
//
// For each size it writes a corpus made of numbered copies of data/ (every line unique, so no
// cache can make repeated text look free), then, alternating, in rounds:
//   raw        one process tokenizing the whole corpus with stock kuromoji, nothing else
//   raw-fast   the same with glossary's own tokenizer (kuromoji with glossary's lattice builder,
//              tokens read off its best path: the same tokens, faster), as the build runs it
//   build-1    glossary build --jobs 1
//   build-N    glossary build --jobs N (N = cores)
//   raw-pair, raw-fast-pair   two raw processes side by side, one per half of the corpus (the
//              parallel ceiling)
// and prints medians: seconds (with the fastest and slowest run), MB/s, characters/s, peak RSS;
// build-1 against raw and raw-fast (the second is what everything but tokenization costs); the
// speed-up of N workers over one and the pairs' speed-ups over one process (the ceilings it is
// compared with).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1,10').split(',').map(Number);
const rounds = Number(arg('runs', '3'));
const cores = availableParallelism();
/** Only these cases (build-N for the all-cores build), e.g. --cases build-1,build-N on a corpus too large to tokenize with stock kuromoji many times. */
const only = arg('cases', undefined)?.split(',');
const work = mkdtempSync(join(tmpdir(), 'glossary-bench-'));

/** Numbered copies of data/ up to `mb` megabytes, in files of one copy each. */
function corpus(mb) {
  const dir = join(work, `corpus-${mb}mb`);
  mkdirSync(dir);
  const sources = readdirSync('data').map((f) => readFileSync(join('data', f), 'utf8'));
  let bytes = 0;
  let chars = 0;
  const files = [];
  for (let copy = 0; bytes < mb * 1_000_000; copy++) {
    sources.forEach((text, i) => {
      const numbered = text.split('\n').map((line, n) => (line.trim() ? `${line}（${copy}-${n}）` : line)).join('\n');
      const file = join(dir, `copy${String(copy).padStart(4, '0')}-${i}.txt`);
      writeFileSync(file, numbered);
      bytes += Buffer.byteLength(numbered);
      chars += numbered.length;
      files.push(file);
    });
  }
  return { dir, files, bytes, chars };
}

/** Runs commands side by side; returns the wall time and the highest peak RSS (MB) among them. */
function timed(commands) {
  const started = performance.now();
  return Promise.all(
    commands.map(
      (args, i) =>
        new Promise((resolve, reject) => {
          const rss = join(work, `rss-${i}`);
          const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rss, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.on('exit', (code) => (code === 0 || code === 3 ? resolve(Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) / 1024) : reject(new Error(`${args.join(' ')}: status ${code}`))));
        }),
    ),
  ).then((rss) => ({ seconds: (performance.now() - started) / 1000, rss: Math.max(...rss) }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 2) => x.toFixed(digits);

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
for (const mb of sizes) {
  const c = corpus(mb);
  const half = Math.ceil(c.files.length / 2);
  const out = join(work, 'out');
  const cases = {
    raw: [[process.execPath, 'scripts/tokenize-only.mjs', ...c.files]],
    'raw-fast': [[process.execPath, 'scripts/tokenize-only.mjs', '--fast', ...c.files]],
    'build-1': [[process.execPath, 'dist/cli/main.js', 'build', c.dir, '--out', out, '--quiet', '--jobs', '1']],
    [`build-${cores}`]: [[process.execPath, 'dist/cli/main.js', 'build', c.dir, '--out', out, '--quiet', '--jobs', String(cores)]],
    'raw-pair': [
      [process.execPath, 'scripts/tokenize-only.mjs', ...c.files.slice(0, half)],
      [process.execPath, 'scripts/tokenize-only.mjs', ...c.files.slice(half)],
    ],
    'raw-fast-pair': [
      [process.execPath, 'scripts/tokenize-only.mjs', '--fast', ...c.files.slice(0, half)],
      [process.execPath, 'scripts/tokenize-only.mjs', '--fast', ...c.files.slice(half)],
    ],
  };
  for (const name of Object.keys(cases)) if (only && !only.includes(name.replace(/-\d+$/, '-N'))) delete cases[name];
  const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, commands] of Object.entries(cases)) results[name].push(await timed(commands));
  }
  console.log(`\n${mb} MB corpus: ${c.files.length} files, ${fmt(c.bytes / 1e6, 1)} MB, ${c.chars.toLocaleString('en-US')} characters; median of ${rounds} runs`);
  console.log('  case           seconds   MB/s   chars/s    peak RSS   seconds, fastest–slowest run');
  const seconds = {};
  for (const [name, runs] of Object.entries(results)) {
    seconds[name] = median(runs.map((r) => r.seconds));
    const rss = median(runs.map((r) => r.rss));
    // On shared machines speed drifts between runs; the spread shows how far a median can be trusted.
    const spread = `${fmt(Math.min(...runs.map((r) => r.seconds)))}–${fmt(Math.max(...runs.map((r) => r.seconds)))}`;
    console.log(`  ${name.padEnd(13)} ${fmt(seconds[name]).padStart(8)} ${fmt(c.bytes / 1e6 / seconds[name]).padStart(6)} ${Math.round(c.chars / seconds[name]).toLocaleString('en-US').padStart(9)} ${fmt(rss, 0).padStart(8)} MB   ${spread}`);
  }
  const workerSpeedUp = seconds['build-1'] / seconds[`build-${cores}`];
  const ceiling = seconds.raw / seconds['raw-pair'];
  const fastCeiling = seconds['raw-fast'] / seconds['raw-fast-pair'];
  // A figure is printed only when the cases it compares ran (see --cases).
  const report = (figure, line) => Number.isFinite(figure) && console.log(`  ${line}`);
  report(seconds.raw / seconds['build-1'], `build-1 throughput / raw tokenization:       ${fmt(seconds.raw / seconds['build-1'])} (target ≥ 0.90)`);
  report(seconds['raw-fast'] / seconds['build-1'], `build-1 throughput / raw-fast tokenization:  ${fmt(seconds['raw-fast'] / seconds['build-1'])} (the rest of the build costs ${fmt(seconds['build-1'] / seconds['raw-fast'] - 1)} of tokenization)`);
  report(workerSpeedUp, `speed-up of ${cores} workers over one:              ×${fmt(workerSpeedUp)}`);
  report(workerSpeedUp / ceiling, `speed-up of two raw processes (ceiling):      ×${fmt(ceiling)}; workers reach ${fmt(workerSpeedUp / ceiling)} of it (target ≥ 0.95)`);
  report(workerSpeedUp / fastCeiling, `speed-up of two raw-fast processes (ceiling): ×${fmt(fastCeiling)}; workers reach ${fmt(workerSpeedUp / fastCeiling)} of it`);
  rmSync(c.dir, { recursive: true });
}
console.log('');
execFileSync(process.execPath, ['scripts/bench-lookup.mjs'], { stdio: 'inherit' });
rmSync(work, { recursive: true, force: true });
