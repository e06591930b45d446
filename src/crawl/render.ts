// Rendering pages in the system Chromium through Crawlee's PlaywrightCrawler, for sites whose
// content only exists after JavaScript runs. Crawlee runs the browser pool (launch, pages,
// crashes, timeouts); muniseo keeps the order of the crawl: the crawler is kept alive and fed
// one URL at a time, each render answered through a promise. Chromium reaches the network only
// through the network policy's proxy (src/network/proxy.ts), like the crawl's HTTP client.
import { Configuration, Log, LogLevel, PlaywrightCrawler } from '@crawlee/playwright';
import { chromium, type Page } from 'playwright';
import { chromeFlags, findChrome } from '../browser/chrome.js';
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

export class BrowserRenderer {
  private readonly crawler: PlaywrightCrawler;
  private readonly running: Promise<unknown>;
  private readonly pending = new Map<string, { resolve(page: RenderedPage): void; reject(error: Error): void }>();
  private renders = 0;
  private closed = false;

  /** Null when no Chromium is installed: the crawl then keeps the raw HTML and says so. */
  static async create(options: RendererOptions): Promise<BrowserRenderer | null> {
    const executablePath = findChrome();
    if (!executablePath) return null;
    const proxy = await startPolicyProxy(new NetworkPolicy(options.network));
    try {
      return new BrowserRenderer(options, executablePath, proxy);
    } catch (error) {
      await proxy.close();
      throw error;
    }
  }

  /** Requests Chromium was refused so far (a sub-resource on a private address, an excluded host…). */
  get refusals(): PolicyProxy['refusals'] {
    return this.proxy.refusals;
  }

  private constructor(
    options: RendererOptions,
    executablePath: string,
    private readonly proxy: PolicyProxy,
  ) {
    // A configuration of its own, in memory: nothing is written to ./storage, and no state is
    // shared with another site's renderer.
    const configuration = new Configuration({ persistStorage: false, purgeOnStart: false });
    this.crawler = new PlaywrightCrawler(
      {
        launchContext: {
          launcher: chromium,
          launchOptions: { executablePath, args: [...chromeFlags, ...chromeProxyFlags(proxy.url)] },
          userAgent: options.userAgent,
        },
        // Fingerprints would replace muniseo's identifying User-Agent with a made-up browser's.
        browserPoolOptions: { useFingerprints: false },
        useSessionPool: false,
        persistCookiesPerSession: false,
        keepAlive: true,
        minConcurrency: options.concurrency,
        maxConcurrency: options.concurrency,
        // Requests arrive one by one from muniseo's own order: pick them up at once.
        autoscaledPoolOptions: { maybeRunIntervalSecs: 0.05, loggingIntervalSecs: null },
        maxRequestRetries: 0,
        navigationTimeoutSecs: Math.ceil(options.timeoutMs / 1000),
        requestHandlerTimeoutSecs: Math.ceil(options.timeoutMs / 1000) + 10,
        log: new Log({ level: LogLevel.OFF }),
        statusMessageLoggingInterval: 3600,
        preNavigationHooks: [
          async ({ page }) => {
            await page.route('**/*', (route) => (skippedResources.has(route.request().resourceType()) ? route.abort() : route.continue()));
            await page.addInitScript(recordMutations);
          },
        ],
        requestHandler: async ({ page, request, response }) => {
          // The page itself refused (its name now resolves elsewhere): a failure, not a page to read.
          const refused = response?.headers()[refusalHeader];
          if (refused) throw new Error(refused);
          await settled(page);
          const html = await page.content();
          this.settle(request.uniqueKey, {
            finalUrl: page.url(),
            status: response?.status() ?? null,
            html: html.length > options.maxChars ? html.slice(0, options.maxChars) : html,
          });
        },
        failedRequestHandler: ({ request }, error) => this.settle(request.uniqueKey, error),
      },
      configuration,
    );
    this.running = this.crawler.run().catch((error: unknown) => {
      for (const key of [...this.pending.keys()]) this.settle(key, error instanceof Error ? error : new Error(String(error)));
    });
  }

  /** Loads `url` in Chromium and returns the DOM serialised once scripts have run. */
  async render(url: string): Promise<RenderedPage> {
    if (this.closed) throw new Error('the browser renderer is closed');
    this.renders += 1;
    // A key of our own: the same URL may be rendered twice (a probe, then the crawl).
    const uniqueKey = `${url}#muniseo-render-${this.renders}`;
    const rendered = new Promise<RenderedPage>((resolve, reject) => this.pending.set(uniqueKey, { resolve, reject }));
    await this.crawler.addRequests([{ url, uniqueKey }]);
    return rendered;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.crawler.stop('muniseo: site rendered');
    await this.running;
    await this.crawler.teardown().catch(() => undefined);
    await this.proxy.close();
    for (const key of [...this.pending.keys()]) this.settle(key, new Error('the browser renderer was closed'));
  }

  private settle(key: string, outcome: RenderedPage | Error): void {
    const waiter = this.pending.get(key);
    if (!waiter) return;
    this.pending.delete(key);
    if (outcome instanceof Error) waiter.reject(outcome);
    else waiter.resolve(outcome);
  }
}
