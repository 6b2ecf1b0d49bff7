import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path as messages and outputs show it: relative to the working directory where possible, with `/`. */
export const displayPath = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return (rel && !rel.startsWith('..') ? rel : p).split(sep).join('/');
};

/** `./dict` when there is one, else the dictionary shipped with the package (beside dist/). */
export function defaultDictDir(): string {
  return existsSync('dict') ? 'dict' : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dict');
}
