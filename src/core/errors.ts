// Errors a user can act on: what went wrong (with file:line where there is one) and what to do.
// The CLI prints them without a stack trace; anything else is a bug and keeps its stack.

export class GlossaryError extends Error {
  constructor(
    message: string,
    /** What the user should do about it. */
    readonly hint?: string,
    /** The process exit status the CLI uses. */
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'GlossaryError';
  }
}
