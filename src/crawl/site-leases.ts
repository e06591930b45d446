// Leases on hosts and server addresses, held by one site's audit from start to end, so that
// politeness holds across sites audited at once (one study's p-queue) and across a fleet of
// workers (the same leases in Redis, src/queue/redis-leases.ts):
//   - a host is crawled by one audit at a time, which sends it at most `perHostConcurrency`
//     requests at once (the HostScheduler's limit within the crawl);
//   - a server address carries at most `perAddressConcurrency` requests at once, whatever the host
//     names on it (`sharedFrontEndConcurrency` for large CDNs), each audit counting for
//     `perHostConcurrency`.
// The site's own host and address are taken before the audit starts (`tryEnter`): when they are
// busy the audit is put back for later rather than left waiting in a slot. Hosts met on the way
// (a redirect, a sitemap or a probe on another host) are taken as the crawl reaches them (`enter`).
import { lookup as systemLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { CrawlConfig } from '../config.js';
import { isSharedFrontEnd } from './shared-front-ends.js';

/** A share of a lease: `units` out of `capacity`, under a key such as `host:a.fr` or `address:192.0.2.1`. */
export interface LeaseClaim {
  key: string;
  units: number;
  capacity: number;
}

/** Where leases live: this process's memory (one study), or Redis (a fleet of workers). */
export interface LeaseStore {
  /** Takes every claim or none: false when one of the keys has no room left. */
  tryAcquire(holder: string, claims: LeaseClaim[]): Promise<boolean>;
  release(holder: string, keys: string[]): Promise<void>;
  /** Keeps expiring leases alive; returns the keys that had already lapsed. Absent: leases never expire. */
  renew?(holder: string, keys: string[]): Promise<string[]>;
}

/** Leases of one process: the single-process study shares one between all its sites. */
export class MemoryLeaseStore implements LeaseStore {
  /** key → holder → units */
  private readonly leases = new Map<string, Map<string, number>>();

  async tryAcquire(holder: string, claims: LeaseClaim[]): Promise<boolean> {
    for (const claim of claims) {
      let used = 0;
      for (const [other, units] of this.leases.get(claim.key) ?? []) if (other !== holder) used += units;
      if (used + claim.units > claim.capacity) return false;
    }
    for (const claim of claims) {
      const holders = this.leases.get(claim.key) ?? new Map<string, number>();
      holders.set(holder, claim.units);
      this.leases.set(claim.key, holders);
    }
    return true;
  }

  async release(holder: string, keys: string[]): Promise<void> {
    for (const key of keys) {
      const holders = this.leases.get(key);
      holders?.delete(holder);
      if (holders?.size === 0) this.leases.delete(key);
    }
  }

  /** Units held under a key (tests). */
  used(key: string): number {
    return [...(this.leases.get(key)?.values() ?? [])].reduce((sum, units) => sum + units, 0);
  }
}

export type LeaseSettings = Pick<CrawlConfig, 'perHostConcurrency' | 'perAddressConcurrency' | 'sharedFrontEndConcurrency'>;

/** A host name's server address, or undefined when it does not resolve. */
export type AddressResolver = (hostname: string) => Promise<string | undefined>;

export interface SiteLeaseOptions {
  store: LeaseStore;
  /** Unique to this audit (a worker's id and the job's). */
  holder: string;
  settings: LeaseSettings;
  /** Finds a host's server address: `addressResolver()`, shared by the audits of a study. */
  resolve: AddressResolver;
  /** Stops waiting for a lease (Ctrl-C, a worker shutting down). */
  signal?: AbortSignal;
  /**
   * How long the crawl waits for the lease of a host it meets on its way before going on without
   * it (two audits each holding the host the other wants would otherwise wait for ever).
   * @default 120000
   */
  waitLimitMs?: number;
  /** @default 5000 (only for stores whose leases expire) */
  renewEveryMs?: number;
  /** Told when leases lapsed under this audit (an event loop blocked longer than their lifetime). */
  onLapsed?(keys: string[]): void;
}

const retryMinMs = 200;
const retryJitterMs = 400;

/** The leases of one site's audit. */
export class SiteLeases {
  private readonly held = new Set<string>();
  private readonly entering = new Map<string, Promise<void>>();
  private renewal: NodeJS.Timeout | undefined;
  private released = false;
  /** What the audit should know: hosts crawled without their lease after waiting. */
  readonly notes: string[] = [];

  constructor(private readonly options: SiteLeaseOptions) {}

  /** Takes the site's host and address at once, or nothing: false when either is busy. */
  async tryEnter(url: string): Promise<boolean> {
    const claims = await this.claimsFor(url);
    if (claims.length === 0) return true;
    const acquired = await this.options.store.tryAcquire(this.options.holder, claims);
    if (acquired) this.hold(claims);
    return acquired;
  }

  /** Waits for the leases of the host of `url` (once per host); the crawl's gate for hosts met on its way. */
  enter(url: string): Promise<void> {
    let key: string;
    try {
      key = hostKey(new URL(url));
    } catch {
      return Promise.resolve();
    }
    if (this.held.has(key)) return Promise.resolve();
    let entering = this.entering.get(key);
    if (!entering) {
      entering = this.waitFor(url);
      this.entering.set(key, entering);
    }
    return entering;
  }

  async release(): Promise<void> {
    this.released = true;
    clearInterval(this.renewal);
    const keys = [...this.held];
    this.held.clear();
    if (keys.length > 0) await this.options.store.release(this.options.holder, keys);
  }

  private async waitFor(url: string): Promise<void> {
    const { signal } = this.options;
    const limit = this.options.waitLimitMs ?? 120_000;
    const started = Date.now();
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      if (this.released) return;
      if (await this.tryEnter(url)) return;
      if (Date.now() - started >= limit) {
        this.notes.push(`${new URL(url).host} was crawled without its politeness lease after waiting ${Math.round(limit / 1000)} s`);
        return;
      }
      await sleep(retryMinMs + Math.random() * retryJitterMs, signal);
    }
  }

  private async claimsFor(url: string): Promise<LeaseClaim[]> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return [];
    }
    const { perHostConcurrency, perAddressConcurrency, sharedFrontEndConcurrency } = this.options.settings;
    const claims: LeaseClaim[] = [];
    const host = hostKey(parsed);
    if (!this.held.has(host)) claims.push({ key: host, units: perHostConcurrency, capacity: perHostConcurrency });
    const address = await this.options.resolve(parsed.hostname);
    const addressKey = address ? `address:${address}` : undefined;
    if (address && addressKey && !this.held.has(addressKey)) {
      const cap = isSharedFrontEnd(address) ? sharedFrontEndConcurrency : perAddressConcurrency;
      // Never below one audit's own requests: the cap counts audits of perHostConcurrency each.
      claims.push({ key: addressKey, units: perHostConcurrency, capacity: Math.max(cap, perHostConcurrency) });
    }
    return claims;
  }

  private hold(claims: LeaseClaim[]): void {
    for (const claim of claims) this.held.add(claim.key);
    const { store } = this.options;
    if (!store.renew || this.renewal || this.released) return;
    this.renewal = setInterval(() => {
      if (this.held.size === 0) return;
      store
        .renew?.(this.options.holder, [...this.held])
        .then((lapsed) => {
          if (lapsed.length > 0) this.options.onLapsed?.(lapsed);
        })
        .catch(() => undefined);
    }, this.options.renewEveryMs ?? 5000);
    this.renewal.unref();
  }
}

/** A host's lease key: `www.` and the bare name are the same site, whatever the scheme. */
export function hostKey(url: URL): string {
  return `host:${url.host.toLowerCase().replace(/^www\./, '')}`;
}

/**
 * Resolves through the crawl's resolver (tests map fictional host names to loopback addresses)
 * and remembers answers for a while: an audit put back because its address was busy asks again.
 */
export function addressResolver(options: { lookup?: LookupFunction; timeoutMs?: number; rememberMs?: number } = {}): AddressResolver {
  const remembered = new Map<string, { address: Promise<string | undefined>; until: number }>();
  const rememberMs = options.rememberMs ?? 10 * 60_000;
  return (hostname) => {
    const now = Date.now();
    const known = remembered.get(hostname);
    if (known && known.until > now) return known.address;
    if (remembered.size > 50_000) remembered.clear();
    const address = resolveAddress(hostname, options.lookup, options.timeoutMs);
    remembered.set(hostname, { address, until: now + rememberMs });
    return address;
  };
}

/** The address a host name resolves to (the first one), or undefined when it does not resolve in time. */
export function resolveAddress(hostname: string, lookup: LookupFunction = systemLookup, timeoutMs = 10_000): Promise<string | undefined> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return Promise.resolve(bare);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    timer.unref();
    lookup(bare, { all: false }, (error, address) => {
      clearTimeout(timer);
      resolve(error || typeof address !== 'string' ? undefined : address);
    });
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
