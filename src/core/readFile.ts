// Reading a file the user named (a dictionary file, glossary.json, candidates.json): only a
// regular file is read, and no more than its size when opened. A FIFO named like a dictionary
// file would otherwise block the run forever, and /dev/zero fill the memory.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** What is at a path that is not a regular file, in words: `a FIFO (named pipe)`. */
export function kindOfFile(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Thrown by readRegularFile for a path that is there but is not a regular file. */
export class NotRegularFile extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path}: is ${kind}, not a regular file`);
    this.name = 'NotRegularFile';
  }
}

/**
 * The bytes of a regular file. Opened non-blocking and checked before any read; throws
 * NotRegularFile, or the system's error (ENOENT, EACCES…).
 */
export function readRegularFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFile(path, kindOfFile(stats));
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, length);
      if (read === 0) break;
      length += read;
    }
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
