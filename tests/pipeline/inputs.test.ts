// Real corpora are messy: each kind of bad or awkward input is handled, and reported clearly.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/run/build.js';
import { decode } from '../../src/pipeline/read/decode.js';
import { listInputFiles } from '../../src/pipeline/read/read.js';

const SENTENCE = '米商務省の産業安全保障局（BIS）は、エヌビディアのH20の対中輸出を規制した。';
const encode = (text: string, to: 'SJIS' | 'EUCJP') => Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `glossary-${prefix}-`));
const cli = (args: string[], options: { uid?: number; gid?: number } = {}) =>
  spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/main.js'), ...args], { encoding: 'utf8', ...options });
const idsOf = async (dir: string) => {
  const { glossary, problems } = await build({ inputs: [dir], dictDir: 'dict', outDir: tmp('out') });
  return { ids: glossary.entries.map((e) => `${e.id}:${e.mentions}`).sort(), problems: problems.map((p) => p.message) };
};

describe('decoding', () => {
  it.each([
    ['UTF-8', Buffer.from(SENTENCE)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SENTENCE, 'utf16le').swap16()])],
    ['Shift_JIS', encode(SENTENCE, 'SJIS')],
    ['EUC-JP', encode(SENTENCE, 'EUCJP')],
  ])('decodes %s', (_, bytes) => {
    expect(decode(bytes)).toMatchObject({ ok: true, text: SENTENCE });
  });

  it('decodes CP932 extensions such as ① and ㈱ as Shift_JIS', () => {
    const cp932 = Buffer.from([0x87, 0x40, 0x87, 0x8a]); // ①㈱
    expect(decode(Buffer.concat([encode(SENTENCE, 'SJIS'), cp932]))).toMatchObject({ ok: true, text: `${SENTENCE}①㈱` });
  });

  it('rejects NUL bytes and garbage, naming the line', () => {
    expect(decode(Buffer.from('a\nb\n\0c'))).toMatchObject({ ok: false, line: 3, problem: expect.stringContaining('NUL') });
    const garbage = Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 7) % 0x7f));
    expect(decode(garbage).ok).toBe(false);
  });

  it('decodes with the encoding it is told', () => {
    expect(decode(encode(SENTENCE, 'EUCJP'), 'euc-jp')).toMatchObject({ ok: true, text: SENTENCE });
  });
});

describe('awkward files', () => {
  it('counts the same entities whatever the encoding or line ends', async () => {
    const dir = tmp('enc');
    writeFileSync(join(dir, 'utf8.txt'), SENTENCE);
    writeFileSync(join(dir, 'sjis.txt'), encode(SENTENCE, 'SJIS'));
    writeFileSync(join(dir, 'eucjp.txt'), encode(SENTENCE, 'EUCJP'));
    writeFileSync(join(dir, 'crlf.txt'), `${SENTENCE}\r\n${SENTENCE}\r\n`);
    writeFileSync(join(dir, 'cr.txt'), `${SENTENCE}\r${SENTENCE}\r`);
    const { glossary } = await build({ inputs: [dir], dictDir: 'dict', outDir: tmp('out') });
    const bis = glossary.entries.find((e) => e.id === 'bis')!;
    expect(bis.byDocument).toEqual({ cr: 4, crlf: 4, eucjp: 2, sjis: 2, utf8: 2 });
    // A lone CR ends a line like LF does: the second sentence is on line 2.
    expect(bis.examples.filter((e) => e.document === 'cr').map((e) => e.line)).toEqual([1, 2]);
  });

  it('reads an empty file as a document with nothing in it', async () => {
    const dir = tmp('empty');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'a.txt'), SENTENCE);
    const { glossary } = await build({ inputs: [dir], dictDir: 'dict', outDir: tmp('out') });
    expect(glossary.documents.map((d) => [d.id, d.mentions])).toContainEqual(['empty', 0]);
  });

  it('reads a 2 MB file with no line break in pieces, and locates its mentions', async () => {
    const dir = tmp('long');
    const unit = SENTENCE.replace('。', '、');
    const copies = Math.ceil(2_000_000 / Buffer.byteLength(unit));
    writeFileSync(join(dir, 'long.txt'), unit.repeat(copies));
    expect(statSync(join(dir, 'long.txt')).size).toBeGreaterThan(2_000_000);
    const { glossary } = await build({ inputs: [dir], dictDir: 'dict', outDir: tmp('out') });
    const bis = glossary.entries.find((e) => e.id === 'bis')!;
    expect(bis.mentions).toBe(2 * copies);
    expect(bis.examples.map((e) => [e.line, e.column])).toEqual([[1, 1]]); // one per line
  }, 120_000);

  it('walks deep folders, follows symlinks once, and takes names with spaces and Japanese characters', async () => {
    const dir = tmp('tree');
    let deep = dir;
    for (let i = 0; i < 40; i++) deep = join(deep, `level ${i}`);
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, '記事 1.md'), SENTENCE);
    symlinkSync(dir, join(deep, 'loop')); // a folder that leads back to the top
    const { files } = listInputFiles([dir]);
    expect(files).toHaveLength(1);
    expect((await idsOf(dir)).ids).toContain('bis:2');
  });

  it('skips unreadable and undecodable files with one line each, and builds the rest', () => {
    const dir = tmp('bad');
    writeFileSync(join(dir, 'good.txt'), SENTENCE);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'folder.txt', 'inner.md'), SENTENCE);
    const out = tmp('out');
    const run = cli(['build', dir, '--out', out]);
    expect(run.status).toBe(3);
    const lines = run.stderr.trim().split('\n');
    const skipped = lines.filter((l) => l.startsWith('glossary: skipped'));
    expect(skipped).toHaveLength(2);
    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/binary\.txt:3: holds NUL bytes .* → pass text files/),
        expect.stringMatching(/dangling\.txt: is a broken symbolic link → fix or remove the link/),
      ]),
    );
    expect(lines.at(-1)).toMatch(/2 documents, .* \(2 files skipped\)$/);
    expect(JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8')).documents).toHaveLength(2);
  });

  it('with --strict, stops at the first bad file and writes nothing', () => {
    const dir = tmp('strict');
    writeFileSync(join(dir, 'good.txt'), SENTENCE);
    writeFileSync(join(dir, 'nul.txt'), 'a\0b');
    const out = join(tmp('out'), 'never');
    const run = cli(['build', dir, '--out', out, '--quiet', '--strict']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/nul\.txt:1: holds NUL bytes/);
    expect(() => readdirSync(out)).toThrow();
  });

  it('says so when no file at all could be read', () => {
    const dir = tmp('none');
    writeFileSync(join(dir, 'nul.txt'), 'a\0b');
    const run = cli(['build', dir, '--out', tmp('out'), '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no input file could be read');
  });

  it('refuses an unknown --encoding with the list of known ones', () => {
    for (const name of ['latin9', 'constructor', '__proto__']) {
      const run = cli(['build', 'data', '--encoding', name, '--quiet']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`unknown encoding "${name}"`);
      expect(run.stderr).toContain('use one of: utf-8, utf-16le, utf-16be, utf-32le, utf-32be, shift_jis, euc-jp, iso-2022-jp');
    }
  });
});

describe('outputs survive failures', () => {
  it('an interrupted build (Ctrl-C) leaves the previous outputs whole and no temporary file', async () => {
    const dir = tmp('big');
    for (let i = 0; i < 200; i++) copyFileSync('data/001_e3678c96e578cab2.txt', join(dir, `copy${i}.txt`));
    const out = tmp('out');
    expect(cli(['build', 'data', '--out', out, '--quiet']).status).toBe(0);
    const before = readFileSync(join(out, 'glossary.json'));
    const child = spawn(process.execPath, ['dist/cli/main.js', 'build', dir, '--out', out, '--quiet']);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // past start-up, well before the 200 documents are done
    child.kill('SIGINT');
    const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    expect(status).toBe(130);
    expect(readFileSync(join(out, 'glossary.json'))).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['candidates.csv', 'candidates.json', 'glossary.csv', 'glossary.json', 'glossary.xlsx', 'report.html']);
  });

  it('a read-only output folder leaves the previous outputs whole', () => {
    const out = tmp('ro');
    chmodSync(out, 0o777);
    expect(cli(['build', 'data', '--out', out, '--quiet']).status).toBe(0);
    const before = readFileSync(join(out, 'glossary.json'));
    chmodSync(out, 0o555);
    // Root writes anywhere, so as root the build runs as the unprivileged user `nobody`.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = cli(['build', 'data', '--out', out, '--quiet'], asUser);
    chmodSync(out, 0o755);
    expect(run.stderr).toMatch(/: cannot write in this folder \(EACCES\)/);
    expect(run.status).toBe(2);
    expect(readFileSync(join(out, 'glossary.json'))).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['candidates.csv', 'candidates.json', 'glossary.csv', 'glossary.json', 'glossary.xlsx', 'report.html']);
  });
});

describe('determinism', () => {
  it('gives byte-identical outputs whatever order the files were written in', async () => {
    const names = readdirSync('data');
    const outputs: Buffer[] = [];
    const base = tmp('order');
    for (const order of [names, [...names].reverse()]) {
      // The same path both times (paths are in the outputs), written anew in another order.
      const dir = join(base, 'corpus');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      for (const name of order) copyFileSync(join('data', name), join(dir, name));
      const out = tmp('out');
      await build({ inputs: [dir], dictDir: 'dict', outDir: out });
      outputs.push(Buffer.concat([readFileSync(join(out, 'glossary.json')), readFileSync(join(out, 'glossary.csv'))]));
    }
    expect(outputs[1]).toEqual(outputs[0]);
  });
});
