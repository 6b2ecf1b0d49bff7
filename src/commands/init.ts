// `glossary init [DIR]`: copies the dictionary shipped with glossary into a folder of the user's
// own (./dict by default), which build, lookup, export and accept then use. Curating the copy
// keeps the edits through reinstalls; the shipped dictionary is never edited.
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GlossaryError } from '../core/errors.js';
import { shippedDictDir } from '../core/paths.js';

export const DEFAULT_INIT_DIR = 'dict';

/** Copies the shipped dictionary to `dir` (written whole or not at all); returns how many files. */
export function initDictionary(dir: string = DEFAULT_INIT_DIR, from: string = shippedDictDir()): number {
  if (existsSync(dir) && readdirSync(dir).length) {
    throw new GlossaryError(`${dir}: the folder exists and is not empty`, 'choose another folder (glossary init DIR), or use the dictionary that is there');
  }
  if (resolve(dir) === resolve(from)) throw new GlossaryError(`${dir} is the shipped dictionary itself`, 'choose another folder');
  // Copied beside the target and renamed, so an interrupted copy leaves no half dictionary.
  const temp = join(dirname(resolve(dir)), `.${DEFAULT_INIT_DIR}.tmp-${process.pid}`);
  try {
    cpSync(from, temp, { recursive: true });
    if (existsSync(dir)) rmSync(dir, { recursive: true });
    renameSync(temp, dir);
  } catch (err) {
    rmSync(temp, { recursive: true, force: true });
    throw new GlossaryError(`${dir}: cannot copy the dictionary (${(err as NodeJS.ErrnoException).code ?? err})`, 'check that the folder is writable');
  }
  return readdirSync(dir).length;
}
