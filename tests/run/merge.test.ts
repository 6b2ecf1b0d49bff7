// `glossary merge` trusts nothing: every line is checked against one schema and refused with
// file:line, partials of two dictionaries or two documents under one id are refused, the same
// document twice is counted once, whatever the order and grouping.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLines, merge, readPartials } from '../../src/run/mapReduce.js';
import { FIXTURE_DICT } from '../helpers.js';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `glossary-${prefix}-`));
const cli = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/main.js'), ...args], { encoding: 'utf8', cwd });

async function extract(docs: Array<{ id: string; text: string }>, dictDir = 'dict'): Promise<string[]> {
  const lines: string[] = [];
  await extractLines(Readable.from([docs.map((d) => JSON.stringify(d)).join('\n')]), dictDir, (line) => lines.push(line.trimEnd()));
  return lines;
}

let lines: string[];
let dir: string;
const file = (name: string, content: string[]) => {
  writeFileSync(join(dir, name), `${content.join('\n')}\n`);
  return join(dir, name);
};

beforeAll(async () => {
  dir = tmp('merge');
  lines = await extract([
    { id: 'a', text: '米商務省の産業安全保障局（BIS）は、エヌビディアのH20の対中輸出を規制した。' },
    { id: 'b', text: 'エヌビディアとファーウェイ。' },
  ]);
});

describe('partial lines', () => {
  it('say what they were made with: format, version, dictionary and document', () => {
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ format: 'glossary-partial', version: 3, dictionary: expect.stringMatching(/^[0-9a-f]{32}$/), document: { id: 'a', path: 'a', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    // The public entity only: no dictionary-only fields such as source or country.
    expect(Object.keys(line.partial.entities[0].entity).sort()).toEqual(expect.arrayContaining(['aliases', 'en', 'id', 'ja', 'type']));
    expect(line.partial.entities.every((e: { entity: object }) => !('source' in e.entity) && !('country' in e.entity))).toBe(true);
  });
});

describe('merge refuses a bad line, naming file:line, with no stack trace', () => {
  const good = () => JSON.parse(lines[0]);
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['null', () => null, /:1: the line: /],
    ['a number', () => 42, /:1: the line: /],
    ['an old partial without a version', () => ({ partial: good().partial }), /:1: a partial without a format and version/],
    ['another version', () => ({ ...good(), version: 1 }), /:1: version: /],
    ['a missing field', () => { const l = good(); delete l.partial.entities[0].mentions; return l; }, /:1: partial\.entities\[0\]\.mentions: /],
    ['a null field', () => { const l = good(); l.partial.entities[0].entity.ja = null; return l; }, /:1: partial\.entities\[0\]\.entity\.ja: /],
    ['a count that is a string', () => { const l = good(); l.partial.entities[0].mentions = '05'; return l; }, /:1: partial\.entities\[0\]\.mentions: /],
    ['a count of 1e308', () => { const l = good(); l.partial.entities[0].mentions = 1e308; return l; }, /:1: partial\.entities\[0\]\.mentions: /],
    ['a negative count', () => { const l = good(); const e = l.partial.entities[0]; e.mentions = -e.mentions; return l; }, /:1: partial\.entities\[0\]\.mentions: /],
    ['a type that is CSS', () => { const l = good(); l.partial.entities[0].entity.type = 'company);background-image:url(http://127.0.0.1:8765/beacon'; return l; }, /:1: partial\.entities\[0\]\.entity\.type: /],
    ['counts that do not add up', () => { const l = good(); l.partial.entities[0].mentions += 1; return l; }, /:1: entities\[0\] \("\w+"\): byDocument does not add up/],
    ['a document it does not hold', () => { const l = good(); l.document.id = 'zzz'; return l; }, /:1: the partial must hold exactly the document "zzz"/],
    ['an unknown field', () => ({ ...good(), extra: 1 }), /:1: /],
  ];
  it.each(cases)('%s', (_, make, message) => {
    const path = file('bad.jsonl', [JSON.stringify(make())]);
    const run = cli(['merge', path, '--out', join(dir, 'never')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('bad.jsonl:1');
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+/);
  });
});

describe('merge of what is not a partial file', () => {
  it('refuses /dev/zero (one endless line) at once', () => {
    const started = performance.now();
    const run = cli(['merge', '/dev/zero', '--out', join(dir, 'never')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\/dev\/zero:1: a line longer than 64 MB: not a partial line/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('accepts whatever extract writes: a file name with a newline, a control character in the text', () => {
    const root = tmp('merge-odd');
    writeFileSync(join(root, 'a\nb.txt'), 'エヌビディア\u0007と\u202Eファーウェイ');
    const extracted = cli(['extract', root]);
    expect(extracted.status).toBe(0);
    const run = cli(['merge', file('odd.jsonl', [extracted.stdout.trim()]), '--out', tmp('merge-odd-out')]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('reports files that extract skipped, with status 3', () => {
    const root = tmp('merge-skipped');
    writeFileSync(join(root, 'a.txt'), 'エヌビディア');
    writeFileSync(join(root, 'nul.txt'), 'a\0b');
    spawnSync('mkfifo', [join(root, 'fifo.txt')]);
    const extracted = cli(['extract', root]);
    expect(extracted.status).toBe(0);
    const run = cli(['merge', file('skipped.jsonl', [extracted.stdout.trim()]), '--out', tmp('merge-skipped-out')]);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/skipped .*fifo\.txt: is a FIFO/);
    expect(run.stderr).toMatch(/skipped .*nul\.txt:1: holds NUL bytes/);
  });
});

describe('merge is the same in any order and grouping', () => {
  it('refuses partials of two dictionaries, whichever comes first', async () => {
    const other = tmp('merge-dict');
    writeFileSync(join(other, 'fixture.yml'), FIXTURE_DICT);
    const fromOther = await extract([{ id: 'c', text: 'エヌビディアのH200。' }], other);
    const a = file('dict-a.jsonl', lines);
    const b = file('dict-b.jsonl', fromOther);
    for (const order of [[a, b], [b, a]]) {
      const run = cli(['merge', ...order, '--out', join(dir, 'never')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/the partials were made with 2 different dictionaries/);
      expect(run.stderr).toContain('extract every document with the same dictionary');
    }
  });

  it('refuses two documents under one id (s1/a.txt and s2/a.txt extracted apart)', () => {
    const root = tmp('merge-ids');
    for (const shard of ['s1', 's2']) {
      mkdirSync(join(root, shard));
      writeFileSync(join(root, shard, 'a.txt'), shard === 's1' ? 'エヌビディア' : 'ファーウェイ');
    }
    const parts = ['s1', 's2'].map((shard) => {
      const run = cli(['extract', join(shard, 'a.txt')], root);
      expect(run.status).toBe(0);
      return file(`${shard}.jsonl`, [run.stdout.trim()]);
    });
    for (const order of [parts, [...parts].reverse()]) {
      const run = cli(['merge', ...order, '--out', join(dir, 'never')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/document id "a" \(s\d\/a\.txt\) is also the id of another document \(s\d\/a\.txt/);
    }
  });

  it('counts the same partial file merged twice once, with a warning', async () => {
    const once = tmp('merge-once');
    const twice = tmp('merge-twice');
    const path = file('both.jsonl', lines);
    await merge([path], { outDir: once });
    const summary = await merge([path, path], { outDir: twice });
    expect(readFileSync(join(twice, 'glossary.json'))).toEqual(readFileSync(join(once, 'glossary.json')));
    expect(summary.warnings.map((w) => w.message)).toEqual([expect.stringContaining('document "a" (a) was already merged from'), expect.stringContaining('document "b" (b) was already merged from')]);
  });

  it('gives the same bytes in any order and grouping', async () => {
    const outs = [];
    for (const groups of [[lines], [[lines[1]], [lines[0]]], [[lines[0], lines[1], lines[0]]]]) {
      const out = tmp('merge-order');
      await merge(groups.map((g, i) => file(`group-${outs.length}-${i}.jsonl`, g)), { outDir: out });
      outs.push(readFileSync(join(out, 'glossary.json')));
    }
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
  });

  it('reads streams it is given (the CLI gives standard input); the library never reads process.stdin', async () => {
    const merged = await readPartials([{ name: 'piped', input: Readable.from([`${lines.join('\n')}\n`]) }]);
    expect([...merged.aggregate.documents.keys()].sort()).toEqual(['a', 'b']);
  });
});
