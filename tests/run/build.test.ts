import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/run/build.js';

const cli = (args: string[], cwd = process.cwd()) =>
  spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/main.js'), ...args], { cwd, encoding: 'utf8' });

describe('glossary build of data/ with the shipped dictionary', () => {
  const out = mkdtempSync(join(tmpdir(), 'glossary-build-'));
  let glossary: Awaited<ReturnType<typeof build>>['glossary'];

  beforeAll(async () => {
    ({ glossary } = await build({ inputs: ['data'], dictDir: 'dict', outDir: out }));
  }, 60_000);

  it('writes glossary.json and .csv, candidates.json and .csv and report.html, and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['candidates.csv', 'candidates.json', 'glossary.csv', 'glossary.json', 'glossary.xlsx', 'report.html']);
  });

  it('lists the four documents by file name without extension', () => {
    expect(glossary.documents.map((d) => d.id)).toEqual(readdirSync('data').map((f) => f.replace(/\.[^.]+$/, '')).sort());
  });

  it('gives every entry its names, counts per document and surface, and examples with a marked line', () => {
    const nvidia = glossary.entries.find((e) => e.id === 'nvidia')!;
    expect(nvidia).toMatchObject({ type: 'company', en: 'NVIDIA' });
    expect(Object.values(nvidia.byDocument).reduce((a, b) => a + b, 0)).toBe(nvidia.mentions);
    expect(Object.values(nvidia.surfaces).reduce((a, b) => a + b, 0)).toBe(nvidia.mentions);
    expect(nvidia.documents).toBe(Object.keys(nvidia.byDocument).length);
    expect(nvidia.examples.length).toBeGreaterThan(0);
    for (const ex of nvidia.examples) {
      const marked = /【(.+?)】/.exec(ex.text)![1];
      expect(Object.keys(nvidia.surfaces)).toContain(marked);
      const line = readFileSync(`data/${ex.document}.txt`, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[ex.line - 1];
      expect(line.slice(ex.column - 1)).toMatch(new RegExp(`^${marked}`));
    }
  });

  it('counts names in the front matter: the ALLFORCES author line', () => {
    expect(glossary.entries.find((e) => e.id === 'allforces')?.mentions).toBeGreaterThan(0);
  });

  it('gives byte-identical outputs when run again', async () => {
    const again = mkdtempSync(join(tmpdir(), 'glossary-build-'));
    await build({ inputs: ['data'], dictDir: 'dict', outDir: again });
    for (const f of ['glossary.json', 'glossary.csv']) expect(readFileSync(join(again, f))).toEqual(readFileSync(join(out, f)));
  }, 60_000);
});

describe('the glossary command', () => {
  it('ends a build with a one-line summary on stderr', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-cli-'));
    const run = cli(['build', 'data', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^glossary: 4 documents, [\d,]+ characters, [\d,]+ mentions, [\d,]+ entities in [\d.]+ s/);
  });

  it('stops on a broken dictionary with file:line, no stack trace, and leaves earlier outputs alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-bad-'));
    cpSync('dict', join(dir, 'dict'), { recursive: true });
    const out = join(dir, 'out');
    expect(cli(['build', 'data', '--dict', join(dir, 'dict'), '--out', out, '--quiet']).status).toBe(0);
    const before = readFileSync(join(out, 'glossary.json'));
    writeFileSync(join(dir, 'dict', 'zz-bad.yml'), '- id: broken\n  type: person\n  ja: 誰\n  en: Nobody\n');
    const run = cli(['build', 'data', '--dict', join(dir, 'dict'), '--out', out, '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/zz-bad\.yml:1:3: unknown type "person"/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readFileSync(join(out, 'glossary.json'))).toEqual(before);
  });

  it('fails cleanly when an output cannot be written, leaving no temporary file behind', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-blocked-'));
    mkdirSync(join(out, 'glossary.csv')); // a folder where the file should go: rename must fail, even as root
    const run = cli(['build', 'data', '--out', out, '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/glossary\.csv: cannot write/);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('says which input is missing', () => {
    const run = cli(['build', 'no-such-folder', '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-folder: no such file or directory');
  });
});

