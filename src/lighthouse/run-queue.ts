// The lane's runs waiting for a worker. A worker's browser never audits an origin twice (browser-pool.ts):
// a worker handed a second page of a site it has audited must use another of its browsers, and a third
// page waits for a launch (a second of wall time, one to two of CPU). So a free worker takes the waiting
// run whose origin it has audited least, the oldest among equals, and each site's pages spread over the
// workers: at the default of three pages a site and three workers, each worker sees each site once.
// (A failed run's retry never comes back here: it runs on the same worker at once, lane.ts.) The order
// only chooses among runs waiting at once, and the pool alone decides what a browser may audit: a
// worker handed an origin it has seen is slower, never wrong.

/**
 * Origins remembered per worker, the latest: a worker's browsers are replaced after 50 runs each
 * (lane.ts), so that an origin handed out 100 runs ago says nothing of the browsers open now, and a
 * national study's 36,000 sites are not all kept.
 */
export const rememberedOrigins = 100;

interface Waiting {
  origin: string | undefined;
  order: number;
  task: (slot: number) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export class RunQueue {
  private readonly waiting: Waiting[] = [];
  private readonly busy: boolean[];
  /** Per slot: how many runs of each origin its worker has been handed. */
  private readonly seen: Map<string, number>[];
  private readonly running = new Set<Promise<unknown>>();
  private added = 0;

  constructor(slots: number) {
    this.busy = new Array<boolean>(slots).fill(false);
    this.seen = Array.from({ length: slots }, () => new Map<string, number>());
  }

  /** Runs `task` on a free slot, as soon as the choice above hands it one. */
  add<T>(origin: string | undefined, task: (slot: number) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ origin, order: this.added++, task, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** The slot's worker was replaced for a run of `origin`: its browsers have audited nothing else. */
  forget(slot: number, origin?: string): void {
    this.seen[slot]?.clear();
    if (origin !== undefined) this.seen[slot]?.set(origin, 1);
  }

  /** Resolves once every run handed out so far has ended. */
  async onIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private dispatch(): void {
    for (;;) {
      const next = this.choose();
      if (!next) return;
      const { slot, index } = next;
      const [run] = this.waiting.splice(index, 1) as [Waiting];
      this.busy[slot] = true;
      if (run.origin !== undefined) this.count(slot, run.origin);
      const running = Promise.resolve()
        .then(() => run.task(slot))
        .then(run.resolve, run.reject)
        .finally(() => {
          this.running.delete(running);
          this.busy[slot] = false;
          this.dispatch();
        });
      this.running.add(running);
    }
  }

  private count(slot: number, origin: string): void {
    const seen = this.seen[slot];
    if (!seen) return;
    const runs = (seen.get(origin) ?? 0) + 1;
    // Latest last: a Map keeps the order of insertion.
    seen.delete(origin);
    seen.set(origin, runs);
    if (seen.size > rememberedOrigins) seen.delete(seen.keys().next().value as string);
  }

  /** The free slot and waiting run to pair next: the origin least seen by the slot, then the oldest run. */
  private choose(): { slot: number; index: number } | undefined {
    let best: { slot: number; index: number; key: number[] } | undefined;
    this.busy.forEach((isBusy, slot) => {
      if (isBusy) return;
      this.waiting.forEach((run, index) => {
        const key = [run.origin === undefined ? 0 : (this.seen[slot]?.get(run.origin) ?? 0), run.order];
        if (!best || before(key, best.key)) best = { slot, index, key };
      });
    });
    return best && { slot: best.slot, index: best.index };
  }
}

function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return false;
}
