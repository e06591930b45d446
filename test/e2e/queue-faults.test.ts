// Faults around the queue: a coordinator killed mid-study and resumed, a Redis restarted empty,
// a Redis that cannot be reached at all. The study ends complete, each institution stored once,
// and no site audited twice.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { QueueStatus } from '../../src/queue/index.js';
import { runCli, startCli } from '../helpers/cli.js';
import {
  duplicateRows,
  processesMentioning,
  startWorker,
  storedSites,
  waitFor,
  writeSitesCsv,
  type WorkerProcess,
} from '../helpers/queue-study.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';

let dir: string;
let workerTmp: string;
let redis: TestRedis;
let web: FixtureWeb;
let sitesCsv: string;
let ids: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-queue-faults-'));
  // These tests are about the queue: no Chromium render of each home page (crawl.renderHome), which
  // would make every job several times longer on a busy machine and change nothing they assert.
  const config = join(dir, 'muniseo.config.json');
  writeFileSync(config, JSON.stringify({ crawl: { renderHome: false } }));
  options.push('--config', config);
  workerTmp = join(dir, 'tmp');
  mkdirSync(workerTmp);
  redis = await startTestRedis();
  // The demo towns without the JavaScript-only one (its Chromium crawl is slow), every answer 50 ms late.
  web = await startFixtureWeb({ latencyMs: 50 });
  sitesCsv = join(dir, 'sites.csv');
  ids = writeSitesCsv(sitesCsv, [web], (town) => town !== 'appli-sur-mer');
});

afterAll(async () => {
  await web.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

const options = ['--no-lighthouse', '--no-report', '--max-pages', '10', '--allow-private-network'];

async function withWorkers<T>(count: number, run: (workers: WorkerProcess[]) => Promise<T>): Promise<T> {
  const workers = Array.from({ length: count }, () => startWorker(redis.url, { tmpdir: workerTmp, concurrency: 2 }));
  try {
    return await run(workers);
  } finally {
    for (const worker of workers) worker.kill('SIGTERM');
    await Promise.all(workers.map((worker) => worker.done));
  }
}

async function queueStatus(): Promise<QueueStatus> {
  const status = await runCli(['queue', 'status', '--queue', redis.url, '--json']);
  expect(status.code, status.stderr).toBe(0);
  return JSON.parse(status.stdout) as QueueStatus;
}

/** Requests for /robots.txt per site: each audit reads it once. */
function robotsReads(): Map<string, number> {
  const reads = new Map<string, number>();
  for (const request of web.requests()) if (request.path === '/robots.txt') reads.set(request.site, (reads.get(request.site) ?? 0) + 1);
  return reads;
}

describe('faults around the queue', () => {
  it('a coordinator killed with SIGKILL: --resume stores what the workers finished meanwhile, then the rest, none twice', async () => {
    const reports = join(dir, 'reports-killed');
    const dbPath = join(reports, 'killed', 'study.sqlite');
    const readsBefore = robotsReads();
    await withWorkers(2, async () => {
      const coordinator = startCli([
        'audit',
        '--sites',
        sitesCsv,
        '--study',
        'killed',
        '--reports',
        reports,
        '--queue',
        redis.url,
        ...options,
      ]);
      await waitFor(() => storedSites(dbPath).length >= 2, 180_000, 'two sites stored');
      coordinator.child.kill('SIGKILL');
      expect((await coordinator.done).signal).toBe('SIGKILL');
      const before = storedSites(dbPath);
      expect(before.length).toBeLessThan(ids.length);

      // The workers go on: their results wait in Redis for a coordinator.
      let waiting = 0;
      await waitFor(
        async () => {
          const study = (await queueStatus()).studies.find((candidate) => candidate.study === 'killed');
          waiting = study?.completed ?? 0;
          return waiting > 0;
        },
        180_000,
        'results waiting in Redis',
      );
      const table = await runCli(['queue', 'status', '--queue', redis.url]);
      expect(table.stdout).toMatch(/^killed\s+killed@\S+\s+\d+\s+9\s/m);

      const resumed = await runCli(['audit', '--study', 'killed', '--reports', reports, '--resume', '--queue', redis.url, ...options]);
      expect(resumed.code, resumed.stderr).toBe(0);
      // Results already in Redis are stored before anything is enqueued again. The coordinator stores a
      // result, then removes its job, one job at a time: the kill may fall between the two, so one site
      // can be both stored and still waiting in Redis; it counts once.
      const already = Number(/(\d+) of 9 sites already audited/.exec(resumed.stderr)?.[1]);
      expect(already).toBeGreaterThanOrEqual(before.length + waiting - 1);

      const after = storedSites(dbPath);
      expect(after.map((site) => site.id)).toEqual(ids);
      expect(duplicateRows(dbPath)).toEqual([]);
      for (const site of before) expect(after.find((other) => other.id === site.id)?.finished_at).toBe(site.finished_at);
    });
    // No site was audited twice: each read its robots.txt once in this study.
    const reads = robotsReads();
    for (const [site, count] of reads) expect(count - (readsBefore.get(site) ?? 0), site).toBe(1);
    expect((await queueStatus()).studies.filter((study) => study.study === 'killed')).toEqual([]);
  }, 480_000);

  it('Redis restarted empty mid-study: the coordinator enqueues again what is not stored (workers started with --local-workers)', async () => {
    const reports = join(dir, 'reports-restarted');
    const dbPath = join(reports, 'restarted', 'study.sqlite');
    const args = ['audit', '--sites', sitesCsv, '--study', 'restarted', '--reports', reports, '--queue', redis.url, '--local-workers', '2'];
    const coordinator = startCli([...args, ...options], { env: { TMPDIR: workerTmp } });
    await waitFor(() => storedSites(dbPath).length >= 2, 180_000, 'two sites stored');
    await redis.stop();
    await redis.start();
    const finished = await coordinator.done;
    expect(finished.code, finished.stderr).toBe(0);
    expect(finished.stderr).toMatch(/pending institutions had no job in Redis \(was it restarted\?\): enqueued again/);
    expect(storedSites(dbPath).map((site) => site.id)).toEqual(ids);
    expect(duplicateRows(dbPath)).toEqual([]);
    // The coordinator stopped the workers it started.
    expect(processesMentioning(redis.url)).toEqual([]);
  }, 480_000);

  it('a worker not allowed on private addresses refuses a study of loopback sites; one allowed takes every job', async () => {
    const reports = join(dir, 'reports-refused');
    const dbPath = join(reports, 'refused', 'study.sqlite');
    const few = join(dir, 'few.csv');
    const fewIds = writeSitesCsv(few, [web], (town) => ['villebelle', 'vieux-bourg', 'hameau-de-fictionville'].includes(town));
    // Without --allow-private-network: the worker's own policy, whatever the job says.
    const strict = startCli(['worker', '--queue', redis.url, '--concurrency', '2'], { env: { TMPDIR: workerTmp } });
    try {
      await waitFor(async () => (await queueStatus()).workers.length === 1, 60_000, 'the strict worker');
      const coordinator = startCli(['audit', '--sites', few, '--study', 'refused', '--reports', reports, '--queue', redis.url, ...options]);
      await waitFor(async () => (await queueStatus()).workers.some((worker) => worker.refused > 0), 120_000, 'a refusal');
      expect(storedSites(dbPath)).toEqual([]);
      const refusal = (await queueStatus()).workers[0]?.lastRefusal;
      expect(refusal).toMatch(
        /^refused@\S+: the study audits sites on private or loopback addresses; this worker was not started with --allow-private-network$/,
      );
      await withWorkers(1, async () => {
        const finished = await coordinator.done;
        expect(finished.code, finished.stderr).toBe(0);
      });
      const stored = storedSites(dbPath);
      expect(stored.map((site) => site.id)).toEqual(fewIds);
      expect(stored.every((site) => site.worker !== null && !site.worker.endsWith(`-${strict.child.pid}`))).toBe(true);
    } finally {
      strict.child.kill('SIGTERM');
      await strict.done;
    }
  }, 300_000);

  it('Redis unreachable at start: exit 1 with the URL and the reason, before anything starts', async () => {
    const closed = await closedPort();
    const url = `redis://127.0.0.1:${closed}/0`;
    const reports = join(dir, 'reports-unreachable');
    const audit = await runCli(['audit', '--sites', sitesCsv, '--study', 'nowhere', '--reports', reports, '--queue', url, ...options]);
    expect(audit.code).toBe(1);
    expect(audit.stderr).toContain(`cannot reach Redis at redis://127.0.0.1:${closed}/0`);
    expect(audit.stderr).toMatch(/ECONNREFUSED/);
    expect(storedSites(join(reports, 'nowhere', 'study.sqlite'))).toEqual([]);
    const worker = await runCli(['worker', '--queue', url]);
    expect(worker.code).toBe(1);
    expect(worker.stderr).toMatch(new RegExp(`cannot reach Redis at redis://127.0.0.1:${closed}/0: .*ECONNREFUSED`));
    const badUrl = await runCli(['worker', '--queue', 'http://127.0.0.1:6379']);
    expect(badUrl.code).toBe(2);
  }, 120_000);
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}
