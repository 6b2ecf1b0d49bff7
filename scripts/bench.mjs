#!/usr/bin/env node
// npm run bench [-- --sizes 1,10 --runs 3 --cases build-1,build-N --corpora data,manpages --manpages-mb 11
//                   --manpages-cases raw-fast,mecab,build-1,build-N --one-file --install --keep DIR]:
// throughput, worker speed-up and memory of `glossary build` against raw kuromoji tokenization
// of the same text and against MeCab, and lookup cold start.
//
// Corpora (--corpora, default both):
//   data       for each size (--sizes, MB) numbered copies of data/ (every line unique, so no
//              cache can make repeated text look free), one file per copy, or with --one-file
//              all in one file
//   manpages   Debian's Japanese manual pages (package manpages-ja, /usr/share/man/ja): real
//              Japanese mixed with options, commands and English words, rendered to plain text
//              with groff (one .txt per page) and capped at --manpages-mb megabytes (default all:
//              9.4 MB of text from 11 MB of roff); its cases can be chosen apart with --manpages-cases. When the pages
//              are missing the corpus is skipped with the command that installs them (run as
//              root with --install, the bench installs them itself).
// Then, alternating, in rounds:
//   raw        one process tokenizing the whole corpus with stock kuromoji, nothing else
//   raw-fast   the same with glossary's own tokenizer (kuromoji with glossary's lattice builder,
//              tokens read off its best path: the same tokens, faster), as the build runs it
//   build-1    glossary build --jobs 1
//   build-N    glossary build --jobs N (N = cores)
//   raw-pair, raw-fast-pair   two raw processes side by side, one per half of the corpus (the
//              parallel ceiling)
//   mecab      MeCab with IPADIC (Debian mecab, mecab-ipadic-utf8) over the same files in one
//              process (`cat files | mecab > /dev/null`): the yardstick of a tokenizer in C++
//              (skipped with a message when missing)
// and prints medians: seconds (with the fastest and slowest run), MB/s, characters/s, peak RSS,
// processor seconds (user + system, all threads and processes of the case) and the load average;
// build-1 against raw and raw-fast (the second is what everything but tokenization costs); the
// speed-up of N workers over one and the pairs' speed-ups over one process (the ceilings it is
// compared with); every case's throughput against raw-fast and against MeCab; and the issue-18
// targets (build-1 ≥ 0.6× raw-fast, raw-fast ≥ 0.5× MeCab, build-2 ≥ ×1.7 over build-1).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
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
/** The same for the manpages corpus (stock kuromoji takes about a minute a run on it). */
const onlyManpages = arg('manpages-cases', undefined)?.split(',') ?? only;
const corpora = arg('corpora', 'data,manpages').split(',');
const manpagesMb = Number(arg('manpages-mb', 'Infinity'));
const oneFile = process.argv.includes('--one-file');
const install = process.argv.includes('--install');
const MANPAGES = '/usr/share/man/ja';
const work = mkdtempSync(join(tmpdir(), 'glossary-bench-'));
/** --keep DIR: the corpora are written under DIR and left there (e.g. to profile a build on them); --runs 0 only writes them. */
const keep = arg('keep', undefined);
const corpusDir = (name) => {
  const dir = join(keep ?? work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** Numbered copies of data/ up to `mb` megabytes, in files of one copy each. */
function corpus(mb) {
  const dir = corpusDir(`corpus-${mb}mb${oneFile ? '-one-file' : ''}`);
  const sources = readdirSync('data').map((f) => readFileSync(join('data', f), 'utf8'));
  let bytes = 0;
  let chars = 0;
  const files = [];
  const parts = [];
  for (let copy = 0; bytes < mb * 1_000_000; copy++) {
    sources.forEach((text, i) => {
      const numbered = text.split('\n').map((line, n) => (line.trim() ? `${line}（${copy}-${n}）` : line)).join('\n');
      bytes += Buffer.byteLength(numbered);
      chars += numbered.length;
      if (oneFile) return void parts.push(numbered);
      const file = join(dir, `copy${String(copy).padStart(4, '0')}-${i}.txt`);
      writeFileSync(file, numbered);
      files.push(file);
    });
  }
  if (oneFile) {
    const file = join(dir, 'all.txt');
    writeFileSync(file, parts.join('\n'));
    files.push(file);
  }
  return { name: `${mb} MB${oneFile ? ' one-file' : ''} corpus (copies of data/)`, dir, files, bytes, chars, only };
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Debian's Japanese manual pages as plain text, one .txt per page, up to `mb` megabytes; undefined when missing. */
async function manpages(mb) {
  const missing = () => !statSync(MANPAGES, { throwIfNoEntry: false }) || !has('groff');
  if (missing() && install && process.getuid?.() === 0) {
    console.log('installing manpages-ja and groff-base from Debian …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'manpages-ja', 'groff-base'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (missing()) {
    console.log(`\nmanpages corpus skipped: ${MANPAGES} or groff is missing; install them with \`apt-get install -y manpages-ja groff-base\` (or run the bench as root with --install)`);
    return undefined;
  }
  // Real pages only: symbolic links repeat a page under another name, `.so` stubs only point to one.
  const pages = execFileSync('find', [MANPAGES, '-type', 'f', '-name', '*.gz'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  const dir = corpusDir('corpus-manpages');
  // groff as man-db runs it (preconv for UTF-8, the man macros, a terminal in UTF-8), but no
  // bold, underline or colour, no hyphenation and lines long enough that a paragraph is one line,
  // as in an article; then each line trimmed and runs of spaces (column padding) shortened.
  const render = (page) =>
    new Promise((resolve) => {
      const child = spawn('sh', ['-c', 'zcat "$1" | groff -k -Tutf8 -mandoc -rHY=0 -rLL=2000n -P-bcou 2>/dev/null', 'sh', page], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, GROFF_NO_SGR: '1' } });
      const chunks = [];
      child.stdout.on('data', (b) => chunks.push(b));
      child.on('close', () =>
        resolve(
          Buffer.concat(chunks)
            .toString('utf8')
            .split('\n')
            .map((line) => line.trim().replace(/ {3,}/g, '  '))
            .join('\n')
            .replace(/\n{3,}/g, '\n\n')
            .trim(),
        ),
      );
    });
  const texts = new Array(pages.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: cores }, async () => {
      while (next < pages.length) {
        const i = next++;
        texts[i] = await render(pages[i]);
      }
    }),
  );
  let bytes = 0;
  let chars = 0;
  const files = [];
  pages.forEach((page, i) => {
    const text = texts[i];
    const size = Buffer.byteLength(text);
    if (size < 200 || bytes >= mb * 1_000_000) return; // empty renderings (stubs) and what is over the cap
    const file = join(dir, `${page.slice(MANPAGES.length + 1).replace(/\//g, '_').replace(/\.gz$/, '')}.txt`);
    writeFileSync(file, text + '\n');
    bytes += size + 1;
    chars += text.length + 1;
    files.push(file);
  });
  return { name: `manpages-ja corpus (${MANPAGES}, ${pages.length} pages rendered)`, dir, files, bytes, chars, only: onlyManpages };
}

/**
 * Runs commands side by side; returns the wall time, the processor time of all of them (user and
 * system, all threads: on a machine others load, it drifts less than the wall time) and the
 * highest peak RSS (MB) among them.
 */
function timed(commands) {
  const started = performance.now();
  return Promise.all(
    commands.map(
      (args, i) =>
        new Promise((resolve, reject) => {
          const measured = join(work, `time-${i}`);
          const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', measured, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.on('exit', (code) => {
            if (code !== 0 && code !== 3) return reject(new Error(`${args.join(' ')}: status ${code}`));
            const [rss, user, system] = readFileSync(measured, 'utf8').trim().split('\n').pop().split(' ').map(Number);
            resolve({ rss: rss / 1024, cpu: user + system });
          });
        }),
    ),
  ).then((runs) => ({ seconds: (performance.now() - started) / 1000, cpu: runs.reduce((sum, r) => sum + r.cpu, 0), rss: Math.max(...runs.map((r) => r.rss)) }));
}

/** The load average over the last minute: what else the machine was doing while a corpus was measured. */
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

/** The files in two runs of about equal bytes (the pairs' halves). */
function halves(files) {
  const sizes = files.map((f) => statSync(f).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  let sum = 0;
  let cut = files.findIndex((_, i) => (sum += sizes[i]) >= total / 2);
  cut = Math.min(Math.max(cut + 1, 1), files.length - 1);
  return [files.slice(0, cut), files.slice(cut)];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 2) => x.toFixed(digits);

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const mecab = has('mecab') && spawnSync('mecab', { input: 'テスト', encoding: 'utf8' }).stdout?.includes('テスト');
if (!mecab) console.log('mecab case skipped: MeCab or its dictionary is missing; install them with `apt-get install -y mecab mecab-ipadic-utf8`');

async function* allCorpora() {
  if (corpora.includes('data')) for (const mb of sizes) yield corpus(mb);
  if (corpora.includes('manpages')) {
    const c = await manpages(manpagesMb);
    if (c) yield c;
  }
}

for await (const c of allCorpora()) {
  const half = halves(c.files);
  const out = join(work, 'out');
  const cases = {
    raw: [[process.execPath, 'scripts/tokenize-only.mjs', ...c.files]],
    'raw-fast': [[process.execPath, 'scripts/tokenize-only.mjs', '--fast', ...c.files]],
    // One process over all files, as tokenize-only (given several files, mecab reads only the
    // first, so they are piped to it); -b: no line of a page is too long for it.
    ...(mecab && { mecab: [['sh', '-c', 'cat -- "$@" | mecab -b 1048576 > /dev/null', 'sh', ...c.files]] }),
    'build-1': [[process.execPath, 'dist/cli/main.js', 'build', c.dir, '--out', out, '--quiet', '--jobs', '1']],
    [`build-${cores}`]: [[process.execPath, 'dist/cli/main.js', 'build', c.dir, '--out', out, '--quiet', '--jobs', String(cores)]],
    'raw-pair': [
      [process.execPath, 'scripts/tokenize-only.mjs', ...half[0]],
      [process.execPath, 'scripts/tokenize-only.mjs', ...half[1]],
    ],
    'raw-fast-pair': [
      [process.execPath, 'scripts/tokenize-only.mjs', '--fast', ...half[0]],
      [process.execPath, 'scripts/tokenize-only.mjs', '--fast', ...half[1]],
    ],
  };
  if (c.files.length < 2) {
    delete cases['raw-pair'];
    delete cases['raw-fast-pair'];
  }
  // build-1 by its name, the all-cores build as build-N (build-2 on two cores).
  const chosen = (name) => c.only.includes(name === 'build-1' ? name : name.replace(/-\d+$/, '-N'));
  for (const name of Object.keys(cases)) if (c.only && !chosen(name)) delete cases[name];
  const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  const loads = [load()];
  for (let round = 0; round < rounds; round++, loads.push(load())) {
    for (const [name, commands] of Object.entries(cases)) results[name].push(await timed(commands));
  }
  console.log(`\n${c.name}: ${c.files.length} files, ${fmt(c.bytes / 1e6, 1)} MB, ${c.chars.toLocaleString('en-US')} characters; median of ${rounds} runs; load average ${loads.join(', ')} (before, after each round; ${cores} cores)`);
  if (rounds === 0) {
    console.log(`  corpus written to ${c.dir}`);
    continue;
  }
  const seconds = {};
  for (const [name, runs] of Object.entries(results)) seconds[name] = median(runs.map((r) => r.seconds));
  // Throughput against the tokenizer alone and against MeCab (above 1: faster than it).
  const against = (name, ref) => (seconds[ref] ? fmt(seconds[ref] / seconds[name]) : '–');
  const cpu = {};
  for (const [name, runs] of Object.entries(results)) cpu[name] = median(runs.map((r) => r.cpu));
  console.log('  case           seconds   MB/s   chars/s    peak RSS   ×raw-fast  ×MeCab   seconds, fastest–slowest run   CPU s  CPU ×raw-fast  CPU ×MeCab');
  for (const [name, runs] of Object.entries(results)) {
    const rss = median(runs.map((r) => r.rss));
    // On shared machines speed drifts between runs; the spread shows how far a median can be trusted.
    const spread = `${fmt(Math.min(...runs.map((r) => r.seconds)))}–${fmt(Math.max(...runs.map((r) => r.seconds)))}`;
    const cpuAgainst = (ref) => (cpu[ref] ? fmt(cpu[ref] / cpu[name]) : '–');
    console.log(
      `  ${name.padEnd(13)} ${fmt(seconds[name]).padStart(8)} ${fmt(c.bytes / 1e6 / seconds[name]).padStart(6)} ${Math.round(c.chars / seconds[name]).toLocaleString('en-US').padStart(9)} ${fmt(rss, 0).padStart(8)} MB ${against(name, 'raw-fast').padStart(10)} ${against(name, 'mecab').padStart(7)}   ${spread.padEnd(28)} ${fmt(cpu[name]).padStart(6)} ${cpuAgainst('raw-fast').padStart(14)} ${cpuAgainst('mecab').padStart(11)}`,
    );
  }
  const workerSpeedUp = seconds['build-1'] / seconds[`build-${cores}`];
  const ceiling = seconds.raw / seconds['raw-pair'];
  const fastCeiling = seconds['raw-fast'] / seconds['raw-fast-pair'];
  // A figure is printed only when the cases it compares ran (see --cases).
  const report = (figure, line) => Number.isFinite(figure) && console.log(`  ${line}`);
  const met = (ok) => (ok ? 'met' : 'not met');
  report(seconds.raw / seconds['build-1'], `build-1 throughput / raw tokenization:       ${fmt(seconds.raw / seconds['build-1'])} (target ≥ 0.90)`);
  report(seconds['raw-fast'] / seconds['build-1'], `build-1 throughput / raw-fast tokenization:  ${fmt(seconds['raw-fast'] / seconds['build-1'])} (the rest of the build costs ${fmt(seconds['build-1'] / seconds['raw-fast'] - 1)} of tokenization; target ≥ 0.60: ${met(seconds['raw-fast'] / seconds['build-1'] >= 0.6)})`);
  report(seconds.mecab / seconds['raw-fast'], `raw-fast throughput / MeCab:                 ${fmt(seconds.mecab / seconds['raw-fast'])} (target ≥ 0.50: ${met(seconds.mecab / seconds['raw-fast'] >= 0.5)})`);
  report(seconds.mecab / seconds['build-1'], `build-1 throughput / MeCab:                  ${fmt(seconds.mecab / seconds['build-1'])}`);
  report(workerSpeedUp, `speed-up of ${cores} workers over one:              ×${fmt(workerSpeedUp)}${c.bytes >= 10e6 ? ` (target ≥ ×1.70 on 10 MB or more: ${met(workerSpeedUp >= 1.7)})` : ''}`);
  report(workerSpeedUp / ceiling, `speed-up of two raw processes (ceiling):      ×${fmt(ceiling)}; workers reach ${fmt(workerSpeedUp / ceiling)} of it (target ≥ 0.95)`);
  report(workerSpeedUp / fastCeiling, `speed-up of two raw-fast processes (ceiling): ×${fmt(fastCeiling)}; workers reach ${fmt(workerSpeedUp / fastCeiling)} of it`);
  if (!keep) rmSync(c.dir, { recursive: true });
  else console.log(`  corpus kept in ${c.dir}`);
}
console.log('');
if (rounds > 0) execFileSync(process.execPath, ['scripts/bench-lookup.mjs'], { stdio: 'inherit' });
rmSync(work, { recursive: true, force: true });
