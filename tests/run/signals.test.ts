// Nothing lost, nothing hung: builds killed at random moments (Ctrl-C, kill, kill -9) leave in
// out/ either the complete previous outputs or the complete new ones, all six from one build;
// the exit status says which; INT and TERM are answered within a second wherever the build is;
// nothing temporary stays behind. Two builds into one out/ never interleave.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lockFolder, LOCK_NAME } from '../../src/core/lock.js';
import { OUTPUT_NAMES } from '../../src/run/build.js';

const testFolder = (prefix: string) => mkdtempSync(join(tmpdir(), `glossary-${prefix}-`));
const CLI = join(process.cwd(), 'dist/cli/main.js');
const RUNS = Number(process.env.GLOSSARY_KILL_RUNS ?? 9);
const articles = readdirSync('data').map((f) => readFileSync(join('data', f), 'utf8'));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Milliseconds from the kill to the exit. */
  answeredIn?: number;
}

function runBuild(input: string, out: string, killAfter?: { ms: number; signal: NodeJS.Signals }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'build', input, '--out', out, '-q', '--dict', 'dict']);
    let stderr = '';
    let killedAt: number | undefined;
    child.stderr.on('data', (d) => (stderr += d));
    const timer = killAfter && setTimeout(() => {
      killedAt = performance.now();
      child.kill(killAfter.signal);
    }, killAfter.ms);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stderr, ...(killedAt !== undefined && { answeredIn: performance.now() - killedAt }) });
    });
  });
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** The six outputs' digests, or undefined for a missing file. */
const outputsOf = (out: string) => OUTPUT_NAMES.map((name) => (existsSync(join(out, name)) ? digest(join(out, name)) : undefined));
const sameSet = (a: Array<string | undefined>, b: Array<string | undefined>) => a.every((d, i) => d === b[i]);

describe('builds killed at random moments', () => {
  let corpus: string;
  let large: string;
  const sets: Record<string, Array<string | undefined>> = {};
  const seconds: Record<string, number> = {};

  beforeAll(async () => {
    // A corpus of many files, and one large file: each gives outputs of its own.
    corpus = testFolder('kill-corpus');
    for (let i = 0; i < 30; i++) articles.forEach((text, j) => writeFileSync(join(corpus, `copy${i}-${j}.txt`), `${i}\n${text}`));
    large = testFolder('kill-large');
    writeFileSync(join(large, 'large.txt'), Array.from({ length: 25 }, (_, i) => articles.map((a) => `${i}${a}`).join('\n')).join('\n'));
    for (const [name, input] of [['corpus', corpus], ['large', large]] as const) {
      const out = testFolder(`kill-ref-${name}`);
      const started = performance.now();
      const run = await runBuild(input, out);
      expect(run.code).toBe(0);
      seconds[name] = (performance.now() - started) / 1000;
      sets[name] = outputsOf(out);
    }
    expect(sameSet(sets.corpus, sets.large)).toBe(false);
  }, 120_000);

  it(`leave the previous or the new outputs whole, with the status to say which (${RUNS} kills)`, async () => {
    const out = testFolder('kill-out');
    expect((await runBuild(corpus, out)).code).toBe(0);
    let previous = 'corpus';
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGKILL'];
    const seen = { previous: 0, new: 0, answeredIn: [] as number[], log: [] as string[] };
    // A fixed sequence of moments, spread from start-up to past the end of the build.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < RUNS; i++) {
      const next = previous === 'corpus' ? 'large' : 'corpus';
      const signal = signals[i % signals.length];
      const ms = Math.round(random() * seconds[next] * 1000 * 1.4);
      const run = await runBuild(next === 'corpus' ? corpus : large, out, { ms, signal });
      const what = `${signal} after ${ms} ms (status ${run.code}, ${run.signal ?? 'no signal'}): ${run.stderr}`;
      const leftovers = readdirSync(out).filter((name) => name.startsWith('.'));
      if (signal === 'SIGKILL' && leftovers.some((name) => name.startsWith('.glossary-commit-'))) {
        // Killed in the microseconds between the commit and the last rename: the next run finishes the move.
        lockFolder(out, 'test').release();
        expect(outputsOf(out), what).toEqual(sets[next]);
      }
      const now = outputsOf(out);
      const isPrevious = sameSet(now, sets[previous]);
      const isNew = sameSet(now, sets[next]);
      expect(isPrevious || isNew, `out/ holds a mix of two builds: ${what}`).toBe(true);
      if (run.code === 0) expect(isNew, what).toBe(true);
      else if (signal === 'SIGKILL') expect(run.signal, what).toBe('SIGKILL');
      else {
        // Interrupted: 130 or 143, or (before glossary had started) killed by the signal, which the shell shows alike.
        expect(run.code === (signal === 'SIGINT' ? 130 : 143) || run.signal === signal, what).toBe(true);
        expect(isPrevious, what).toBe(true);
        // A hang guard, not a speed test: the times are printed (25–320 ms on an idle machine).
        expect(run.answeredIn!, what).toBeLessThan(5000);
        seen.answeredIn.push(Math.round(run.answeredIn!));
        expect(leftovers, `nothing temporary is left: ${what}`).toEqual([]);
      }
      if (signal === 'SIGKILL') {
        // kill -9 leaves its lock and temporary folder; the next run takes them over and removes them.
        lockFolder(out, 'test').release();
        expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
      }
      seen.log.push(`${signal.slice(3)}@${ms}ms→${isNew && !isPrevious ? 'new' : 'previous'}`);
      if (isNew && !isPrevious) {
        seen.new++;
        previous = next;
      } else seen.previous++;
    }
    console.log(`kill loop: ${RUNS} kills, ${seen.previous} left the previous outputs, ${seen.new} the new ones; INT/TERM answered in ${seen.answeredIn.join(', ')} ms; builds took ${seconds.corpus.toFixed(1)} s and ${seconds.large.toFixed(1)} s; ${seen.log.join(' ')}`);
    expect(seen.previous).toBeGreaterThan(0);
  }, 600_000);

  it('a second build into the same folder refuses while the first runs, and the first completes', async () => {
    const out = testFolder('kill-two');
    const first = runBuild(large, out);
    for (let i = 0; i < 200 && !existsSync(join(out, LOCK_NAME)); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    const second = await runBuild(corpus, out);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/another glossary build \(process \d+\) is writing to this folder/);
    expect(second.stderr).toContain('wait for it to finish, or choose another output folder');
    expect((await first).code).toBe(0);
    expect(outputsOf(out)).toEqual(sets.large);
    expect(readdirSync(out).sort()).toEqual([...OUTPUT_NAMES].sort());
  }, 120_000);

  it('a lock left by a killed build is taken over', async () => {
    const out = testFolder('kill-stale');
    mkdirSync(join(out, '.glossary-tmp-left'));
    writeFileSync(join(out, '.glossary-tmp-left', 'glossary.json'), 'half');
    // A process that has exited: its pid is free (or reused by a process that started later).
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(out, LOCK_NAME), JSON.stringify({ pid: Number(gone), host: (await import('node:os')).hostname(), start: '1', command: 'build' }));
    expect((await runBuild(corpus, out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...OUTPUT_NAMES].sort());
  }, 120_000);
});
