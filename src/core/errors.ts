// Errors a user can act on: what went wrong (with file:line where there is one) and what to do.
// The CLI prints them without a stack trace and chooses the exit status; anything else is a bug
// and keeps its stack.

export class GlossaryError extends Error {
  constructor(
    message: string,
    /** What the user should do about it. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'GlossaryError';
  }
}

/** A run stopped by its caller (an AbortSignal): nothing was written, the previous outputs are as they were. */
export class Interrupted extends Error {
  constructor(
    /** What the signal was aborted with (the CLI passes the name of the signal, `SIGINT` or `SIGTERM`). */
    readonly reason?: unknown,
  ) {
    super(`interrupted${typeof reason === 'string' ? ` (${reason})` : ''}`);
    this.name = 'Interrupted';
  }
}

/** Throws Interrupted when the signal was aborted. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Interrupted ? signal.reason : new Interrupted(signal.reason);
}

/**
 * Something about one input, partial or dictionary file that the user should know: a file that
 * was skipped, or a warning that did not stop the run. The CLI prints each as one line.
 */
export interface Diagnostic {
  /** The file, as messages show paths (relative to the working directory where possible). */
  file: string;
  /** 1-based line, where there is one. */
  line?: number;
  /** 1-based column, where there is one. */
  column?: number;
  /** What is wrong, without the file: `holds NUL bytes (binary, or UTF-16 without a BOM)`. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** `file:line:column` of a diagnostic, as far as it has them. */
export const diagnosticPlace = (d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string =>
  `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}`;
