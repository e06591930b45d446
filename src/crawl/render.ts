// Rendering pages in the system Chromium through Playwright, for sites whose content only exists
// after JavaScript runs, and for every site's home page. One Chromium per renderer (a site's
// crawl), started on the first render and started again if it crashes; each render in a browser
// context of its own (no cookie or cache carried from page to page), `concurrency` at once, in
// the crawl's order. Chromium reaches the network only through the network policy's proxy
// (src/network/proxy.ts), like the crawl's HTTP client, and opens its pages without the address bar's
// popups (src/browser/chrome.ts): twenty renders of fixture pages, two at a time, took 7.3 s instead of
// 10.3 (.exp of 2026-12-02).
//
// Why not Crawlee's PlaywrightCrawler, which this used to run: muniseo used none of what it adds
// (retries, sessions, fingerprints and autoscaling were all turned off), and each crawler's request
// queue keeps a deduplication table of a million slots, 16 MB of heap for a site's life: 64 MB at
// the default four sites at once, a third of the crawl's live heap (heap snapshot of
// `bench/crawl`, 30 Nov 2026).
import { readFileSync } from 'node:fs';
import PQueue from 'p-queue';
import { type Browser, chromium, type Page } from 'playwright';
import { chromeFlags, disabledChromiumFeatures, findChrome, mergeDisabledFeatures } from '../browser/chrome.js';
import { processIds } from '../browser/proc-stat.js';
import {
  chromeProxyFlags,
  NetworkPolicy,
  type NetworkPolicyOptions,
  type PolicyProxy,
  refusalHeader,
  startPolicyProxy,
} from '../network/index.js';

export interface RenderedPage {
  /** Where the browser ended up (after redirects and client-side navigation). */
  finalUrl: string;
  status: number | null;
  html: string;
}

export interface RendererOptions {
  userAgent: string;
  /** Navigation timeout for one page. */
  timeoutMs: number;
  /** Pages rendered at once. */
  concurrency: number;
  /** HTML longer than this is cut (the byte cap of the HTTP crawl, in characters). */
  maxChars: number;
  /** What Chromium may reach: the crawl's own network policy. */
  network: NetworkPolicyOptions;
}

/** Resource types a crawler does not need to see a page's text and links. */
const skippedResources = new Set(['image', 'media', 'font']);

/** Runs in the page before its scripts: remembers when the DOM last changed. */
const recordMutations = () => {
  const record = window as unknown as { muniseoLastMutation: number };
  record.muniseoLastMutation = Date.now();
  new MutationObserver(() => {
    record.muniseoLastMutation = Date.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
};

/** Quiet period after which a page counts as rendered, and the longest we wait for it. */
const quietMs = 150;
const maxSettleMs = 5000;

/**
 * Waits until no request is in flight and the DOM has not changed for a moment: scripts that
 * build the page, even from fetched data, are done. Faster than Playwright's `networkidle`
 * (a fixed 500 ms), which would double the cost of a small page.
 */
async function settled(page: Page): Promise<void> {
  let inFlight = 0;
  const started = () => (inFlight += 1);
  const ended = () => (inFlight = Math.max(0, inFlight - 1));
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + maxSettleMs;
    while (Date.now() < deadline) {
      const lastMutation = await page.evaluate(() => (window as unknown as { muniseoLastMutation?: number }).muniseoLastMutation ?? 0);
      if (inFlight === 0 && Date.now() - lastMutation >= quietMs) return;
      await page.waitForTimeout(50);
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/**
 * Playwright gives Chromium a `--disable-features` of its own (HTTPS upgrades off, among others), and
 * Chromium reads only the last one given: ours (disabledChromiumFeatures: twenty renders took 7.3 s
 * instead of 10.3) must carry Playwright's list too. Playwright does not tell it: it is read once
 * per process from the command line of a browser Playwright launches for the purpose (/proc). Where it
 * cannot be read, browsers keep Playwright's list alone.
 */
let playwrightFeatures: Promise<string | undefined> | undefined;

async function launchBrowser(executablePath: string, args: string[]): Promise<Browser> {
  playwrightFeatures ??= readPlaywrightFeatures(executablePath);
  const theirs = await playwrightFeatures;
  if (theirs === undefined) return chromium.launch({ executablePath, args });
  const ours = `--disable-features=${disabledChromiumFeatures.join(',')}`;
  return chromium.launch({ executablePath, args: [...args, ...mergeDisabledFeatures([theirs, ours])] });
}

/** The `--disable-features` Playwright gives Chromium, or undefined if it cannot be read. */
async function readPlaywrightFeatures(executablePath: string): Promise<string | undefined> {
  // A switch Chromium ignores, to find the browser among the machine's processes.
  const marker = `--muniseo-browser=${process.pid}-${Date.now()}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...chromeFlags, marker] });
  } catch {
    playwrightFeatures = undefined; // tried again at the next launch, which reports the failure
    return undefined;
  }
  try {
    for (const pid of processIds() ?? []) {
      let args: string[];
      try {
        args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      } catch {
        continue; // gone meanwhile
      }
      if (args.includes(marker)) return args.find((arg) => arg.startsWith('--disable-features='));
    }
    return undefined;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** A render's time beyond its navigation timeout: the settling wait and reading the DOM. */
const afterNavigationMs = maxSettleMs + 5000;

export class BrowserRenderer {
  private browser: Promise<Browser> | undefined;
  private readonly slots: PQueue;
  private closed = false;

  /** Null when no Chromium is installed: the crawl then keeps the raw HTML and says so. */
  static async create(options: RendererOptions): Promise<BrowserRenderer | null> {
    const executablePath = findChrome();
    if (!executablePath) return null;
    const proxy = await startPolicyProxy(new NetworkPolicy(options.network));
    return new BrowserRenderer(options, executablePath, proxy);
  }

  /** Requests Chromium was refused so far (a sub-resource on a private address, an excluded host…). */
  get refusals(): PolicyProxy['refusals'] {
    return this.proxy.refusals;
  }

  private constructor(
    private readonly options: RendererOptions,
    private readonly executablePath: string,
    private readonly proxy: PolicyProxy,
  ) {
    this.slots = new PQueue({ concurrency: options.concurrency });
  }

  /** Loads `url` in Chromium and returns the DOM serialised once scripts have run. */
  async render(url: string): Promise<RenderedPage> {
    if (this.closed) throw new Error('the browser renderer is closed');
    return this.slots.add(() => this.renderNow(url));
  }

  /** Closes Chromium: renders in flight fail, renders still waiting fail at once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    await browser?.then((running) => running.close()).catch(() => undefined);
    await this.proxy.close();
  }

  private async renderNow(url: string): Promise<RenderedPage> {
    if (this.closed) throw new Error('the browser renderer was closed');
    const browser = await this.running();
    const context = await browser.newContext({ userAgent: this.options.userAgent });
    // A page that never answers, or a renderer that hangs, is given up: closing its context ends
    // every call waiting on it.
    let timedOut = false;
    const deadline = setTimeout(() => {
      timedOut = true;
      void context.close().catch(() => undefined);
    }, this.options.timeoutMs + afterNavigationMs);
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => (skippedResources.has(route.request().resourceType()) ? route.abort() : route.continue()));
      await page.addInitScript(recordMutations);
      const response = await page.goto(url, { timeout: this.options.timeoutMs });
      // The page itself refused (its name now resolves elsewhere): a failure, not a page to read.
      const refused = response?.headers()[refusalHeader];
      if (refused) throw new Error(refused);
      await settled(page);
      const html = await page.content();
      return {
        finalUrl: page.url(),
        status: response?.status() ?? null,
        html: html.length > this.options.maxChars ? html.slice(0, this.options.maxChars) : html,
      };
    } catch (error) {
      if (timedOut) throw new Error(`the render took longer than ${Math.round((this.options.timeoutMs + afterNavigationMs) / 1000)} s`);
      if (this.closed) throw new Error('the browser renderer was closed');
      throw error;
    } finally {
      clearTimeout(deadline);
      await context.close().catch(() => undefined);
    }
  }

  /** The running Chromium, launched on first use and again after a crash. */
  private running(): Promise<Browser> {
    if (this.browser) return this.browser;
    const launching = launchBrowser(this.executablePath, [...chromeFlags, ...chromeProxyFlags(this.proxy.url)]).then((browser) => {
      browser.on('disconnected', () => {
        if (this.browser === launching) this.browser = undefined;
      });
      return browser;
    });
    launching.catch(() => {
      if (this.browser === launching) this.browser = undefined;
    });
    this.browser = launching;
    return launching;
  }
}
