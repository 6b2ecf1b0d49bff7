// Outputs are written to a temporary file in the same folder and renamed over the target, so a
// failed or interrupted build leaves the previous output whole.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { GlossaryError } from './errors.js';

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new GlossaryError(`${path}: cannot write (${code})`, 'check that the output folder is writable and the disk has space');
  }
}
