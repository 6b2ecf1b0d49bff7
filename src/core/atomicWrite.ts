// Writing outputs so that a failed, interrupted or killed run never leaves a mix of old and new
// files, and never writes through a name someone else planted.
//
// A set of files that belong together (the six outputs of a build, the dictionary files one
// `accept` changes) is written into a new folder of its own inside the target folder, created
// exclusively with an unpredictable name (mkdtemp, mode 0700: nobody else can put a file or a
// link in it). When every file is complete, that folder is renamed to `.glossary-commit-…`: that
// rename is the moment the new set replaces the old. The files are then renamed out of it over
// their targets, and the empty folder removed. A run killed before the commit leaves the previous
// files untouched and a `.glossary-tmp-…` folder that the next run removes; one killed (-9) in
// the microseconds between the commit and the last rename leaves a committed set that the next
// run, or `settleFolder`, finishes moving in. A single file is written to an exclusive temporary
// file beside it and renamed over it.
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { GlossaryError } from './errors.js';
import { displayPath } from './paths.js';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

const TEMP_PREFIX = '.glossary-tmp-';
export const COMMIT_PREFIX = '.glossary-commit-';
/** What earlier versions named their temporary files: `.glossary.json.tmp-<pid>`; and a lock file being created (lock.ts). */
const OLD_TEMP = /^\..+\.tmp-\d+$|^\.glossary\.lock\.[0-9a-f]{12}$/;

/** Temporary files and folders being written now, removed if the process is interrupted (see removeTemporaryFiles). */
const pending = new Set<string>();

/** How many sets (or single files) this process has committed: once one is, its files are the outputs, whatever happens next. */
let commits = 0;

const errorCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);
const random = () => randomBytes(6).toString('hex');
const ownedByUs = (uid: number) => process.getuid === undefined || uid === process.getuid();

/**
 * Creates a folder and its missing parents one at a time (not with `recursive`, which spins
 * forever under /proc), and returns the folders it created, outermost first.
 */
export function ensureFolder(dir: string): string[] {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) throw new GlossaryError(`${displayPath(at)}: is not a folder`, 'choose an output folder that is a folder, or remove the file in the way');
      break;
    } catch (err) {
      if (err instanceof GlossaryError) throw err;
      if (errorCode(err) !== 'ENOENT' || dirname(at) === at) throw cannotCreate(dir, err);
      missing.push(at);
      at = dirname(at);
    }
  }
  const created: string[] = [];
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
      created.push(folder);
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw cannotCreate(dir, err);
    }
  }
  return created;
}

const cannotCreate = (dir: string, err: unknown) =>
  new GlossaryError(`${displayPath(dir)}: cannot create the folder (${errorCode(err)})`, 'choose an output folder on a disk you can write to');

/**
 * Writes a set of files into one folder, all or none (see the top of this file). Throws a
 * GlossaryError naming the file when something cannot be written; the previous files are then
 * as they were.
 */
export function writeFileSet(dir: string, files: Array<{ name: string; content: string | Uint8Array }>): void {
  ensureFolder(dir);
  // A folder where an output file goes would stop the renames half-way: refuse before writing.
  for (const { name } of files) {
    const target = join(dir, name);
    let isFolder = false;
    try {
      isFolder = lstatSync(target).isDirectory();
    } catch {
      // nothing there yet
    }
    if (isFolder) throw new GlossaryError(`${displayPath(target)}: cannot write: a folder is in the way`, 'remove or rename that folder, or choose another output folder');
  }
  let temp: string | undefined;
  let current = files[0]?.name ?? '';
  try {
    temp = mkdtempSync(join(dir, TEMP_PREFIX));
    pending.add(temp);
    for (const { name, content } of files) {
      current = name;
      writeFileSync(join(temp, name), content, { flag: 'wx' });
    }
  } catch (err) {
    if (temp) removeTemporary(temp);
    throw new GlossaryError(`${displayPath(join(dir, current))}: cannot write (${errorCode(err)})`, 'check that the output folder is a writable folder and the disk has space');
  }
  const commit = join(dir, `${COMMIT_PREFIX}${random()}`);
  try {
    renameSync(temp, commit);
  } catch (err) {
    removeTemporary(temp);
    throw new GlossaryError(`${displayPath(dir)}: cannot write (${errorCode(err)})`, 'check that the output folder is a writable folder');
  }
  pending.delete(temp);
  commits++;
  moveIn(dir, commit);
}

export const committedSets = (): number => commits;

/** Moves the files of a committed set over their targets, then removes the set's folder. */
function moveIn(dir: string, commit: string): void {
  for (const name of readdirSync(commit)) {
    try {
      renameSync(join(commit, name), join(dir, name));
    } catch (err) {
      throw new GlossaryError(
        `${displayPath(join(dir, name))}: cannot write (${errorCode(err)}); the new files are complete in ${displayPath(commit)}`,
        'remove what is in the way and run again: the next run moves them in',
      );
    }
  }
  rmdirSync(commit);
}

/**
 * Settles a folder left by killed runs: moves in a set that was committed but not all moved,
 * and removes unfinished temporary folders and files. Only what this user created is touched.
 * Call it while holding the folder's lock (see lock.ts).
 */
export function settleFolder(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (!name.startsWith(COMMIT_PREFIX) && !name.startsWith(TEMP_PREFIX) && !OLD_TEMP.test(name)) continue;
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      continue;
    }
    if (!ownedByUs(stats.uid)) continue;
    if (name.startsWith(COMMIT_PREFIX) && stats.isDirectory()) moveIn(dir, path);
    else if (name.startsWith(TEMP_PREFIX) && stats.isDirectory()) rmSync(path, { recursive: true, force: true });
    else if (OLD_TEMP.test(name) && stats.isFile()) unlinkSync(path);
  }
}

/** Writes one file atomically: an exclusive temporary file beside it, renamed over it. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  ensureFolder(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}${TEMP_PREFIX}${random()}`);
  try {
    pending.add(temp);
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
    pending.delete(temp);
    commits++;
  } catch (err) {
    removeTemporary(temp);
    throw new GlossaryError(`${displayPath(path)}: cannot write (${errorCode(err)})`, 'check that the folder is writable, the path is not a folder, and the disk has space');
  }
}

/** Writes several files, all or none; they must share one folder. */
export function writeFilesAtomic(files: OutputFile[]): void {
  if (!files.length) return;
  const dir = dirname(files[0].path);
  const other = files.find((f) => resolve(dirname(f.path)) !== resolve(dir));
  if (other) throw new Error(`writeFilesAtomic: ${other.path} is not in ${dir}`);
  writeFileSet(dir, files.map((f) => ({ name: basename(f.path), content: f.content })));
}

function removeTemporary(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // the folder is gone or is not a folder: nothing was left there
  }
  pending.delete(path);
}

/** Removes the temporary files of writes under way; safe to call at any time, e.g. on Ctrl-C. */
export function removeTemporaryFiles(): void {
  for (const temp of pending) removeTemporary(temp);
}

/** Removes the folders ensureFolder created, innermost first, where they are still empty. */
export function removeEmptyFolders(created: string[]): void {
  for (const folder of [...created].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty: something was written there after all
    }
  }
}
