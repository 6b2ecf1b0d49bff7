// The smaller promises: names and files that try to break the exports or the log, option values
// that are not what they seem, temporary files nobody else can redirect, a dictionary error
// reported once, not with its knock-on effects.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileSet } from '../../src/core/atomicWrite.js';
import { parseDictionary } from '../../src/dictionary/dictionary.js';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `glossary-${prefix}-`));
const cli = (args: string[], options: { uid?: number; gid?: number; cwd?: string } = {}) =>
  spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/main.js'), ...args], { encoding: 'utf8', ...options });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);

describe('names with control characters', () => {
  it.each([
    ['NUL', 'ja: "エヌ\\0ビディア"'],
    ['BEL', 'en: "NVIDIA\\a"'],
    ['a newline', 'aliases: ["nvidia\\n=> huawei"]'],
    ['a right-to-left override', 'en: "NVIDIA\\u202E"'],
  ])('refuses %s in a dictionary name, with file:line:column', (_, field) => {
    const yaml = `- id: nvidia\n  type: company\n  ja: エヌビディア\n  en: NVIDIA\n`.replace(field.startsWith('ja') ? /  ja: .*\n/ : field.startsWith('en') ? /  en: .*\n/ : /$/, `  ${field}\n`);
    expect(() => parseDictionary([{ path: 'dict/companies.yml', text: yaml }])).toThrow(/dict\/companies\.yml:\d+:\d+: "\w+" holds a control character \(U\+[0-9A-F]{4}\)/);
  });

  it('lookup and export refuse a hand-made glossary.json with bad entries, naming the entry', () => {
    const dir = tmp('handmade');
    const entry = { id: 'nvidia', type: 'company', ja: 'エヌビディア', en: 'NVIDIA', aliases: ['Nvidia'] };
    const cases: Array<[object, RegExp]> = [
      [{ ...entry, aliases: [1, null] }, /entry 1 \("nvidia"\): aliases\[0\]: /],
      [{ ...entry, id: 'nvidia\nnvidia => huawei' }, /entry 1: id: /],
      [{ ...entry, en: 'NVIDIA\u0007' }, /entry 1 \("nvidia"\): en: holds a control character/],
      [{ ...entry, type: 'company);background:url(x)' }, /entry 1 \("nvidia"\): type: /],
    ];
    for (const [bad, message] of cases) {
      const path = join(dir, 'glossary.json');
      writeFileSync(path, JSON.stringify({ entries: [bad] }));
      for (const args of [['lookup', 'nvidia', '--glossary', path], ['export', '--format', 'solr', '--glossary', path], ['export', '--format', 'tbx', '--glossary', path]]) {
        const run = cli(args);
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr).toMatch(message);
        noStack(run.stderr);
      }
    }
  });
});

describe('named files that are not regular files', () => {
  it('a FIFO as glossary.json, candidates.json or a dictionary file is refused, not waited on', () => {
    const dir = tmp('fifos');
    spawnSync('mkfifo', [join(dir, 'glossary.json')]);
    cpSync('dict', join(dir, 'dict'), { recursive: true });
    spawnSync('mkfifo', [join(dir, 'dict', 'zz.yml')]);
    const cases: Array<[string[], RegExp]> = [
      [['lookup', 'nvidia', '--glossary', join(dir, 'glossary.json')], /glossary\.json: is a FIFO \(named pipe\), not a glossary file/],
      [['accept', 'x', '--candidates', join(dir, 'glossary.json')], /glossary\.json: is a FIFO \(named pipe\), not a candidates file/],
      [['lookup', 'nvidia', '--dict', join(dir, 'dict')], /zz\.yml: is a FIFO \(named pipe\), not a dictionary file/],
    ];
    for (const [args, message] of cases) {
      const run = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/main.js'), ...args], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});

describe('option values', () => {
  it('--format constructor and --encoding constructor are usage errors', () => {
    for (const args of [['export', '--format', 'constructor'], ['export', '--format', '__proto__'], ['build', 'data', '--encoding', 'toString']]) {
      const run = cli(args);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/unknown (format|encoding)/);
      noStack(run.stderr);
    }
  });

  it('--jobs above the number of cores uses the cores, with a warning', () => {
    const run = cli(['build', 'data', '--jobs', '40', '--out', tmp('jobs'), '-q']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/warning: --jobs 40 is more than the \d+ cores of this machine; using \d+/);
  });

  it('-q silences the summary line, not the skipped files', () => {
    const dir = tmp('quiet');
    writeFileSync(join(dir, 'a.txt'), 'エヌビディア');
    writeFileSync(join(dir, 'nul.txt'), 'a\0b');
    const run = cli(['build', dir, '--out', tmp('quiet-out'), '-q']);
    expect(run.status).toBe(3);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^glossary: skipped .*nul\.txt:1: holds NUL bytes/)]);
  });
});

describe('file names in the log', () => {
  it('a file name with a newline cannot forge a log line', () => {
    const dir = tmp('forge');
    writeFileSync(join(dir, 'a.txt'), 'エヌビディア');
    writeFileSync(join(dir, 'x\nglossary: 0 documents, all fine.txt'), 'a\0b');
    const run = cli(['build', dir, '--out', tmp('forge-out')]);
    expect(run.status).toBe(3);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^glossary: skipped .*x\\nglossary: 0 documents, all fine\.txt:1: holds NUL bytes/);
  });

  it.runIf(process.getuid?.() === 0)('a file in a folder without execute permission is not called a broken link', () => {
    const dir = tmp('noexec');
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'a.txt'), 'エヌビディア');
    mkdirSync(join(dir, 'closed'));
    writeFileSync(join(dir, 'closed', 'b.txt'), 'エヌビディア');
    chmodSync(join(dir, 'closed'), 0o644); // readable, not searchable
    const out = tmp('noexec-out');
    chmodSync(out, 0o777);
    const run = cli(['build', dir, '--out', out], { uid: 65534, gid: 65534 });
    chmodSync(join(dir, 'closed'), 0o755);
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/closed\/b\.txt: cannot be read \(EACCES\) → check the permissions of the file and of the folders above it/);
    expect(run.stderr).not.toContain('link');
  });
});

describe('temporary files', () => {
  it('never follow a link planted under the names earlier versions used', () => {
    const out = tmp('planted');
    const victim = join(tmp('victim'), 'precious.txt');
    writeFileSync(victim, 'precious');
    for (const name of ['glossary.json', 'glossary.csv', 'report.html']) symlinkSync(victim, join(out, `.${name}.tmp-${process.pid}`));
    writeFileSet(out, [{ name: 'glossary.json', content: '{}' }, { name: 'glossary.csv', content: 'id' }]);
    writeFileAtomic(join(out, 'report.html'), '<html>');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(join(out, 'glossary.json'), 'utf8')).toBe('{}');
    // What is left in out/ is the planted links, and nothing of ours.
    expect(readdirSync(out).filter((n) => n.startsWith('.')).every((n) => lstatSync(join(out, n)).isSymbolicLink())).toBe(true);
  });

  it('a folder where an output goes stops the build before anything is written', () => {
    const out = tmp('folder-in-way');
    expect(cli(['build', 'data', '--out', out, '-q']).status).toBe(0);
    const others = ['glossary.json', 'glossary.csv', 'candidates.json', 'candidates.csv'];
    const before = others.map((name) => readFileSync(join(out, name)));
    spawnSync('rm', [join(out, 'report.html')]);
    mkdirSync(join(out, 'report.html'));
    const dir = tmp('other');
    writeFileSync(join(dir, 'a.txt'), 'エヌビディア');
    const run = cli(['build', dir, '--out', out, '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/report\.html: cannot write: a folder is in the way/);
    expect(others.map((name) => readFileSync(join(out, name)))).toEqual(before);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('--out under /proc is refused at once, not spun on', () => {
    const started = performance.now();
    const run = cli(['build', 'data', '--out', '/proc/glossary-out/x', '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot create the folder/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('a set killed between its renames', () => {
  it('is finished by the next load of the dictionary (accept changed two files; one was moved in)', () => {
    const dict = tmp('half-accepted');
    cpSync('dict', dict, { recursive: true });
    const agencies = readFileSync(join(dict, 'agencies.yml'), 'utf8');
    const companies = readFileSync(join(dict, 'companies.yml'), 'utf8');
    // As a kill -9 would leave it: agencies.yml already moved in, companies.yml still in the committed set.
    writeFileSync(join(dict, 'agencies.yml'), `${agencies}\n- id: test-oversight-bureau\n  type: agency\n  ja: 試験監督局\n  en: Test Oversight Bureau\n`);
    mkdirSync(join(dict, '.glossary-commit-0123456789ab'));
    writeFileSync(join(dict, '.glossary-commit-0123456789ab', 'companies.yml'), `${companies}\n- id: zettachips\n  type: company\n  ja: ゼッタチップス\n  en: Zettachips\n`);
    const run = cli(['lookup', 'ゼッタチップス', '--dict', dict]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(dict).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(cli(['lookup', '試験監督局', '--dict', dict]).status).toBe(0);
  });
});

describe('the dictionary', () => {
  it('reports one YAML syntax error as one error, without its knock-on effects', () => {
    const dict = tmp('yaml');
    cpSync('dict', dict, { recursive: true });
    const companies = join(dict, 'companies.yml');
    writeFileSync(companies, readFileSync(companies, 'utf8').replace('- id: nvidia', '- id: nvidia\n  ja: [unclosed'));
    const run = cli(['build', 'data', '--dict', dict, '--out', tmp('yaml-out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/dictionary has 1 error:\n {2}.*companies\.yml:\d+:\d+: YAML syntax/);
  });

  it('refuses a pattern whose running time explodes, with an attack string', () => {
    const yaml = `- id: "x-{0}"\n  type: chip\n  pattern: '(?:[A-Z]+)+X'\n  ok: [AX]\n`;
    expect(() => parseDictionary([{ path: 'dict/patterns.yml', text: yaml }])).toThrow(/dict\/patterns\.yml:1:3: "pattern" can take time that grows exponentially with the text/);
  });

  it('loads the shipped patterns, which the ReDoS check passes, and the publisher pattern still names publishers', () => {
    const { patterns } = parseDictionary([{ path: 'dict/patterns.yml', text: readFileSync('dict/patterns.yml', 'utf8') }]);
    const publisher = patterns.find((p) => p.id === 'publisher-{0}')!;
    expect([...`${'A-'.repeat(80_000)}編集部`.matchAll(publisher.regex)]).toEqual([]);
    expect([...'SiliconGate編集部 と Ars-Technica 編集部'.matchAll(publisher.regex)].map((m) => m[0])).toEqual(['SiliconGate', 'Ars-Technica']);
  });

  it('accept refuses a candidate without surfaces, naming it', () => {
    const dir = tmp('accept-bad');
    cpSync('dict', join(dir, 'dict'), { recursive: true });
    const candidates = join(dir, 'candidates.json');
    writeFileSync(candidates, JSON.stringify({ format: 'glossary-candidates', candidates: [{ surface: '輸出執行局', normalized: '輸出執行局', type: 'agency' }] }));
    const run = cli(['accept', '輸出執行局', '--candidates', candidates, '--dict', join(dir, 'dict'), '--en', 'Office of Export Enforcement']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/candidates\.json: candidate 1: surfaces: /);
    noStack(run.stderr);
    expect(existsSync(join(dir, 'dict', '.glossary.lock'))).toBe(false);
  });
});
