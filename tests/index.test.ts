// The public API as a user meets it: README's "Library" example, compiled against the built
// package (imported by its name, through package.json's exports), run, and its output compared.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The code blocks of README's "Library" section, by language. */
function libraryBlocks(): { ts: string; text: string } {
  const section = readFileSync('README.md', 'utf8').split(/^## Library$/m)[1].split(/^## /m)[0];
  const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1] ?? '';
  return { ts: block('ts'), text: block('text') };
}

/** The package's name, as a user's program imports it. */
const NAME = (JSON.parse(readFileSync('package.json', 'utf8')) as { name: string }).name;

describe("README's Library example, as a user's program", () => {
  const { ts: example, text: expected } = libraryBlocks();
  const dir = mkdtempSync(join(tmpdir(), 'glossary-library-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(process.cwd(), join(dir, 'node_modules', NAME), 'dir');
  for (const folder of ['data', 'dict']) symlinkSync(join(process.cwd(), folder), join(dir, folder), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
  writeFileSync(join(dir, 'example.ts'), example);

  it('is in the README, with what it prints', () => {
    expect(example).toContain(`from '${NAME}'`);
    expect(expected).not.toBe('');
  });

  it('compiles against the package entry with no error', () => {
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      skipLibCheck: true,
      outDir: dir,
    };
    const program = ts.createProgram([join(dir, 'example.ts')], options);
    const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  it('runs and prints what the README says', () => {
    const run = spawnSync(process.execPath, ['example.js'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected);
  });

  it('cannot reach an internal module: the exports map names the entry alone', () => {
    writeFileSync(join(dir, 'deep.mjs'), `import '${NAME}/dist/core/normalize.js';`);
    const run = spawnSync(process.execPath, ['deep.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
