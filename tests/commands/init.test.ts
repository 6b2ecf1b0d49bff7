// glossary init copies the shipped dictionary for a user to curate; accept edits only that copy.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = resolve('dist/cli/main.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
const shipped = resolve('dict');
const freshFolder = () => mkdtempSync(join(tmpdir(), 'glossary-init-'));

describe('glossary init', () => {
  it('copies every file of the shipped dictionary into ./dict, which build and lookup then use', () => {
    const cwd = freshFolder();
    const result = run(cwd, 'init');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^dict: \d+ dictionary files copied/);
    expect(readdirSync(join(cwd, 'dict')).sort()).toEqual(readdirSync(shipped).sort());
    for (const file of readdirSync(shipped)) expect(readFileSync(join(cwd, 'dict', file), 'utf8')).toBe(readFileSync(join(shipped, file), 'utf8'));
    expect(run(cwd, 'lookup', 'BIS').stdout).toContain('Bureau of Industry and Security');
  });

  it('copies into the folder named', () => {
    const cwd = freshFolder();
    expect(run(cwd, 'init', 'my-dict').status).toBe(0);
    expect(readdirSync(join(cwd, 'my-dict'))).toContain('companies.yml');
  });

  it('refuses a folder that is not empty, changing nothing', () => {
    const cwd = freshFolder();
    mkdirSync(join(cwd, 'dict'));
    writeFileSync(join(cwd, 'dict', 'mine.yml'), '[]\n');
    const result = run(cwd, 'init');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('dict: the folder exists and is not empty');
    expect(readdirSync(join(cwd, 'dict'))).toEqual(['mine.yml']);
  });
});

describe('glossary accept edits only a dictionary of the user', () => {
  it('stops without ./dict or --dict, with the hint to run glossary init, and leaves the shipped dictionary alone', () => {
    const cwd = freshFolder();
    const before = readdirSync(shipped).map((f) => readFileSync(join(shipped, f), 'utf8'));
    const result = run(cwd, 'accept', '輸出執行局');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no ./dict to edit here');
    expect(result.stderr).toContain('glossary init');
    expect(readdirSync(shipped).map((f) => readFileSync(join(shipped, f), 'utf8'))).toEqual(before);
  });
});
