// Outputs are written to temporary files in the same folder and renamed over their targets only
// once all of them are written, so a failed or interrupted build leaves the previous outputs whole.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GlossaryError } from './errors.js';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** Temporary files being written now, removed if the process is interrupted (see removeTemporaryFiles). */
const pending = new Set<string>();

export function writeFilesAtomic(files: OutputFile[]): void {
  const temps = files.map((f) => join(dirname(f.path), `.${basename(f.path)}.tmp-${process.pid}`));
  let current = '';
  try {
    files.forEach((file, i) => {
      current = file.path;
      mkdirSync(dirname(file.path), { recursive: true });
      pending.add(temps[i]);
      writeFileSync(temps[i], file.content);
    });
    files.forEach((file, i) => {
      current = file.path;
      renameSync(temps[i], file.path);
      pending.delete(temps[i]);
    });
  } catch (err) {
    removeTemporaryFiles();
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new GlossaryError(`${current}: cannot write (${code})`, 'check that the output folder is a writable folder and the disk has space');
  }
}

export const writeFileAtomic = (path: string, content: string | Uint8Array): void => writeFilesAtomic([{ path, content }]);

/** Removes the temporary files of writes under way; safe to call at any time, e.g. on Ctrl-C. */
export function removeTemporaryFiles(): void {
  for (const temp of pending) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // the folder is gone or is not a folder: nothing was left there
    }
    pending.delete(temp);
  }
}
