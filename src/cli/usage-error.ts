/** Bad usage: the CLI prints the message with the command's help and exits 2. */
export class UsageError extends Error {}

/** A failure the user can act on (missing Chromium, unreadable file): message, exit 1. */
export class CommandError extends Error {}
