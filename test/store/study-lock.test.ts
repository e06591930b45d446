import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireStudyLock, StudyLockedError, type StudyLockHolder } from '../../src/store/study-lock.js';

/** A PID that was a process of this machine a moment ago and is not any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function writeLock(dir: string, holder: StudyLockHolder): void {
  writeFileSync(join(dir, 'study.lock'), JSON.stringify({ ...holder, token: 'written-by-the-test' }));
}

describe('the study lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is a file naming the PID, host and command of the writer, and the time it was taken', () => {
    const lock = acquireStudyLock(join(dir, 'mayenne'), { command: 'muniseo audit --study mayenne' });
    const written = JSON.parse(readFileSync(join(dir, 'mayenne', 'study.lock'), 'utf8'));
    expect(written).toMatchObject({ pid: process.pid, host: hostname(), command: 'muniseo audit --study mayenne' });
    expect(new Date(written.takenAt).toISOString()).toBe(written.takenAt);
    expect(lock.holder).toEqual({ pid: process.pid, host: hostname(), command: 'muniseo audit --study mayenne', takenAt: written.takenAt });
    lock.release();
    expect(readdirSync(join(dir, 'mayenne'))).toEqual([]);
  });

  it('refuses a second writer, naming who holds the study and since when', () => {
    const first = acquireStudyLock(dir, { command: 'muniseo audit --study mayenne' });
    let refused: unknown;
    try {
      acquireStudyLock(dir, { command: 'muniseo audit --study mayenne --resume' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(StudyLockedError);
    expect((refused as StudyLockedError).holder).toEqual(first.holder);
    expect((refused as StudyLockedError).message).toBe(
      `the study is in use by process ${process.pid} (muniseo audit --study mayenne), since ${first.holder.takenAt}`,
    );
    first.release();
    // Released: the next writer gets it.
    acquireStudyLock(dir).release();
  });

  it('refuses a writer while another live process of this host holds the lock', async () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeLock(dir, { pid: other.pid!, host: hostname(), command: 'muniseo audit --study x', takenAt: '2026-11-26T08:00:00.000Z' });
      expect(() => acquireStudyLock(dir)).toThrow(
        `the study is in use by process ${other.pid} (muniseo audit --study x), since 2026-11-26T08:00:00.000Z`,
      );
    } finally {
      other.kill();
    }
  });

  it('takes over a lock whose process is gone, and says whose it was', () => {
    const stale = { pid: deadPid(), host: hostname(), command: 'muniseo audit --study x', takenAt: '2026-11-26T08:00:00.000Z' };
    writeLock(dir, stale);
    const takenOver: StudyLockHolder[] = [];
    const lock = acquireStudyLock(dir, { command: 'muniseo audit --study x --resume', onTakeOver: (holder) => takenOver.push(holder) });
    expect(takenOver).toEqual([stale]);
    expect(lock.tookOver).toEqual(stale);
    expect(JSON.parse(readFileSync(join(dir, 'study.lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
      command: 'muniseo audit --study x --resume',
    });
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock naming this very PID when this process does not hold it (a container restarted as PID 1)', () => {
    writeLock(dir, { pid: process.pid, host: hostname(), command: 'muniseo audit', takenAt: '2026-11-26T08:00:00.000Z' });
    const lock = acquireStudyLock(dir);
    expect(lock.tookOver?.pid).toBe(process.pid);
    lock.release();
  });

  it('never breaks a lock taken on another host, whose process cannot be checked from here', () => {
    writeLock(dir, { pid: deadPid(), host: 'worker-3.example.test', command: 'muniseo audit', takenAt: '2026-11-26T08:00:00.000Z' });
    expect(() => acquireStudyLock(dir)).toThrow(/in use by process \d+ on worker-3\.example\.test/);
    expect(existsSync(join(dir, 'study.lock'))).toBe(true);
  });

  it('leaves alone a lock that another writer took over in the meantime', () => {
    const lock = acquireStudyLock(dir);
    writeLock(dir, { pid: deadPid(), host: hostname(), command: 'another run', takenAt: '2026-11-26T08:00:00.000Z' });
    lock.release();
    expect(JSON.parse(readFileSync(join(dir, 'study.lock'), 'utf8')).command).toBe('another run');
  });
});
