import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlossaryError } from './errors.js';

/** A path as messages and outputs show it: relative to the working directory where possible, with `/`. */
export const displayPath = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return (rel && !rel.startsWith('..') ? rel : p).split(sep).join('/');
};

/** The dictionary shipped with the package (beside dist/): read it, never edit it. */
export const shippedDictDir = (): string => join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dict');

/** `./dict` when there is one, else the dictionary shipped with the package. */
export function defaultDictDir(): string {
  return existsSync('dict') ? 'dict' : shippedDictDir();
}

/**
 * The dictionary a command may edit: the one named, or `./dict`. Never the shipped one, whose
 * edits a reinstall would lose.
 */
export function editableDictDir(dict: string | undefined): string {
  if (dict !== undefined) return dict;
  if (existsSync('dict')) return 'dict';
  throw new GlossaryError('no ./dict to edit here', 'run `glossary init` to copy the dictionary into ./dict for curating, or pass --dict DIR');
}
