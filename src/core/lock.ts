// One writer per folder: a build, merge or accept holds `.glossary.lock` in the folder it writes
// to for as long as it runs, so two runs into one out/ never interleave; the second refuses with
// a clear message. The lock file is created exclusively and names its process (pid, host, and on
// Linux the process's start time, so a reused pid is not taken for the old owner). A lock left by
// a killed run is taken over by the next run; the folder is then settled (settleFolder).
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ensureFolder, removeEmptyFolders, settleFolder } from './atomicWrite.js';
import { GlossaryError } from './errors.js';
import { displayPath } from './paths.js';

export const LOCK_NAME = '.glossary.lock';

interface LockInfo {
  pid: number;
  host: string;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid. */
  start?: string;
  command: string;
}

export interface FolderLock {
  /** Removes the lock (and the folders created for it, if nothing was written there). */
  release(): void;
}

/** Locks held by this process, released on exit whatever happens. */
const held = new Set<() => void>();
process.once('exit', () => {
  for (const release of held) release();
});

/** Field 22 of /proc/<pid>/stat: when the process started; undefined where there is no /proc. */
function startTime(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isRunning(info: LockInfo): boolean {
  if (info.host !== hostname()) return true; // cannot tell from here
  try {
    process.kill(info.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // A live process with that pid: the owner, unless it started at another time (a reused pid).
  const start = info.start && startTime(info.pid);
  return !(start && start !== info.start);
}

function parseLock(text: string): LockInfo | undefined {
  try {
    const info = JSON.parse(text) as LockInfo;
    return Number.isInteger(info.pid) && typeof info.host === 'string' ? info : undefined;
  } catch {
    return undefined;
  }
}

/** A lock file is never empty (see create); one that cannot be read as a lock for this long is debris. */
const UNREADABLE_LOCK_MS = 10_000;

/**
 * Creates the folder if needed, locks it for `command` and settles what killed runs left there.
 * Throws a GlossaryError when another live run holds the lock.
 */
export function lockFolder(dir: string, command: string): FolderLock {
  const created = ensureFolder(dir);
  const path = join(dir, LOCK_NAME);
  const ours = JSON.stringify({ pid: process.pid, host: hostname(), start: startTime('self'), command } satisfies LockInfo);
  try {
    acquire(path, dir, ours);
  } catch (err) {
    removeEmptyFolders(created);
    throw err;
  }
  const release = () => {
    held.delete(release);
    try {
      if (readFileSync(path, 'utf8') === ours) unlinkSync(path);
    } catch {
      // already gone
    }
    // Folders made for this run go again when nothing was written in them.
    removeEmptyFolders(created);
  };
  held.add(release);
  try {
    settleFolder(dir);
  } catch (err) {
    release();
    throw err;
  }
  return { release };
}

/**
 * Creates the lock file with its content in one step: written to a file of its own, then linked
 * under the lock's name (which fails if a lock is there). So no run ever sees an empty lock.
 */
function create(path: string, ours: string): boolean {
  const temp = `${path}.${randomBytes(6).toString('hex')}`;
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, ours);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (err) {
    // EEXIST: a lock is there. ENOENT: the lock's owner, settling the folder, took our file for debris.
    if (['EEXIST', 'ENOENT'].includes((err as NodeJS.ErrnoException).code ?? '')) return false;
    throw err;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already removed
    }
  }
}

function acquire(path: string, dir: string, ours: string): void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if (create(path, ours)) return;
    } catch (err) {
      throw new GlossaryError(`${displayPath(dir)}: cannot write in this folder (${(err as NodeJS.ErrnoException).code})`, 'check that the output folder is a writable folder');
    }
    let text = '';
    let age = 0;
    try {
      text = readFileSync(path, 'utf8');
      age = Date.now() - statSync(path).mtimeMs;
    } catch {
      continue; // released meanwhile: try again
    }
    const info = parseLock(text);
    if (info ? isRunning(info) : age < UNREADABLE_LOCK_MS) {
      const who = info ? `another glossary ${info.command} (process ${info.pid}${info.host === hostname() ? '' : ` on ${info.host}`})` : 'another glossary run';
      throw new GlossaryError(
        `${displayPath(dir)}: ${who} is writing to this folder`,
        `wait for it to finish, or choose another output folder${info && info.host !== hostname() ? `; if none runs there, remove ${displayPath(path)}` : ''}`,
      );
    }
    // Left by a run that was killed: set it aside, and make sure it was that one and not a new lock.
    const aside = `${path}.stale-${randomBytes(6).toString('hex')}`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    let moved = '';
    try {
      moved = readFileSync(aside, 'utf8');
    } catch {
      // gone: nothing to put back
    }
    if (moved !== text) {
      try {
        linkSync(aside, path); // a live lock taken in the meantime: put it back
      } catch {
        // yet another lock is there now; the owner of the one set aside will find its lock gone
      }
    }
    try {
      unlinkSync(aside);
    } catch {
      // already gone
    }
  }
  throw new GlossaryError(`${displayPath(dir)}: another glossary run is writing to this folder`, 'wait for it to finish, or choose another output folder');
}
