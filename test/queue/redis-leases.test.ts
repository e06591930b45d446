// The fleet's politeness leases in a real Redis: the same contract as one process's, plus
// expiry, so that a worker killed with SIGKILL does not hold a host for ever.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const host = (name: string) => ({ key: `host:${name}`, units: 2, capacity: 2 });
const address = (ip: string) => ({ key: `address:${ip}`, units: 2, capacity: 4 });

describe('leases in Redis', () => {
  it('gives a host to one audit at a time and an address to two, all or nothing', async () => {
    const store = new RedisLeaseStore(client);
    expect(await store.tryAcquire('worker-1/a', [host('a.test'), address('192.0.2.1')])).toBe(true);
    expect(await store.tryAcquire('worker-2/a-bis', [host('a.test'), address('192.0.2.1')])).toBe(false);
    expect(await store.tryAcquire('worker-2/b', [host('b.test'), address('192.0.2.1')])).toBe(true);
    expect(await store.tryAcquire('worker-3/c', [host('c.test'), address('192.0.2.1')])).toBe(false);
    // Nothing was taken by the refused claim.
    expect(await store.holders('host:c.test')).toEqual([]);
    expect((await store.holders('address:192.0.2.1')).map((share) => share.holder).sort()).toEqual(['worker-1/a', 'worker-2/b']);
    await store.release('worker-1/a', ['host:a.test', 'address:192.0.2.1']);
    expect(await store.tryAcquire('worker-3/c', [host('c.test'), address('192.0.2.1')])).toBe(true);
  });

  it('lets the leases of a holder that stopped renewing them lapse, and keeps those that are renewed', async () => {
    const store = new RedisLeaseStore(client, 3_000);
    expect(await store.tryAcquire('killed-worker/x', [host('x.test')])).toBe(true);
    expect(await store.tryAcquire('live-worker/y', [host('y.test')])).toBe(true);
    expect(await store.tryAcquire('other/x', [host('x.test')])).toBe(false);
    // The killed worker never renews; the live one does, often.
    const renewing = setInterval(() => void store.renew('live-worker/y', ['host:y.test']), 200);
    try {
      const deadline = Date.now() + 30_000;
      while (!(await store.tryAcquire('other/x', [host('x.test')]))) {
        if (Date.now() > deadline) throw new Error('the killed worker’s lease never lapsed');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await store.tryAcquire('other/y', [host('y.test')])).toBe(false);
    } finally {
      clearInterval(renewing);
    }
    expect(await store.renew('killed-worker/x', ['host:x.test'])).toEqual(['host:x.test']);
  });

  it('keeps holder names apart from the units that follow them', async () => {
    const store = new RedisLeaseStore(client);
    expect(await store.tryAcquire('w/commune|2', [{ key: 'address:192.0.2.9', units: 2, capacity: 3 }])).toBe(true);
    expect(await store.tryAcquire('w/commune', [{ key: 'address:192.0.2.9', units: 1, capacity: 3 }])).toBe(true);
    expect(await store.tryAcquire('w/other', [{ key: 'address:192.0.2.9', units: 1, capacity: 3 }])).toBe(false);
  });
});
