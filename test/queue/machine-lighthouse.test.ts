// Lighthouse's width is the machine's: worker processes on one machine share its slots, so that
// more workers never mean more concurrent Lighthouse runs than the machine allows.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStudyConfig } from '../../src/config.js';
import type { LighthouseLane } from '../../src/lighthouse/index.js';
import type { LighthousePageResult } from '../../src/model/index.js';
import { MachineLighthouse } from '../../src/queue/machine-lighthouse.js';
import { RedisLeaseStore } from '../../src/queue/redis-leases.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';

let redis: TestRedis;
let client: Redis;
beforeAll(async () => {
  redis = await startTestRedis();
  client = new Redis(redis.port, '127.0.0.1');
});
afterAll(async () => {
  client.disconnect();
  await redis.stop();
});

/** A lane whose runs take a moment, counting how many run at once on the whole "machine". */
function fakeLanes() {
  const machine = { running: 0, peak: 0, runs: 0 };
  const start = async (): Promise<LighthouseLane> => ({
    info: { lighthouseVersion: 'fake', concurrency: 2, isolation: 'window', browserReuse: 'other-origins', throttling: {} },
    schedule: { isolation: 'window', browserReuse: 'other-origins', events: [] },
    close: async () => undefined,
    audit: async (pages, formFactors) => {
      machine.running += 1;
      machine.runs += 1;
      machine.peak = Math.max(machine.peak, machine.running);
      await new Promise((resolve) => setTimeout(resolve, 400));
      machine.running -= 1;
      return pages.flatMap((page) => formFactors.map((formFactor) => ({ ...page, formFactor }) as unknown as LighthousePageResult));
    },
  });
  return { machine, start };
}

describe('Lighthouse on a worker machine', () => {
  it('runs at most the machine’s slots at once, however many worker processes share it', async () => {
    const { machine, start } = fakeLanes();
    const leases = new RedisLeaseStore(client);
    // Three "worker processes" on one 2-slot machine, each with a lane of 2.
    const workers = ['w1', 'w2', 'w3'].map(
      (worker) =>
        new MachineLighthouse({ leases, worker, chromePath: '/fake/chromium', machineSlots: 2, machine: 'town-hall-1', startLane: start }),
    );
    const config = defaultStudyConfig().lighthouse;
    const pages = ['/', '/contact/', '/demarches/'].map((path) => ({
      url: `https://mairie.test${path}`,
      pageType: 'other',
      reason: 'test',
    }));
    const results = await Promise.all(
      workers.flatMap((worker) => [0, 1].map(async () => (await worker.runnerFor(config)).audit(pages, ['mobile']))),
    );
    expect(results.map((result) => result.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(results[0]?.map((result) => result.url)).toEqual(pages.map((page) => page.url));
    expect(machine.runs).toBe(18);
    expect(machine.peak).toBe(2);
    await Promise.all(workers.map((worker) => worker.close()));
  });
});
