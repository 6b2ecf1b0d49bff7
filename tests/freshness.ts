// vitest's global set-up: the tests that run the CLI, start worker threads or import the
// package by name use the compiled package in dist/, so a dist/ older than src/ would test old
// code. `npm test` compiles first; a bare `npx vitest` after an edit stops here instead.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The modules of src/ whose compiled file in dist/ is missing or older. */
export function staleModules(src = 'src', dist = 'dist'): string[] {
  return sourceFiles(src).filter((file) => {
    const compiled = join(dist, relative(src, file)).replace(/\.ts$/, '.js');
    return !existsSync(compiled) || statSync(compiled).mtimeMs < statSync(file).mtimeMs;
  });
}

export default function setup(): void {
  const stale = staleModules();
  if (stale.length) throw new Error(`dist/ is older than ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ' …' : ''}: run \`npm run build\` (npm test does) before vitest`);
}
