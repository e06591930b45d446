// The browsers of one worker. Each run gets a fresh browser context (its own cookies, storage, HTTP
// cache, sockets), but some browser-wide state is keyed by origin and outlives contexts: Chromium
// remembers a favicon that failed to load, so a second page of the same origin would not log the 404
// that costs the first one a best-practices point, where the CLI's fresh browser logs it every time.
// So a browser never audits the same origin twice (`other-origins`), or audits one page only (`never`).
//
// A launch costs about 0.4 s of wall time and 1.4 s of CPU. The pool launches one browser before the
// worker's first run and another only when a run needs it: the lane hands each worker the waiting page
// whose site it has audited least (run-queue.ts), so at the default of three pages a site and three
// workers a worker sees each site once, and one browser serves every run. A page of a site the worker
// has audited gets a second browser (kept open, up to two), and one of a site both have audited waits
// for a launch that replaces the browser with the most runs. Launching the second browser after the
// worker's first run, in case, cost three launches on the light lane's twenty pages for nothing once the
// lane handed out pages by site (six launches against four, .exp of 2026-12-02).
import type { BrowserReuse } from './worker-protocol.js';

export interface PoolBrowser {
  /** False once the browser crashed or lost its connection. */
  readonly alive: boolean;
  close(): Promise<void>;
}

export interface PoolOptions<B extends PoolBrowser> {
  launch: () => Promise<B>;
  reuse: BrowserReuse;
  /** A browser is replaced after this many runs, to bound what a long-lived browser accumulates. */
  runsPerBrowser: number;
  /** Browsers kept open at most. @default 2 */
  size?: number;
}

interface Entry<B> {
  browser: B;
  runs: number;
  /** Origins this browser has audited (requested and final). */
  origins: Set<string>;
}

export class BrowserPool<B extends PoolBrowser> {
  private entries: Entry<B>[] = [];
  private readonly closing = new Set<Promise<void>>();
  private closed = false;
  /** Browsers launched so far (tests and logs read it). */
  launches = 0;

  constructor(private readonly options: PoolOptions<B>) {}

  /** The first browser, launched ahead of any run (a worker is ready once it is). */
  async warm(): Promise<B> {
    this.dropDead();
    return (this.entries[0] ?? (await this.launchEntry())).browser;
  }

  /** A browser that may audit `origin`, launched now if none may; the run is counted against it. */
  async take(origin: string | undefined): Promise<B> {
    this.dropDead();
    let entry = this.entries.find((candidate) => this.usable(candidate, origin));
    if (!entry) {
      if (this.entries.length >= this.size) this.retire(this.mostWorn());
      entry = await this.launchEntry();
    }
    entry.runs += 1;
    if (origin) entry.origins.add(origin);
    return entry.browser;
  }

  /** The run on `browser` ended on `origin` (after redirects): it counts as audited there too. */
  landed(browser: B, origin: string | undefined): void {
    if (origin) this.entries.find((entry) => entry.browser === browser)?.origins.add(origin);
  }

  /** The run on `browser` failed: its state is unknown, it audits nothing more. */
  discard(browser: B): void {
    const entry = this.entries.find((candidate) => candidate.browser === browser);
    if (entry) this.retire(entry);
  }

  /**
   * After a run: with `never`, replaces the browser just used; otherwise makes sure that a browser is
   * open (after a crash, or a browser's last run), so that the next run finds one waiting. A failed
   * launch is left to take(), which reports it.
   */
  async prepare(): Promise<void> {
    if (this.options.reuse === 'never') for (const entry of this.entries.filter((candidate) => candidate.runs > 0)) this.retire(entry);
    this.dropDead();
    if (this.closed || this.entries.length > 0) return;
    await this.launchEntry().catch(() => undefined);
  }

  /** Origins each open browser has audited, oldest browser first (for tests). */
  get audited(): string[][] {
    return this.entries.map((entry) => [...entry.origins]);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const entry of [...this.entries]) this.retire(entry);
    await Promise.all(this.closing);
  }

  private get size(): number {
    return this.options.reuse === 'never' ? 1 : Math.max(1, this.options.size ?? 2);
  }

  private usable(entry: Entry<B>, origin: string | undefined): boolean {
    if (!entry.browser.alive || entry.runs >= this.options.runsPerBrowser) return false;
    if (this.options.reuse === 'never') return entry.runs === 0;
    return !(origin && entry.origins.has(origin));
  }

  private async launchEntry(): Promise<Entry<B>> {
    this.launches += 1;
    const browser = await this.options.launch();
    const entry = { browser, runs: 0, origins: new Set<string>() };
    if (this.closed) {
      this.closing.add(browser.close());
      throw new Error('the browser pool is closed');
    }
    this.entries.push(entry);
    return entry;
  }

  /** The browser with the most runs: the nearest to its limit, and the one that has seen most origins. */
  private mostWorn(): Entry<B> {
    return this.entries.reduce((worn, entry) => (entry.runs > worn.runs ? entry : worn));
  }

  private dropDead(): void {
    for (const entry of this.entries.filter((candidate) => !candidate.browser.alive || candidate.runs >= this.options.runsPerBrowser)) {
      this.retire(entry);
    }
  }

  private retire(entry: Entry<B>): void {
    this.entries = this.entries.filter((candidate) => candidate !== entry);
    const closing = entry.browser.close().catch(() => undefined);
    this.closing.add(closing);
    void closing.finally(() => this.closing.delete(closing));
  }
}
