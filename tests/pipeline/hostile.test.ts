// A hostile corpus: every kind of bad input found in an attack on the tool, generated here, in one
// folder. The build finishes in time proportional to the input, skips each bad file with one line
// that names it and says what to do, reads the rest, and exits 3; no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/read/decode.js';
import { documentPieces, listInputFiles, textToScan } from '../../src/pipeline/read/read.js';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `glossary-${prefix}-`));
const cli = (args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/main.js'), ...args], { encoding: 'utf8', timeout: 180_000 });
const article = readFileSync('data/001_e3678c96e578cab2.txt', 'utf8');
const sjis = (text: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));

/** Folders nested until the path is longer than the system allows (PATH_MAX, 4096 on Linux). */
function nestPastPathMax(dir: string): void {
  const name = 'd'.repeat(200);
  const depth = 22; // 22 × 201 characters > 4096
  spawnSync('sh', ['-c', `cd "${dir}" && for i in $(seq ${depth}); do mkdir ${name} && cd ${name}; done && printf '%s' "エヌビディア" > deep.txt`]);
}

describe('a hostile corpus', () => {
  let dir: string;
  let run: ReturnType<typeof cli>;
  let seconds: number;
  let inputBytes = 0;

  beforeAll(() => {
    dir = tmp('hostile');
    const write = (name: string | Buffer, content: string | Uint8Array) => {
      writeFileSync(typeof name === 'string' ? join(dir, name) : Buffer.concat([Buffer.from(`${dir}/`), name]), content);
      inputBytes += Buffer.byteLength(content);
    };
    // Readable, if odd: each is a document.
    write('good.txt', article);
    const bytes = Buffer.from(article);
    const lead = bytes.findIndex((b, i) => i > 10_000 && b >= 0xe0 && b <= 0xef);
    write('cut.txt', bytes.subarray(0, lead + 1)); // cut in the middle of a character, as a download may be
    const damaged = Buffer.from(article);
    damaged[5000] = 0xff;
    write('damaged.txt', damaged);
    write('utf32.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...article.slice(0, 2000)].map((ch) => { const b = Buffer.alloc(4); b.writeUInt32LE(ch.codePointAt(0)!); return b; })]));
    write('jis.txt', Buffer.from(Encoding.convert(Encoding.stringToCode(article.slice(0, 2000)), { to: 'JIS', from: 'UNICODE' })));
    write('hankaku.txt', sjis('ｴﾇﾋﾞﾃﾞｨｱ ﾊ ｱﾒﾘｶﾉ ﾊﾝﾄﾞｳﾀｲ ｷｷﾞｮｳﾃﾞｽ｡ '.repeat(20)));
    write('links.md', Array.from({ length: 45_000 }, (_, i) => `- [エヌビディア関連記事${i}](https://example.com/${i})`).join('\n'));
    write('publisher.txt', `${'A-'.repeat(80_000)}編集部`);
    write('abc.txt', 'Abc '.repeat(100_000));
    write('acronym.txt', `${'a'.repeat(40_000)}${'ä(Foo Bar)'.repeat(20)}`);
    write('kan.txt', '漢'.repeat(80_000));
    for (const name of ['constructor', 'toString', '__proto__']) write(`${name}.txt`, 'エヌビディアのH20。');
    write('same.txt', 'エヌビディア'); // and a link to it inside the corpus: one document
    symlinkSync(join(dir, 'same.txt'), join(dir, 'also-same.txt'));
    // Not text, or not to be read: each skipped with one line.
    write('nuls.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(10_000)]));
    write('cp1252.txt', Buffer.from('Café résumé naïve, déjà vu. '.repeat(50), 'latin1'));
    write(Buffer.from('\x83e\x83X\x83g.txt', 'latin1'), 'テスト'); // a Shift_JIS file name
    write('log\nglossary: forged line.txt', 'エヌビディア'); // a name that would forge a log line
    spawnSync('mkfifo', [join(dir, 'fifo.txt')]);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    symlinkSync('/', join(dir, 'root.md'));
    const secret = tmp('private');
    writeFileSync(join(secret, 'secret.txt'), '秘密のファーウェイ');
    symlinkSync(secret, join(dir, 'private'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    nestPastPathMax(dir);
    const started = performance.now();
    run = cli(['build', dir, '--out', join(tmp('hostile-out'), 'out')]);
    seconds = (performance.now() - started) / 1000;
  }, 200_000);

  it('exits 3, with no stack trace, in time proportional to the input', () => {
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    // 5 s per 100 KB, and the start-up.
    expect(seconds).toBeLessThan(15 + (inputBytes / 100_000) * 5);
  });

  it('skips each bad file with one line that names it and says what to do', () => {
    const skipped = run.stderr.split('\n').filter((line) => line.startsWith('glossary: skipped'));
    const expected: Array<[string, RegExp]> = [
      ['nuls.txt', /NUL characters/],
      ['cp1252.txt', /garbage|not Japanese/],
      ['.txt: has a file name that is not valid UTF-8', /convmv/],
      ['fifo.txt', /is a FIFO \(named pipe\) → only regular files are read/],
      ['zero.txt', /symbolic link to \/dev\/zero, outside the inputs/],
      ['root.md', /symbolic link to \/, outside the inputs/],
      ['private', /outside the inputs → links are followed only within the inputs given/],
      ['dangling.txt', /broken symbolic link → fix or remove the link/],
      ['dddd', /longer than the system allows \(ENAMETOOLONG\) → move the files to a shallower folder/],
    ];
    for (const [file, what] of expected) {
      const lines = skipped.filter((line) => line.includes(file));
      expect(lines, `${file} in\n${run.stderr}`).toHaveLength(1);
      expect(lines[0]).toMatch(what);
    }
    expect(skipped).toHaveLength(expected.length);
    expect(run.stderr).toMatch(/\(9 files skipped\)$/m);
  });

  it('reads the rest: odd encodings, a file cut short, one file by two paths, a file name with a newline', () => {
    const out = run.stderr.match(/→ (\S+)\/glossary\.json/)![1];
    const glossary = JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8'));
    const ids = glossary.documents.map((d: { id: string }) => d.id).sort();
    expect(ids).toEqual(['__proto__', 'abc', 'acronym', 'also-same', 'kan', 'constructor', 'cut', 'damaged', 'good', 'hankaku', 'jis', 'links', 'log\nglossary: forged line', 'publisher', 'toString', 'utf32'].sort());
    // Warnings name the damaged files; the forged line stays inside its own line.
    expect(run.stderr).toMatch(/warning: .*cut\.txt:\d+: read as utf-8 with 1 undecodable byte sequence replaced/);
    expect(run.stderr).toMatch(/warning: .*damaged\.txt:\d+: read as utf-8 with \d undecodable byte sequences? replaced/);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('glossary: forged'))).toEqual([]);
    const nvidia = glossary.entries.find((e: { id: string }) => e.id === 'nvidia');
    expect(nvidia.byDocument.hankaku).toBeGreaterThan(0); // half-width Shift_JIS read as such
    expect(nvidia.byDocument.constructor).toBe(1);
    expect(nvidia.byDocument.links).toBe(45_000);
  });
});

describe('reading, one kind at a time', () => {
  it('cuts a long document into pieces at line ends, and runs of 4,096 characters without a break apart', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `第${i}行、エヌビディア。`).join('\n');
    const pieces = [...documentPieces(lines)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => p.raw).join('')).toBe(lines);
    expect(pieces.every((p, i) => i === 0 || (p.column === 0 && lines.split('\n')[p.line - 1].startsWith(p.raw.split('\n')[0])))).toBe(true);
    const run = '漢'.repeat(10_000);
    expect([...documentPieces(`前、${run}`)].map((p) => [p.raw.length, p.line, p.column])).toEqual([[2, 1, 0], [4096, 1, 2], [4096, 1, 4098], [1808, 1, 8194]]);
  });

  it('a UTF-8 file with a bad byte is UTF-8 with a count, not Shift_JIS garbage', () => {
    const bytes = Buffer.from(article);
    const cut = bytes.subarray(0, bytes.findIndex((b, i) => i > 10_000 && b >= 0xe0 && b <= 0xef) + 2);
    expect(decode(cut)).toMatchObject({ ok: true, encoding: 'utf-8', replaced: 1 });
    expect(decode(Buffer.concat([sjis(article.slice(0, 500)), Buffer.from([0x80])])).ok).toBe(true);
  });

  it('tells half-width Shift_JIS from EUC-JP, and refuses what is not Japanese', () => {
    expect(decode(sjis('ｴﾇﾋﾞﾃﾞｨｱ ﾉ ｶﾌﾞｶ'))).toMatchObject({ ok: true, encoding: 'shift_jis', text: 'ｴﾇﾋﾞﾃﾞｨｱ ﾉ ｶﾌﾞｶ' });
    expect(decode(Buffer.from('Café résumé déjà vu', 'latin1')).ok).toBe(false);
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(10_000)]))).toMatchObject({ ok: false, problem: expect.stringContaining('NUL') });
  });

  it('blanks the markup of 125,000 Markdown tokens without running out of stack', () => {
    const md = Array.from({ length: 45_000 }, (_, i) => `- [記事${i}](https://example.com/${i})`).join('\n');
    expect(textToScan(md).length).toBe(md.length);
  });

  it('counts a file given by two paths, relative and absolute, once', () => {
    const dir = tmp('twice');
    writeFileSync(join(dir, 'a.txt'), 'エヌビディア');
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'sub', 'b.txt'));
    expect(listInputFiles([dir, join(dir, 'a.txt'), join(dir, 'sub')]).files).toHaveLength(1);
  });
});
