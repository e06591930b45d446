// Politeness: at most N requests at once to one host, a delay between request starts when
// robots.txt asks for one (then one at a time), and a study-wide limit shared by every site.
// Across sites (and across workers), hosts and server addresses are leased: src/crawl/site-leases.ts;
// the scheduler asks for a host's lease (`enterHost`) before the crawl's first request to it.
import type PQueue from 'p-queue';

export interface PolitenessOptions {
  /** Requests in flight to one host. */
  perHostConcurrency: number;
  /** A study-wide limiter shared by all sites. */
  globalLimiter?: PQueue;
  /** Abandons waiting tasks (Ctrl-C, time budget). */
  signal?: AbortSignal;
  /**
   * Resolves when the crawl may send requests to the host of `url`: the audit's lease on it
   * (SiteLeases.enter). Awaited before every request; cheap once the lease is held.
   */
  enterHost?(url: string): Promise<void>;
  /**
   * Resolves when the study may start another request (CrawlHooks.readyForRequest). Awaited with
   * the host's slot held: requests waiting here are at most the hosts' slots, whatever the crawl queued.
   */
  ready?(): Promise<void>;
}

interface Waiter {
  grant(): void;
  abandon(reason: unknown): void;
}

interface HostSlots {
  active: number;
  waiting: Waiter[];
  /** Milliseconds between two request starts; 0 = none. */
  delayMs: number;
  lastStart: number;
}

/** Schedules requests host by host; one instance per site crawl. */
export class HostScheduler {
  private readonly hosts = new Map<string, HostSlots>();

  constructor(private readonly options: PolitenessOptions) {
    // One listener for all waiting tasks: a level of thousands of pages waits here.
    options.signal?.addEventListener(
      'abort',
      () => {
        for (const slots of this.hosts.values()) {
          for (const waiter of slots.waiting.splice(0)) waiter.abandon(options.signal?.reason);
        }
      },
      { once: true },
    );
  }

  /** Sets the delay between request starts to a host (robots.txt Crawl-delay). */
  setDelay(host: string, delayMs: number): void {
    this.slots(host).delayMs = delayMs;
  }

  /** Runs `task` when the host and the study allow one more request. */
  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const slots = this.slots(new URL(url).host);
    if (this.options.enterHost) await this.options.enterHost(url);
    await this.acquire(slots);
    try {
      if (this.options.ready) await this.options.ready();
      const wait = slots.lastStart + slots.delayMs - Date.now();
      if (slots.delayMs > 0 && wait > 0) await sleep(wait, this.options.signal);
      const start = () => {
        slots.lastStart = Date.now();
        return task();
      };
      const { globalLimiter, signal } = this.options;
      if (!globalLimiter) return await start();
      return await globalLimiter.add(start, { signal });
    } finally {
      this.release(slots);
    }
  }

  private slots(host: string): HostSlots {
    let slots = this.hosts.get(host);
    if (!slots) {
      slots = { active: 0, waiting: [], delayMs: 0, lastStart: 0 };
      this.hosts.set(host, slots);
    }
    return slots;
  }

  private acquire(slots: HostSlots): Promise<void> {
    // A crawl delay means one request at a time: the delay is between requests, not per slot.
    const limit = slots.delayMs > 0 ? 1 : this.options.perHostConcurrency;
    if (slots.active < limit) {
      slots.active += 1;
      return Promise.resolve();
    }
    if (this.options.signal?.aborted) return Promise.reject(this.options.signal.reason);
    return new Promise((resolve, reject) => {
      slots.waiting.push({
        grant: () => {
          slots.active += 1;
          resolve();
        },
        abandon: reject,
      });
    });
  }

  private release(slots: HostSlots): void {
    slots.active -= 1;
    const limit = slots.delayMs > 0 ? 1 : this.options.perHostConcurrency;
    while (slots.active < limit && slots.waiting.length > 0) slots.waiting.shift()?.grant();
  }
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
