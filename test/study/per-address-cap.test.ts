// One process, many sites: sites sharing a server address are not crawled at once beyond the
// per-address cap, and two institutions on the same host never crawl it together — measured
// where it matters, at the server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { silentLogger } from '../../src/logger.js';
import type { Institution } from '../../src/model/index.js';
import { StudyStore } from '../../src/store/study-store.js';
import { runStudy } from '../../src/study.js';
import { peaksBy } from '../helpers/concurrency.js';

// Four town sites on one shared server (each 8 slow pages), plus a second institution on one of them.
const sharedAddress = '127.0.30.1';
let webs: FixtureWeb[];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-address-cap-'));
  webs = await Promise.all(Array.from({ length: 4 }, () => startFixtureWeb({ only: ['test-politeness'], address: () => sharedAddress })));
});
afterAll(async () => {
  await Promise.all(webs.map((web) => web.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('a single-process study on a shared server', () => {
  it('keeps to 4 requests at once on the address and 2 per host, and still audits every site', async () => {
    const institutions: Institution[] = webs.map((web, index) => ({
      id: `commune-${index}`,
      name: `Commune ${index}`,
      kind: 'commune',
      url: `${web.origin('test-politeness')}/`,
    }));
    // A commune déléguée listed with the same site as its commune nouvelle.
    institutions.push({ ...institutions[0]!, id: 'commune-0-deleguee', name: 'Commune 0 déléguée' });
    const config = defaultStudyConfig();
    config.concurrency = 5;
    config.lighthouse.enabled = false;
    config.crawl.renderHome = false;
    // The fixture towns live on 127.0.1.N.
    config.crawl.allowPrivateNetwork = true;
    const store = StudyStore.open(join(dir, 'study.sqlite'));
    try {
      const progress = await runStudy({ institutions, store, config, logger: silentLogger });
      expect(progress.audited).toBe(5);
      expect(store.counts()).toMatchObject({ total: 5, done: 5 });
    } finally {
      store.close();
    }
    const requests = webs.flatMap((web) => web.requests());
    expect(Math.max(...peaksBy(requests, () => sharedAddress).values())).toBeLessThanOrEqual(4);
    expect(Math.max(...peaksBy(requests, (request) => request.host).values())).toBeLessThanOrEqual(2);
    // Two sites did run side by side: the cap bounds the server's load, it does not serialise everything.
    expect(peaksBy(requests, () => sharedAddress).get(sharedAddress)).toBeGreaterThan(2);
    // The déléguée's audit crawled the shared host again, after the commune's, not during it.
    const shared = new URL(webs[0]!.origin('test-politeness')).host;
    expect(requests.filter((request) => request.host === shared && request.path === '/robots.txt')).toHaveLength(2);
  });
});
