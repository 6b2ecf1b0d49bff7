import { relative, sep } from 'node:path';

/** A path as messages and outputs show it: relative to the working directory where possible, with `/`. */
export const displayPath = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return (rel && !rel.startsWith('..') ? rel : p).split(sep).join('/');
};
