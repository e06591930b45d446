// A national study in miniature, on one machine: a local Redis, three worker processes, forty
// fixture institutions (the demo towns served five times over, on several loopback addresses,
// every answer delayed; the JavaScript-only town once, as its Chromium crawl is slow), one worker
// killed with SIGKILL in the middle. Every institution is stored exactly once, with the outcome
// and index a single-process run of the same sites gives, and nothing is left running.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { runCli, startCli } from '../helpers/cli.js';
import {
  duplicateRows,
  processesMentioning,
  startWorker,
  storedSites,
  waitFor,
  workerRecords,
  writeSitesCsv,
  type WorkerProcess,
} from '../helpers/queue-study.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';

let dir: string;
let workerTmp: string;
let redis: TestRedis;
let webs: FixtureWeb[];
let sitesCsv: string;
let ids: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-queue-study-'));
  // These tests are about the queue: no Chromium render of each home page (crawl.renderHome), which
  // would make every job several times longer on a busy machine and change nothing they assert.
  const config = join(dir, 'muniseo.config.json');
  writeFileSync(config, JSON.stringify({ crawl: { renderHome: false } }));
  common.push('--config', config);
  workerTmp = join(dir, 'tmp');
  mkdirSync(workerTmp);
  redis = await startTestRedis();
  // Web k's towns on 127.0.(40+k).1–5, two towns per address; every answer 20 ms late.
  webs = await Promise.all(
    Array.from({ length: 5 }, (_, web) =>
      startFixtureWeb({ latencyMs: 20, address: (_site, rank) => `127.0.${40 + web}.${1 + Math.floor(rank / 2)}` }),
    ),
  );
  sitesCsv = join(dir, 'sites.csv');
  ids = writeSitesCsv(sitesCsv, webs, (town, web) => town !== 'appli-sur-mer' || web === 0, 40);
});

afterAll(async () => {
  await Promise.all(webs.map((web) => web.close()));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

const common = ['--no-lighthouse', '--no-report', '--max-pages', '10', '--allow-private-network'];

describe('a study over the queue with three workers, one killed mid-study', () => {
  it('stores every institution once, as a single-process run would, and leaves nothing running', async () => {
    expect(ids).toHaveLength(40);
    const reports = join(dir, 'reports');

    const single = await runCli(['audit', '--sites', sitesCsv, '--study', 'single', '--reports', reports, ...common]);
    expect(single.code, single.stderr).toBe(0);

    const workers: WorkerProcess[] = [0, 1, 2].map(() => startWorker(redis.url, { tmpdir: workerTmp, concurrency: 3 }));
    const queued = join(reports, 'queued', 'study.sqlite');
    const coordinator = startCli([
      'audit',
      '--sites',
      sitesCsv,
      '--study',
      'queued',
      '--reports',
      reports,
      '--queue',
      redis.url,
      ...common,
    ]);

    // Kill a worker in the middle of an audit: once a few sites are stored, the first worker seen on
    // a site it started more than a second ago (a worker publishes its record as each job starts and ends).
    let killed: { id: string; jobs: string[]; at: number } | undefined;
    await waitFor(
      async () => {
        if (storedSites(queued).length < 6) return false;
        const now = Date.now();
        const busy = (await workerRecords(redis.port)).find(
          (record) =>
            workers.some((worker) => worker.pid === record.pid) && record.active.some((job) => now - Date.parse(job.since) > 1000),
        );
        if (!busy) return false;
        workers.find((worker) => worker.pid === busy.pid)?.kill('SIGKILL');
        killed = { id: busy.id, jobs: busy.active.map((active) => active.jobId), at: Date.now() };
        return true;
      },
      240_000,
      'a worker busy mid-study',
    );
    const finished = await coordinator.done;
    expect(finished.code, finished.stderr).toBe(0);

    // Every institution stored exactly once.
    const stored = storedSites(queued);
    expect(stored.map((site) => site.id)).toEqual(ids);
    expect(duplicateRows(queued)).toEqual([]);

    // The same outcomes and indexes as one process auditing the same sites.
    const byId = new Map(storedSites(join(reports, 'single', 'study.sqlite')).map((site) => [site.id, site]));
    for (const site of stored) {
      expect({ id: site.id, outcome: site.outcome, score: site.score }).toEqual({
        id: site.id,
        outcome: byId.get(site.id)?.outcome,
        score: byId.get(site.id)?.score,
      });
    }

    // The killed worker's audits in progress were finished by the others; nothing of its came after the kill.
    const killedIds = new Set(killed?.jobs.map((job) => job.slice(job.indexOf('/') + 1)));
    expect(stored.filter((site) => killedIds.has(site.id) && site.worker !== killed?.id).length).toBeGreaterThan(0);
    for (const site of stored.filter((candidate) => candidate.worker === killed?.id)) {
      expect(Date.parse(site.finished_at)).toBeLessThanOrEqual(killed?.at ?? 0);
    }
    expect(new Set(stored.map((site) => site.worker)).size).toBeGreaterThanOrEqual(2);
    // Each result says which worker made it and how fast that machine was (Lighthouse's benchmarkIndex).
    for (const site of stored) expect(site.benchmark_index, site.id).toBeGreaterThan(0);

    // Stopped with SIGTERM, the workers leave nothing behind: no worker, no Chromium.
    for (const worker of workers) worker.kill('SIGTERM');
    const ends = await Promise.all(workers.map((worker) => worker.done));
    expect(ends.filter((end) => end.signal === 'SIGKILL')).toHaveLength(1);
    expect(
      ends.filter((end) => end.code === 143),
      JSON.stringify(ends.map((end) => [end.code, end.signal, end.stderr.slice(-600)])),
    ).toHaveLength(2);
    expect(processesMentioning(redis.url)).toEqual([]);
    expect(processesMentioning(workerTmp)).toEqual([]);
  }, 600_000);
});
