import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/run/build.js';
import { loadGlossary } from '../../src/outputs/glossaryFile.js';
import { GlossaryIndex } from '../../src/commands/glossaryIndex.js';

const dir = mkdtempSync(join(tmpdir(), 'glossary-lookup-'));
const glossaryPath = join(dir, 'glossary.json');
const lookup = (...args: string[]) =>
  spawnSync(process.execPath, ['dist/cli/main.js', 'lookup', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  await build({ inputs: ['data'], dictDir: 'dict', outDir: dir });
});

describe('finding an entry from any of its names', () => {
  it.each(['ＢＩＳ', 'bis', '産業安全保障局', 'bureau of industry and security', 'Bureau  of Industry and Security', 'Ｂｕｒｅａｕ ｏｆ Ｉｎｄｕｓｔｒｙ ａｎｄ Ｓｅｃｕｒｉｔｙ'])(
    '%s finds BIS',
    async (term) => {
      const index = new GlossaryIndex((await loadGlossary({ glossary: glossaryPath })).entries);
      expect(index.find(term)?.id).toBe('bis');
    },
  );
  it.each(['エヌビディア', 'Nvidia', 'NVIDIA', 'ｴﾇﾋﾞﾃﾞｨｱ', 'ｎｖｉｄｉａ'])('%s finds NVIDIA', async (term) => {
    const index = new GlossaryIndex((await loadGlossary({ glossary: glossaryPath })).entries);
    expect(index.find(term)?.id).toBe('nvidia');
  });

  it('suggests up to five near names for a term that names nothing', async () => {
    const index = new GlossaryIndex((await loadGlossary({ glossary: glossaryPath })).entries);
    expect(index.find('エヌビデア')).toBeUndefined();
    expect(index.suggest('エヌビデア').map((s) => s.entry.id)).toContain('nvidia');
    expect(index.suggest('Anthrop').map((s) => s.entry.id)[0]).toBe('anthropic');
    expect(index.suggest('a').length).toBeLessThanOrEqual(5);
  });
});

describe('glossary lookup', () => {
  it('prints type, names, counts, surface forms and two examples with document and line', () => {
    const run = lookup('bis', '--glossary', glossaryPath);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^bis\n  type +agency\n  ja +産業安全保障局\n  reading +サンギョウアンゼンホショウキョク\n  en +Bureau of Industry and Security\n/);
    expect(run.stdout).toMatch(/mentions +\d+ in \d+ documents?/);
    expect(run.stdout).toMatch(/written +BIS ×\d+/);
    expect(run.stdout.match(/^  \d{3}_\w+:\d+ .*【/gm)?.length).toBe(2);
  });

  it('reads the glossary.json in a build output folder given as --glossary', () => {
    const run = lookup('bis', '--glossary', dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^bis\n  type +agency\n/);
  });

  it('says when an entry was discovered in the articles, not taken from the dictionary', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'glossary-lookup-discovered-'));
    writeFileSync(join(corpus, 'a.txt'), '輸出監察局(XEB)が発表した。輸出監察局は米国の機関だ。');
    await build({ inputs: [corpus], dictDir: 'dict', outDir: corpus });
    const run = lookup('XEB', '--glossary', join(corpus, 'glossary.json'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/source +discovered \(not in the dictionary: .*; English from the text\)/);
    expect(lookup('bis', '--glossary', glossaryPath).stdout).not.toMatch(/source/);
  });

  it('lists every document that mentions the entry, with its path and count, most first', () => {
    const run = lookup('bis', '--glossary', glossaryPath);
    expect(run.stdout).toContain('  in        data/000_7a1d74440865be25.txt ×2\n            data/001_e3678c96e578cab2.txt ×2\n');
  });

  it('finds a name the build lacks in the dictionary, marked "not in this build"', () => {
    const oneArticle = join(dir, 'one');
    mkdirSync(oneArticle);
    writeFileSync(join(oneArticle, 'a.txt'), 'エヌビディアのH100が話題になった。\n');
    const built = spawnSync(process.execPath, ['dist/cli/main.js', 'build', oneArticle, '--out', oneArticle, '--quiet', '--dict', 'dict'], { encoding: 'utf8' });
    expect(built.status).toBe(0);
    const small = join(oneArticle, 'glossary.json');
    const run = lookup('BIS', 'NVIDIA', '--glossary', small, '--dict', 'dict');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^bis\n(.*\n)*  mentions +not in this build \(.*glossary\.json\); found in the dictionary dict\n/);
    expect(run.stdout).toMatch(/^nvidia\n(.*\n)*  mentions +1 in 1 document\n/m);
    const json = JSON.parse(lookup('BIS', 'NVIDIA', '--json', '--glossary', small, '--dict', 'dict').stdout) as Array<{ inBuild: boolean; entry: { id: string } }>;
    expect(json.map((r) => [r.entry.id, r.inBuild])).toEqual([['bis', false], ['nvidia', true]]);
    const missing = lookup('エヌビデアー', '--glossary', small, '--dict', 'dict');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/not in .*glossary\.json or dict\n/);
  });

  it('carries the reading and the qualifier of the dictionary into the built glossary', () => {
    const [ascend, baidu] = JSON.parse(lookup('Ascend', '百度', '--json', '--glossary', glossaryPath).stdout) as Array<{ entry: { en: string; qualifier?: string; reading?: string } }>;
    expect([ascend.entry.en, ascend.entry.qualifier]).toEqual(['Huawei Ascend', 'family']);
    expect(baidu.entry.reading).toBe('バイドゥ');
  });

  it('prints JSON for scripts, for several terms at once', () => {
    const run = lookup('bis', 'Nvidia', '--json', '--glossary', glossaryPath);
    const parsed = JSON.parse(run.stdout) as Array<{ term: string; entry: { id: string; mentions: number } }>;
    expect(parsed.map((r) => r.entry.id)).toEqual(['bis', 'nvidia']);
    expect(parsed[0].entry.mentions).toBeGreaterThan(0);
  });

  it('exits with status 1 and "did you mean" for an unknown term', () => {
    const run = lookup('エヌビデア', '--glossary', glossaryPath);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('did you mean: エヌビディア');
  });

  it('falls back to the dictionary, without counts', () => {
    const run = lookup('TSMC', '--dict', 'dict');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('not counted');
  });

  it('gives a clear error for an empty or unreadable glossary', () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '{"entries": []}');
    expect(lookup('bis', '--glossary', empty).stderr).toContain('the glossary is empty');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"entries": [');
    const run = lookup('bis', '--glossary', broken);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/broken\.json: not readable JSON/);
    expect(lookup('bis', '--glossary', join(dir, 'none.json')).stderr).toMatch(/none\.json: not found/);
  });
});
