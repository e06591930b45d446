// The politeness leases of a fleet of workers, in Redis (the same contract as the single-process
// MemoryLeaseStore, src/crawl/site-leases.ts). A lease key is a sorted set whose members are
// `<holder>|<units>`, scored by when they lapse; every share lapses `ttlMs` after it was last
// renewed, so a worker killed with SIGKILL frees its hosts and addresses within seconds. Time is
// Redis's own clock (TIME), never a worker's: machines' clocks need not agree.
import type { Redis } from 'ioredis';
import type { LeaseClaim, LeaseStore } from '../crawl/index.js';
import { leaseKey } from './keys.js';

/**
 * A share lives 15 s after its last renewal; holders renew every 5 s. An event loop blocked for
 * up to 10 s (a 1 MiB page parsed on the main thread takes 2–3 s on a busy machine) keeps its leases.
 */
export const leaseTtlMs = 15_000;
export const leaseRenewMs = 5_000;

const clock = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local prefix = ARGV[1] .. '|'
local ttl = tonumber(ARGV[2])
local function mine(member) return string.sub(member, 1, #prefix) == prefix end
`;

// Returns 0 when every claim was taken, else the (1-based) index of the first key without room.
const acquireScript = `${clock}
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  local units = tonumber(ARGV[1 + 2 * i])
  local capacity = tonumber(ARGV[2 + 2 * i])
  local used = 0
  for _, member in ipairs(redis.call('ZRANGE', key, 0, -1)) do
    if not mine(member) then used = used + tonumber(string.match(member, '|(%d+)$')) end
  end
  if used + units > capacity then return i end
end
for i, key in ipairs(KEYS) do
  for _, member in ipairs(redis.call('ZRANGE', key, 0, -1)) do
    if mine(member) then redis.call('ZREM', key, member) end
  end
  redis.call('ZADD', key, now + ttl, prefix .. ARGV[1 + 2 * i])
  redis.call('PEXPIRE', key, ttl * 2)
end
return 0`;

// Returns the (1-based) indexes of the keys where the holder's share had lapsed.
const renewScript = `${clock}
local lapsed = {}
for i, key in ipairs(KEYS) do
  local found = false
  for _, member in ipairs(redis.call('ZRANGE', key, 0, -1)) do
    if mine(member) and tonumber(redis.call('ZSCORE', key, member)) > now then
      redis.call('ZADD', key, now + ttl, member)
      found = true
    end
  end
  if found then redis.call('PEXPIRE', key, ttl * 2) else table.insert(lapsed, i) end
end
return lapsed`;

const releaseScript = `${clock}
for _, key in ipairs(KEYS) do
  for _, member in ipairs(redis.call('ZRANGE', key, 0, -1)) do
    if mine(member) then redis.call('ZREM', key, member) end
  end
end
return 0`;

export class RedisLeaseStore implements LeaseStore {
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs = leaseTtlMs,
  ) {}

  async tryAcquire(holder: string, claims: LeaseClaim[]): Promise<boolean> {
    if (claims.length === 0) return true;
    const args = [safe(holder), String(this.ttlMs), ...claims.flatMap((claim) => [String(claim.units), String(claim.capacity)])];
    const busy = await this.redis.eval(acquireScript, claims.length, ...claims.map((claim) => leaseKey(claim.key)), ...args);
    return Number(busy) === 0;
  }

  async renew(holder: string, keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const lapsed = (await this.redis.eval(renewScript, keys.length, ...keys.map(leaseKey), safe(holder), String(this.ttlMs))) as number[];
    return lapsed.map((index) => keys[index - 1] ?? '');
  }

  async release(holder: string, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.redis.eval(releaseScript, keys.length, ...keys.map(leaseKey), safe(holder), String(this.ttlMs));
  }

  /** Shares held under a key now: holder and units (`queue status`, tests). */
  async holders(key: string): Promise<{ holder: string; units: number }[]> {
    const [seconds, micros] = await this.redis.time();
    const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    const members = await this.redis.zrangebyscore(leaseKey(key), `(${now}`, '+inf');
    return members.map((member) => {
      const at = member.lastIndexOf('|');
      return { holder: member.slice(0, at), units: Number(member.slice(at + 1)) };
    });
  }
}

/** `|` separates holder from units in a member. */
function safe(holder: string): string {
  return holder.replace(/%/g, '%25').replace(/\|/g, '%7C');
}

/**
 * Waits for one claim (a machine's Lighthouse slots), keeps it alive while held, and returns
 * its release. Polls with jitter: Lighthouse runs last tens of seconds, a few hundred
 * milliseconds of wait do not matter.
 */
export async function holdLease(
  store: RedisLeaseStore,
  holder: string,
  claim: LeaseClaim,
  signal?: AbortSignal,
): Promise<() => Promise<void>> {
  while (!(await store.tryAcquire(holder, [claim]))) {
    if (signal?.aborted) throw signal.reason;
    await new Promise((resolve) => setTimeout(resolve, 250 + Math.random() * 500));
  }
  const renewal = setInterval(() => void store.renew(holder, [claim.key]).catch(() => undefined), leaseRenewMs);
  renewal.unref();
  return async () => {
    clearInterval(renewal);
    await store.release(holder, [claim.key]);
  };
}
