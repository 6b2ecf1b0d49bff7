// Peak memory and time of a build of one large document (not part of the tests):
//   npm run bench:memory -- --mb 200
// The document is the articles of data/ repeated, each copy headed by a numbered line.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const mb = Number(process.argv[process.argv.indexOf('--mb') + 1] || 50);
const work = mkdtempSync(join(tmpdir(), 'glossary-bench-memory-'));
try {
  const unit = readdirSync('data').map((f) => readFileSync(join('data', f), 'utf8')).join('\n');
  const fd = openSync(join(work, 'large.txt'), 'w');
  for (let i = 0, bytes = 0; bytes < mb * 1e6; i++) bytes += writeSync(fd, `第${i}部\n${unit}\n`);
  closeSync(fd);
  const { seconds, peak, status } = await peakOf(['dist/cli/main.js', 'build', join(work, 'large.txt'), '--out', join(work, 'out'), '-q']);
  console.log(`${mb} MB in one document: status ${status}, ${seconds.toFixed(1)} s, peak RSS ${Math.round(peak / 1024)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Runs node with the arguments, reading its peak resident set (VmHWM) from /proc while it runs. */
export function peakOf(args) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
      } catch {
        // exited
      }
    }, 20);
    child.on('exit', (status) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peak, status });
    });
  });
}
