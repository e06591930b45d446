// One writer per study: a lock file (study.lock) in the study folder, holding the PID, host and
// command of the process that writes the study, and when it took the lock. A second `audit` of
// the same study (a `--resume` started twice, an `--overwrite` while a run is active) stops
// before touching study.sqlite. The queue's coordinator holds the same lock.
//
// The file appears whole or not at all: it is written under a temporary name, then hard-linked
// to study.lock, which fails when study.lock exists. A lock whose process is gone (killed, the
// machine restarted) is stale: a process on the same host takes it over, and says so. A lock
// taken on another host cannot be checked from here; it is reported, never broken.
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import { pathInStudy } from './study-folder.js';

export const studyLockName = 'study.lock';

/** Who holds a study's lock. */
export interface StudyLockHolder {
  pid: number;
  host: string;
  /** The command line that took it, e.g. `muniseo audit --study mayenne-2026 --resume`. */
  command: string;
  /** ISO 8601. */
  takenAt: string;
}

export interface StudyLockOptions {
  /** What the holder is doing, shown to whoever finds the study locked. @default the process's command line */
  command?: string;
  /** Called when a stale lock (its process is gone) is taken over, with the holder it had. */
  onTakeOver?: (stale: StudyLockHolder) => void;
}

export interface StudyLock {
  readonly path: string;
  readonly holder: StudyLockHolder;
  /** The stale holder this lock replaced, when it was taken over. */
  readonly tookOver?: StudyLockHolder;
  /** Removes the lock file (only if it is still this lock's). Safe to call twice. */
  release(): void;
}

/** The study is being written by another process. */
export class StudyLockedError extends Error {
  constructor(
    readonly path: string,
    readonly holder: StudyLockHolder,
  ) {
    const where = holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
    super(`the study is in use by ${where} (${holder.command}), since ${holder.takenAt}`);
  }
}

const holderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  command: z.string(),
  takenAt: z.string(),
  token: z.string(),
});
type LockRecord = z.infer<typeof holderSchema>;

/** Locks held by this process: a lock file naming this PID is stale unless it is one of them. */
const heldHere = new Set<string>();

/**
 * Takes the lock of the study in `studyDir` (created if needed). Throws StudyLockedError when a
 * live process holds it; takes over a lock whose process is gone on this host.
 */
export function acquireStudyLock(studyDir: string, options: StudyLockOptions = {}): StudyLock {
  mkdirSync(studyDir, { recursive: true });
  const path = pathInStudy(studyDir, studyLockName);
  const record: LockRecord = {
    pid: process.pid,
    host: hostname(),
    command: options.command ?? commandLine(),
    takenAt: new Date().toISOString(),
    token: randomUUID(),
  };
  const draft = `${path}.${record.token}`;
  writeFileSync(draft, `${JSON.stringify(record)}\n`);
  try {
    const tookOver = take(path, draft);
    if (tookOver) options.onTakeOver?.(holderOf(tookOver));
    return holdLock(path, record, tookOver);
  } finally {
    removeQuietly(draft);
  }
}

/** Takes the lock or throws; returns the stale record it replaced, if any. */
function take(path: string, draft: string): LockRecord | undefined {
  // A few rounds: the holder may release, or another process take over, between two steps.
  for (let round = 0; round < 5; round += 1) {
    if (linkQuietly(draft, path)) return undefined;
    const current = readRecord(path);
    if (current === 'missing') continue;
    if (current !== 'unreadable' && isAlive(current)) throw new StudyLockedError(path, holderOf(current));
    // Stale (or not a lock muniseo wrote whole): replaced under a second lock, so that two
    // processes finding the same stale lock cannot both take it.
    const takeover = `${path}.takeover`;
    if (!linkQuietly(draft, takeover)) {
      const other = readRecord(takeover);
      if (typeof other === 'object' && isAlive(other)) throw new StudyLockedError(path, holderOf(other));
      removeQuietly(takeover); // Left by a process that died while taking over.
      continue;
    }
    try {
      const again = readRecord(path);
      if (again === 'missing') continue;
      if (sameRecord(again, current)) {
        renameSync(draft, path);
        return typeof current === 'object' ? current : unreadableHolder;
      }
    } finally {
      removeQuietly(takeover);
    }
  }
  const last = readRecord(path);
  throw new StudyLockedError(path, holderOf(typeof last === 'object' ? last : unreadableHolder));
}

function holdLock(path: string, record: LockRecord, tookOver: LockRecord | undefined): StudyLock {
  heldHere.add(record.token);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(record.token);
    process.off('exit', release);
    const current = readRecord(path);
    if (typeof current === 'object' && current.token === record.token) removeQuietly(path);
  };
  // A process that ends through process.exit (a second Ctrl-C) still leaves no lock behind.
  process.on('exit', release);
  return { path, holder: holderOf(record), ...(tookOver ? { tookOver: holderOf(tookOver) } : {}), release };
}

/** Whether the lock's process still runs: on another host, assumed so (it cannot be checked). */
function isAlive(record: LockRecord): boolean {
  if (record.host !== hostname()) return true;
  if (record.pid === process.pid) return heldHere.has(record.token);
  try {
    process.kill(record.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readRecord(path: string): LockRecord | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function sameRecord(a: LockRecord | 'unreadable', b: LockRecord | 'unreadable'): boolean {
  return typeof a === 'object' && typeof b === 'object' ? a.token === b.token : a === b;
}

/** What a lock file muniseo did not write whole says about its holder: nothing. */
const unreadableHolder: LockRecord = {
  pid: 1,
  host: 'an unknown host',
  command: 'an unreadable lock file',
  takenAt: 'an unknown time',
  token: '',
};

function holderOf(record: LockRecord): StudyLockHolder {
  return { pid: record.pid, host: record.host, command: record.command, takenAt: record.takenAt };
}

/** Creates `to` with the content of `from` unless it exists; false when it does. */
function linkQuietly(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  // File systems without hard links: an exclusive create, written at once.
  try {
    writeFileSync(to, readFileSync(from), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function commandLine(): string {
  return ['muniseo', ...process.argv.slice(2)].join(' ');
}
