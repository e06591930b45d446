// Politeness holds for the whole fleet, measured at the server: three worker processes, six sites
// on one shared server address (each listed twice, as a commune and a commune déléguée sharing
// a site), every page slow. At most 2 requests at once per host and 4 per address, whichever
// worker sends them; jobs that found their host or address busy went back to wait.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { startCli } from '../helpers/cli.js';
import { peaksBy } from '../helpers/concurrency.js';
import { duplicateRows, startWorker, storedSites, waitFor, workerRecords, type WorkerProcess } from '../helpers/queue-study.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';

const sharedAddress = '127.0.60.1';
let dir: string;
let redis: TestRedis;
let webs: FixtureWeb[];
let sitesCsv: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-queue-politeness-'));
  mkdirSync(join(dir, 'tmp'));
  redis = await startTestRedis();
  // test-politeness: a home page linking to eight pages that take 200 ms each.
  webs = await Promise.all(Array.from({ length: 6 }, () => startFixtureWeb({ only: ['test-politeness'], address: () => sharedAddress })));
  const rows = webs.flatMap((web, index) => {
    const url = `${web.origin('test-politeness')}/`;
    return [`commune-${index},Commune ${index},commune,${url}`, `deleguee-${index},Commune déléguée ${index},commune,${url}`];
  });
  sitesCsv = join(dir, 'sites.csv');
  writeFileSync(sitesCsv, `id,name,kind,url\n${rows.join('\n')}\n`);
});

afterAll(async () => {
  await Promise.all(webs.map((web) => web.close()));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('politeness across workers', () => {
  it('keeps to 2 requests per host and 4 per server address for the whole fleet', async () => {
    const workers: WorkerProcess[] = [0, 1, 2].map(() => startWorker(redis.url, { tmpdir: join(dir, 'tmp'), concurrency: 4 }));
    try {
      const reports = join(dir, 'reports');
      const args = ['audit', '--sites', sitesCsv, '--study', 'shared', '--reports', reports, '--queue', redis.url];
      // About politeness, not rendering: no Chromium render of each home page (crawl.renderHome).
      const config = join(dir, 'muniseo.config.json');
      writeFileSync(config, JSON.stringify({ crawl: { renderHome: false } }));
      const coordinator = startCli([...args, '--no-lighthouse', '--no-report', '--allow-private-network', '--config', config]);
      // Read what the workers say of themselves before they stop (their records go with them).
      let deferred = 0;
      const finished = coordinator.done;
      let done = false;
      void finished.then(() => (done = true));
      await waitFor(
        async () => {
          deferred = Math.max(
            deferred,
            (await workerRecords(redis.port)).reduce((sum, record) => sum + record.deferred, 0),
          );
          return done;
        },
        300_000,
        'the study to end',
      );
      const result = await finished;
      expect(result.code, result.stderr).toBe(0);

      const dbPath = join(reports, 'shared', 'study.sqlite');
      const stored = storedSites(dbPath);
      expect(stored).toHaveLength(12);
      expect(duplicateRows(dbPath)).toEqual([]);
      expect(new Set(stored.map((site) => site.worker)).size).toBeGreaterThanOrEqual(2);

      const requests = webs.flatMap((web) => web.requests());
      const perHost = peaksBy(requests, (request) => request.host);
      expect(perHost.size).toBe(6);
      expect(Math.max(...perHost.values())).toBe(2);
      const perAddress = peaksBy(requests, () => sharedAddress).get(sharedAddress) ?? 0;
      expect(perAddress).toBeLessThanOrEqual(4);
      // Two sites did run side by side on the address: the cap bounds its load, it does not serialise it.
      expect(perAddress).toBeGreaterThan(2);
      // Twelve sites for two slots at a time: jobs found the address or host busy and went back to wait.
      expect(deferred).toBeGreaterThan(0);
      // Each host was crawled by its two institutions one after the other, never together.
      for (const web of webs) {
        const host = new URL(web.origin('test-politeness')).host;
        expect(requests.filter((request) => request.host === host && request.path === '/robots.txt')).toHaveLength(2);
      }
    } finally {
      for (const worker of workers) worker.kill('SIGTERM');
      await Promise.all(workers.map((worker) => worker.done));
    }
  }, 400_000);
});
