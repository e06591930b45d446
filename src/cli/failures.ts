// What the command line prints when a command fails, and its exit code: the message first, then
// one line saying what to do. Expected failures (bad usage, a study in use, a permission, a
// missing file, a full disk) never show a stack trace; only a bug does.
import { hostname } from 'node:os';
import { RegistryFormatError } from '../institutions/index.js';
import { StoredConfigError } from '../stored-config.js';
import { OutsideStudyError, StudyNameError } from '../store/study-folder.js';
import { StudyLockedError } from '../store/study-lock.js';
import { StoredDataError } from '../store/stored-rows.js';
import { StudyStorageError } from '../store/study-store.js';
import { CommandError, InterruptedError, UsageError } from './usage-error.js';

export const exitCodes = { done: 0, failed: 1, usage: 2 } as const;

export interface Failure {
  message: string;
  hint?: string;
  exitCode: number;
  /** Set for a bug: the stack trace, for a bug report. */
  stack?: string;
}

/** The commands whose help a usage hint can point to. */
const commandNames = ['audit', 'report', 'export', 'sites', 'demo'];

export function describeFailure(error: unknown, args: readonly string[]): Failure {
  const usageHint = `Run "${helpCommand(args)}" for usage.`;
  if (error instanceof UsageError) return { message: error.message, hint: error.hint ?? usageHint, exitCode: exitCodes.usage };
  if (error instanceof StudyNameError) {
    return { message: error.message, hint: 'Name the study like mayenne-2026 or communes_53.2026.', exitCode: exitCodes.usage };
  }
  if (error instanceof RegistryFormatError)
    return { message: error.message, hint: 'See docs/sites-csv.md for the format.', exitCode: exitCodes.usage };
  if (error instanceof StudyLockedError) return { message: error.message, hint: lockHint(error), exitCode: exitCodes.usage };
  if (error instanceof InterruptedError) return { message: error.message, hint: error.hint, exitCode: error.exitCode };
  if (error instanceof CommandError) return { message: error.message, hint: error.hint, exitCode: exitCodes.failed };
  if (error instanceof StoredDataError || error instanceof StoredConfigError) return { message: error.message, exitCode: exitCodes.failed };
  if (error instanceof StudyStorageError) {
    return {
      message: error.message,
      hint: 'The study keeps every site stored so far: free some space (or fix the folder), then run the same command with --resume.',
      exitCode: exitCodes.failed,
    };
  }
  if (error instanceof OutsideStudyError) {
    return { message: error.message, hint: 'Remove the symbolic link, or choose another --reports folder.', exitCode: exitCodes.failed };
  }
  const system = systemFailure(error);
  if (system) return { ...system, exitCode: exitCodes.failed };
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `internal error: ${message}`,
    hint: 'This is a bug in muniseo; please report it with the trace above.',
    exitCode: exitCodes.failed,
    stack: error instanceof Error ? error.stack : undefined,
  };
}

/** The text the CLI prints on stderr for a failure. */
export function formatFailure(failure: Failure): string {
  return [failure.stack, `muniseo: ${failure.message}`, failure.hint].filter((line) => line !== undefined).join('\n') + '\n';
}

/** `muniseo audit --help`, `muniseo sites import --help` or `muniseo --help`, from the arguments given. */
function helpCommand(args: readonly string[]): string {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const command = words[0];
  if (command === undefined || !commandNames.includes(command)) return 'muniseo --help';
  return command === 'sites' && words[1] === 'import' ? 'muniseo sites import --help' : `muniseo ${command} --help`;
}

function lockHint(error: StudyLockedError): string {
  // On this host, a lock whose process is gone is taken over: this one's process runs.
  if (error.holder.host === hostname()) return `Wait for that run to end, or stop it (kill ${error.holder.pid}).`;
  return `Wait for that run to end, or stop it. If no muniseo runs on ${error.holder.host} any more, delete ${error.path}.`;
}

/** What the system refused (errno codes), and SQLite's refusals, said in a line each. */
const systemMeanings: Record<string, { meaning: string; hint: string }> = {
  EACCES: { meaning: 'permission denied', hint: 'Check the permissions of that folder, or choose another one (--reports, --out).' },
  EPERM: { meaning: 'operation not permitted', hint: 'Check the permissions of that folder, or choose another one (--reports, --out).' },
  ENOENT: { meaning: 'no such file or folder', hint: 'Create the folder first, or correct the path.' },
  ENOTDIR: { meaning: 'a file stands where a folder is needed', hint: 'Choose another path (--reports, --out).' },
  EISDIR: { meaning: 'it is a folder, not a file', hint: 'Give a file name (--out FILE).' },
  ENOSPC: { meaning: 'no space left on the disk', hint: 'Free some space, then run the command again (an audit continues with --resume).' },
  EDQUOT: { meaning: 'disk quota exceeded', hint: 'Free some space, then run the command again (an audit continues with --resume).' },
  EROFS: { meaning: 'read-only file system', hint: 'Choose a writable folder (--reports, --out).' },
  EMFILE: { meaning: 'too many open files', hint: 'Raise the limit (ulimit -n) or lower --concurrency.' },
  SQLITE_CANTOPEN: { meaning: 'the study file cannot be opened', hint: 'Check that the study folder exists and is writable.' },
  SQLITE_READONLY: { meaning: 'the study file is read-only', hint: 'Check the permissions of the study folder and of study.sqlite.' },
  SQLITE_FULL: { meaning: 'the disk is full', hint: 'Free some space, then run the command again (an audit continues with --resume).' },
  SQLITE_NOTADB: {
    meaning: 'study.sqlite is not a SQLite database',
    hint: 'Restore the study from a copy, or start again with --overwrite.',
  },
  SQLITE_CORRUPT: { meaning: 'study.sqlite is damaged', hint: 'Restore the study from a copy, or start again with --overwrite.' },
  SQLITE_BUSY: {
    meaning: 'the study file is locked by another program',
    hint: 'Close the program that has study.sqlite open, then try again.',
  },
};

const actions: Record<string, string> = {
  mkdir: 'cannot create the folder',
  open: 'cannot open',
  write: 'cannot write',
  copyfile: 'cannot write',
  unlink: 'cannot remove',
  rename: 'cannot replace',
  link: 'cannot create',
  scandir: 'cannot list the folder',
  rmdir: 'cannot remove the folder',
};

function systemFailure(error: unknown): { message: string; hint: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string') return undefined;
  const known = systemMeanings[code] ?? systemMeanings[code.split('_').slice(0, 2).join('_')];
  if (!known) return undefined;
  if (code.startsWith('SQLITE_')) return { message: `${known.meaning} (${code}): ${error.message}`, hint: known.hint };
  const what = path ? `${(syscall && actions[syscall]) ?? 'cannot use'} ${path}` : (syscall ?? 'a file operation failed');
  return { message: `${what}: ${known.meaning} (${code})`, hint: known.hint };
}
