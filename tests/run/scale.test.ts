// The pipeline as map and reduce: workers, `extract` and `merge` give the same bytes as one build.
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `glossary-${prefix}-`));
const cli = (args: string[], input?: string) => spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8', input });
const outputsOf = (dir: string) => ['glossary.json', 'glossary.csv'].map((f) => readFileSync(join(dir, f)));
const files = readdirSync('data').map((f) => join('data', f));
const hasParallel = spawnSync('parallel', ['--version']).status === 0;
if (!hasParallel && process.env.CI) throw new Error('GNU parallel must be installed in CI: apt-get install -y parallel');

let single: Buffer[];
beforeAll(() => {
  const out = tmp('single');
  expect(cli(['build', ...files, '--out', out, '--quiet', '--jobs', '1']).status).toBe(0);
  single = outputsOf(out);
});

describe('worker threads', () => {
  it('--jobs 2 writes the same bytes as one process', () => {
    const out = tmp('jobs');
    expect(cli(['build', ...files, '--out', out, '--quiet', '--jobs', '2']).status).toBe(0);
    expect(outputsOf(out)).toEqual(single);
  });

  it('report progress for every document, though each sends back one sum of its documents', async () => {
    // Worker threads run the compiled worker, so this test uses the compiled package throughout.
    const { collect } = await import('../../dist/index.js');
    const progress: Array<[number, number]> = [];
    const { aggregate } = await collect({ inputs: files, dictDir: 'dict', jobs: 2, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual(files.map((_, i) => [i + 1, files.length]));
    expect(aggregate.documents.size).toBe(files.length);
  });

  it('still give one line per document to glossary extract', () => {
    const run = cli(['extract', ...files, '--jobs', '2']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.partial.documents.map((d: { id: string }) => d.id)).sort()).toEqual(files.map((f) => [f.split('/').pop()!.replace(/\.txt$/, '')]).sort());
  });

  it('refuses a --jobs that is not a positive whole number', () => {
    const run = cli(['build', 'data', '--jobs', '0', '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--jobs 0 is not a whole number of at least 1');
  });
});

describe('extract and merge', () => {
  it('shards extracted apart and merged give the same bytes as one build', () => {
    const dir = tmp('shards');
    const shards = [files.slice(0, 2), files.slice(2)];
    shards.forEach((shard, i) => {
      const run = cli(['extract', ...shard]);
      expect(run.status).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(shard.length); // one line per document
      writeFileSync(join(dir, `part-${i}.jsonl`), run.stdout);
    });
    const out = tmp('merged');
    // merge is commutative: the shards in reverse order
    expect(cli(['merge', join(dir, 'part-1.jsonl'), join(dir, 'part-0.jsonl'), '--out', out]).status).toBe(0);
    expect(outputsOf(out)).toEqual(single);
  });

  it.runIf(hasParallel)('the same holds when GNU parallel runs the map step', () => {
    const dir = tmp('parallel');
    execSync(`ls data/*.txt | parallel -j 2 node dist/cli/main.js extract {} > ${join(dir, 'partials.jsonl')}`);
    const out = tmp('merged');
    expect(cli(['merge', join(dir, 'partials.jsonl'), '--out', out]).status).toBe(0);
    expect(outputsOf(out)).toEqual(single);
  });

  it('reads documents as JSON lines on standard input, as Hadoop Streaming and Spark give them', () => {
    const lines = ['{"id": "a", "text": "米商務省の産業安全保障局（BIS）"}', '{"id": "b", "text": "NVIDIAのH20"}'].join('\n');
    const run = cli(['extract', '-'], lines);
    expect(run.status).toBe(0);
    const out = tmp('stdin');
    expect(cli(['merge', '-', '--out', out], run.stdout).status).toBe(0);
    const glossary = JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8'));
    expect(glossary.entries.map((e: { id: string; byDocument: object }) => [e.id, e.byDocument])).toEqual([
      ['bis', { a: 2 }],
      ['nvidia', { b: 1 }],
      ['nvidia-h20', { b: 1 }],
    ]);
  });

  it('says which line of which file is not a partial', () => {
    const dir = tmp('bad');
    writeFileSync(join(dir, 'bad.jsonl'), '{"partial": {"documents": [], "entities": []}}\nnot json\n');
    const run = cli(['merge', join(dir, 'bad.jsonl'), '--out', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad\.jsonl:2: not a JSON line/);
  });
});
