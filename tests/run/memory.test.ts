// Memory is bounded per document: a long document is read block by block and processed in
// pieces, so a file four times as large does not take more memory. (`npm run bench:memory --
// --mb 200` measures a 200 MB file: README, Errors and exit status.)
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const unit = readdirSync('data').map((f) => readFileSync(join('data', f), 'utf8')).join('\n');

function largeFile(mb: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'glossary-memory-')), 'large.txt');
  const fd = openSync(path, 'w');
  for (let i = 0, bytes = 0; bytes < mb * 1e6; i++) bytes += writeSync(fd, `第${i}部\n${unit}\n`);
  closeSync(fd);
  return path;
}

/** Peak resident set (VmHWM, in MB) of a build, read from /proc while it runs. */
function peakOfBuild(input: string): Promise<{ peak: number; status: number | null; mentions: number }> {
  return new Promise((resolve) => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-memory-out-'));
    const child = spawn(process.execPath, ['dist/cli/main.js', 'build', input, '--out', out, '-q']);
    let peak = 0;
    const poll = setInterval(() => {
      try {
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
      } catch {
        // exited
      }
    }, 20);
    child.on('exit', (status) => {
      clearInterval(poll);
      const glossary = JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8'));
      resolve({ peak, status, mentions: glossary.documents[0].mentions });
    });
  });
}

describe.runIf(existsSync('/proc/self/status'))('one long document', () => {
  it('takes no more memory at 32 MB than at 8 MB, and its counts scale with it', async () => {
    const small = await peakOfBuild(largeFile(8));
    const large = await peakOfBuild(largeFile(32));
    console.log(`peak RSS: 8 MB document ${Math.round(small.peak)} MB, 32 MB document ${Math.round(large.peak)} MB`);
    expect(small.status).toBe(0);
    expect(large.status).toBe(0);
    expect(large.mentions / small.mentions).toBeGreaterThan(3.9);
    expect(large.peak - small.peak).toBeLessThan(120);
    expect(large.peak).toBeLessThan(600);
  }, 240_000);
});
