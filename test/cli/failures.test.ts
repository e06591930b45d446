// What the command line says when a command fails: the message first, one line of hint, and the
// exit code of the README. Expected failures never show a stack trace.
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeFailure, formatFailure } from '../../src/cli/failures.js';
import { CommandError, InterruptedError, UsageError } from '../../src/cli/usage-error.js';
import { RegistryFormatError } from '../../src/institutions/index.js';
import { StudyNameError } from '../../src/store/study-folder.js';
import { StudyLockedError } from '../../src/store/study-lock.js';
import { StudyStorageError } from '../../src/store/study-store.js';

function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

describe('describeFailure', () => {
  it.each([
    [new UsageError('give a command'), 2],
    [new StudyNameError('the study name ".." is not usable'), 2],
    [new RegistryFormatError('this is JSON, not CSV', 'sites.csv'), 2],
    [new StudyLockedError('/r/x/study.lock', { pid: 42, host: 'h', command: 'muniseo audit', takenAt: 't' }), 2],
    [new CommandError('no Chromium'), 1],
    [new StudyStorageError('cannot store the result of "x": the disk is full (SQLITE_FULL)', 'SQLITE_FULL'), 1],
    [new InterruptedError('SIGINT', 'interrupted by SIGINT'), 130],
    [new InterruptedError('SIGTERM', 'interrupted by SIGTERM'), 143],
    [systemError('EACCES', 'mkdir', '/reports/x'), 1],
  ])('%s exits %i, without a stack trace', (error, exitCode) => {
    const failure = describeFailure(error, ['audit']);
    expect(failure.exitCode).toBe(exitCode);
    expect(failure.stack).toBeUndefined();
    expect(formatFailure(failure)).toMatch(/^muniseo: /);
  });

  it('says which folder the system refused and why, with what to do', () => {
    expect(describeFailure(systemError('EACCES', 'mkdir', '/reports/x'), ['audit'])).toEqual({
      message: 'cannot create the folder /reports/x: permission denied (EACCES)',
      hint: 'Check the permissions of that folder, or choose another one (--reports, --out).',
      exitCode: 1,
    });
    expect(describeFailure(systemError('ENOSPC', 'write', '/reports/x/results.json'), ['report']).message).toBe(
      'cannot write /reports/x/results.json: no space left on the disk (ENOSPC)',
    );
    expect(describeFailure(systemError('ENOENT', 'open', '/nowhere/x.json'), ['export']).message).toBe(
      'cannot open /nowhere/x.json: no such file or folder (ENOENT)',
    );
  });

  it('says what SQLite refused', () => {
    const error = new Database.SqliteError('unable to open database file', 'SQLITE_CANTOPEN');
    expect(describeFailure(error, ['report'])).toMatchObject({
      message: expect.stringMatching(/^the study file cannot be opened \(SQLITE_CANTOPEN\)/),
      exitCode: 1,
    });
  });

  it('names who holds a locked study, and what to do if that process is gone', () => {
    const error = new StudyLockedError('/r/x/study.lock', {
      pid: 42,
      host: 'worker-3',
      command: 'muniseo audit --study x',
      takenAt: '2026-11-26T08:00:00.000Z',
    });
    const failure = describeFailure(error, ['audit']);
    expect(failure.message).toBe('the study is in use by process 42 on worker-3 (muniseo audit --study x), since 2026-11-26T08:00:00.000Z');
    expect(failure.hint).toBe('Wait for that run to end, or stop it. If no muniseo runs on worker-3 any more, delete /r/x/study.lock.');
    const here = new StudyLockedError('/r/x/study.lock', { pid: 42, host: hostname(), command: 'muniseo audit', takenAt: 't' });
    expect(describeFailure(here, ['audit']).hint).toBe('Wait for that run to end, or stop it (kill 42).');
  });

  it('points a usage error to the help of the command given', () => {
    expect(describeFailure(new UsageError('bad'), ['audit', '--max-pages', 'x']).hint).toBe('Run "muniseo audit --help" for usage.');
    expect(describeFailure(new UsageError('bad'), ['sites', 'import', 'f']).hint).toBe('Run "muniseo sites import --help" for usage.');
    expect(describeFailure(new UsageError('bad'), []).hint).toBe('Run "muniseo --help" for usage.');
    expect(describeFailure(new UsageError('bad', 'Check --study.'), ['report']).hint).toBe('Check --study.');
  });

  it('shows the stack trace of a bug, and only of a bug', () => {
    const failure = describeFailure(new TypeError("Cannot read properties of undefined (reading 'x')"), ['audit']);
    expect(failure.exitCode).toBe(1);
    expect(failure.stack).toMatch(/TypeError/);
    expect(formatFailure(failure)).toMatch(/muniseo: internal error: Cannot read properties/);
  });
});
