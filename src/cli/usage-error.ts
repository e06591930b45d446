// The failures a command reports to its user: each is one line of message, then one line of hint,
// and an exit code (README, "Commands"). Anything else that escapes a command is a bug.

/** Bad usage (a wrong flag, a bad study name, a file named on the command line that is not there): exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** What to do about it; by default, where the command's help is. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A failure the user can act on (missing Chromium, unreadable file): exit 1. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** The audit stopped on SIGINT or SIGTERM after saving what was finished: exit 130 or 143. */
export class InterruptedError extends Error {
  constructor(
    readonly signal: InterruptSignal,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }

  get exitCode(): number {
    return this.signal === 'SIGINT' ? 130 : 143;
  }
}
