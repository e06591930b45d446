// Progress for long runs: one line per institution in a log; on a terminal a live line with
// done/total, rate, ETA, failures and what each worker is doing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stderrLogger, type Logger } from '../src/logger.js';
import { ProgressBoard } from '../src/progress.js';
import { siteResult } from './helpers/site-result.js';

function recordingLogger(): Logger & { lines: string[]; statuses: string[] } {
  const lines: string[] = [];
  const statuses: string[] = [];
  return {
    lines,
    statuses,
    info: () => undefined,
    warn: () => undefined,
    progress: (message) => lines.push(message),
    status: (line) => statuses.push(line),
  };
}

describe('the progress of a study', () => {
  it('writes one line per institution, with the worker that audited it', () => {
    const logger = recordingLogger();
    const board = new ProgressBoard({ logger, total: 10, alreadyDone: 3 });
    board.siteStored(siteResult('laval'), { worker: 'host-a-1234' });
    expect(logger.lines).toEqual(['[4/10] Commune laval: ok (2 pages, index 50 (level 1)) by host-a-1234']);
  });

  it('shows done/total, rate, ETA, failures and each worker in its live line', () => {
    let now = 0;
    const logger = recordingLogger();
    const board = new ProgressBoard({ logger, total: 100, alreadyDone: 20, now: () => now });
    now = 60_000;
    for (let index = 0; index < 8; index += 1) board.siteStored(siteResult(`c${index}`));
    board.siteStored({ ...siteResult('broken'), outcome: 'error', reason: 'the audit failed on the workers (3 attempts): boom' });
    board.siteStored(siteResult('last'));
    board.setWorkers([
      { worker: 'host-a-1', active: 4, done: 6 },
      { worker: 'host-b-2', active: 3, done: 4 },
    ]);
    expect(board.line()).toBe('30/100 sites · 10.0/min · ETA 7 min · 1 failed · host-a-1: 4 active, 6 done, host-b-2: 3 active, 4 done');
  });

  it('says when no worker is connected, and counts sites in flight in one process', () => {
    const board = new ProgressBoard({ logger: recordingLogger(), total: 5, alreadyDone: 0, now: () => 0 });
    board.siteStarted();
    board.siteStarted();
    expect(board.line()).toBe('0/5 sites · 0.0/min · ETA … · 0 failed · 2 in flight');
    board.setWorkers([]);
    expect(board.line()).toContain('no worker connected');
  });
});

describe('the logger on a terminal and in a log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('redraws one status line on a terminal, without the per-institution lines', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const logger = stderrLogger({ tty: true });
    logger.status?.('1/3 sites');
    logger.progress('[1/3] Laval: ok');
    logger.warn('Redis is slow');
    logger.status?.('2/3 sites');
    expect(written.join('')).toBe('\r\x1b[2K1/3 sites\r\x1b[2Kwarning: Redis is slow\n1/3 sites\r\x1b[2K2/3 sites');
  });

  it('writes the per-institution lines in a log, and no status line', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const logger = stderrLogger({ tty: false });
    logger.status?.('1/3 sites');
    logger.progress('[1/3] Laval: ok');
    expect(written).toEqual(['[1/3] Laval: ok\n']);
  });
});
