import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleModules } from './freshness.js';

/** A file with the given modification time, in seconds. */
function write(path: string, seconds: number): void {
  writeFileSync(path, '');
  utimesSync(path, seconds, seconds);
}

describe('the check that dist/ is not older than src/', () => {
  it.each([
    ['compiled after the source', 100, 200, []],
    ['compiled before the source', 200, 100, ['worker.ts']],
    ['not compiled at all', 100, undefined, ['worker.ts']],
  ] as const)('a module %s', (_, sourceTime, compiledTime, stale) => {
    const root = mkdtempSync(join(tmpdir(), 'glossary-freshness-'));
    const [src, dist] = [join(root, 'src'), join(root, 'dist')];
    mkdirSync(join(src, 'run'), { recursive: true });
    mkdirSync(join(dist, 'run'), { recursive: true });
    write(join(src, 'run', 'worker.ts'), sourceTime);
    if (compiledTime !== undefined) write(join(dist, 'run', 'worker.js'), compiledTime);
    expect(staleModules(src, dist).map((f) => f.split('/').pop())).toEqual(stale);
  });
});
