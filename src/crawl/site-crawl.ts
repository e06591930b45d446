// One site's crawl: robots.txt first, the home page (with the site's outcome decided by it,
// and rendered once in Chromium), sitemaps, links level by level with a sample of the sitemap,
// a browser pass for JavaScript-only sites, the link targets left unfetched verified, then
// probes of the home page's twins and of a page that cannot exist. A site that cannot be
// crawled is a result with a reason, never an exception.
import { setMaxListeners } from 'node:events';
import type PQueue from 'p-queue';
import { robotsToken, type CrawlConfig } from '../config.js';
import { BreadthFirstCrawl, type LoadedPage, type PageLoader, type ParsedPage, type QueuedPage } from './breadth-first.js';
import { FetchError, HttpClient, type FetchedResponse, type NetworkOptions } from './fetch-page.js';
import { exclusionRuleFor, refusalMessage } from '../network/index.js';
import { BrowserAccess, homeComparison, renderHome } from './home-render.js';
import { javascriptOnlySuspicion, renderJavascriptOnlySite } from './javascript-only.js';
import { crawlCoverage, unfetchedTargets, verifyTargets } from './link-targets.js';
import { HostScheduler } from './politeness.js';
import { probe, probeHomeVariants, soft404Url } from './probes.js';
import {
  addRobotsProblem,
  blocksWholeSite,
  crawlDelaySeconds,
  crawlMessage,
  type CrawlOutcome,
  isAllowed,
  type Message,
  missingRobotsTxt,
  type PageSnapshot,
  renderCrawlMessages,
  type RobotsTxt,
  sameSite,
  searchEngineAgents,
  type SiteCrawl,
  snapshotSucceeded,
} from '../model/index.js';
import { fetchRobotsTxt } from './robots-file.js';
import { discoverSitemaps } from './sitemaps.js';
import { failedSnapshot, isHtml, toSnapshot, wantsHtmlBody } from './snapshots.js';
import { TrapGuard } from './traps.js';

export type { ParsedPage } from './breadth-first.js';

export interface CrawlHooks {
  /**
   * Parses an HTML page (the audit passes extract here, keeping crawl free of HTML parsing).
   * Called once per page read, from the raw HTML; for a JavaScript-only site, called again
   * for each page rendered in Chromium (`snapshot.renderedWith === 'browser'`), whose
   * results replace the raw ones under the same final URL.
   */
  parse(snapshot: PageSnapshot & { body: string }, siteOrigin: string): ParsedPage | Promise<ParsedPage>;
  /** A shared limiter for requests across all sites (global concurrency). */
  globalLimiter?: PQueue;
  /** Stops the crawl early (Ctrl-C): in-flight requests are abandoned at once. */
  signal?: AbortSignal;
  /** Called before the browser pass of a JavaScript-only site starts, with the reason it is rendered (in English, for a log). */
  onBrowserFallback?(reason: string): void;
  /**
   * Resolver, address classifier and trusted certificates (tests, closed networks). What may be
   * reached is the configuration's (`allowPrivateNetwork`, `exclude`), never a hook's.
   */
  network?: Pick<NetworkOptions, 'lookup' | 'classify' | 'ca'>;
  /**
   * Resolves when the crawl may send requests to the host of `url` (the audit's lease,
   * src/crawl/site-leases.ts): awaited before the first request to each host, so a redirect to
   * another host takes that host's lease before the crawl goes on there.
   */
  enterHost?(url: string): Promise<void>;
  /**
   * Resolves when the crawl may send another request: awaited once a request has its host's slot,
   * so that bodies do not pile up faster than `parse` reads them (the audit's extraction backlog,
   * src/extract/extraction-pool.ts).
   */
  readyForRequest?(): Promise<void>;
}

/** A 5xx or a reset connection is retried once: small servers flap under load. */
const retryableStatuses = new Set([500, 502, 503, 504]);
const maxRetryAfterMs = 10_000;
/** Probes are side facts: they get a shorter timeout than pages. */
const probeTimeoutMs = 10_000;

export async function crawlSite(startUrl: string, config: CrawlConfig, hooks: CrawlHooks): Promise<SiteCrawl> {
  const started = Date.now();
  const crawl = emptyCrawl(startUrl);
  const finish = (outcome: CrawlOutcome, reasons: Message[] = []): SiteCrawl => {
    crawl.outcome = outcome;
    const notes = reasons.length > 0 ? [...reasons] : [...(crawl.reasonMessages ?? [])];
    if (hooks.signal?.aborted) {
      crawl.interrupted = true;
      notes.push(crawlMessage(notes.length > 0 ? 'crawl.alsoInterrupted' : 'crawl.interrupted'));
    }
    if (notes.length > 0) {
      crawl.reasonMessages = notes;
      crawl.reason = renderCrawlMessages(notes, 'en');
    }
    crawl.stats.durationMs = Date.now() - started;
    return crawl;
  };

  let start: URL;
  try {
    start = new URL(startUrl);
    if (!/^https?:$/.test(start.protocol)) throw new Error('not http(s)');
  } catch {
    return finish('error', [crawlMessage('crawl.notHttp', { url: startUrl })]);
  }
  if (hooks.signal?.aborted) return finish('error');
  // An owner who asked not to be crawled gets no request at all, robots.txt included.
  const exclusion = exclusionRuleFor(start.hostname, config.exclude);
  if (exclusion) return finish('excluded', [crawlMessage('crawl.excluded', { host: start.hostname, rule: exclusion })]);

  // Two signals of the crawl's own: `interrupted` follows Ctrl-C, `stop` also the time budget.
  // Every request in flight listens to `stop`, hence no listener limit on them.
  const interrupted = new AbortController();
  const stop = new AbortController();
  setMaxListeners(0, interrupted.signal, stop.signal);
  const onInterrupt = () => {
    interrupted.abort(hooks.signal?.reason);
    stop.abort(hooks.signal?.reason);
  };
  hooks.signal?.addEventListener('abort', onInterrupt, { once: true });
  const budget = setTimeout(() => stop.abort(new Error('time budget reached')), config.siteBudgetSecs * 1000);
  const signal = stop.signal;
  const client = new HttpClient(
    {
      userAgent: config.userAgent,
      timeoutMs: config.requestTimeoutSecs * 1000,
      connectTimeoutMs: config.connectTimeoutSecs * 1000,
      maxBytes: config.maxBytes,
      maxRedirects: config.maxRedirects,
    },
    { ...networkPolicyOf(config, hooks), maxSocketsPerHost: config.perHostConcurrency },
  );
  // Waiting for a turn stops only on Ctrl-C; the budget stops requests, and probes run after it.
  const scheduler = new HostScheduler({
    perHostConcurrency: config.perHostConcurrency,
    globalLimiter: hooks.globalLimiter,
    signal: interrupted.signal,
    enterHost: hooks.enterHost,
    ready: hooks.readyForRequest,
  });
  const fetchPolitely: PoliteFetch = (url, options = {}) =>
    scheduler.run(url, () =>
      client.fetch(url, {
        signal: options.probe ? interrupted.signal : signal,
        timeoutMs: options.probe ? probeTimeoutMs : undefined,
        wantBody: options.probe ? () => false : options.wantBody,
        method: options.method,
      }),
    );
  const browser = new BrowserAccess(
    {
      userAgent: config.userAgent,
      timeoutMs: config.requestTimeoutSecs * 1000,
      concurrency: config.perHostConcurrency,
      maxChars: config.maxBytes,
      network: networkPolicyOf(config, hooks),
    },
    signal,
  );
  try {
    return await crawlWith({ start, config, hooks, crawl, finish, signal, scheduler, fetchPolitely, browser });
  } catch (error) {
    // Only Ctrl-C gets here (a wait for a turn abandoned): the crawl is partial, not failed.
    if (hooks.signal?.aborted) return finish(crawl.outcome);
    throw error;
  } finally {
    clearTimeout(budget);
    hooks.signal?.removeEventListener('abort', onInterrupt);
    client.close();
    await browser.close();
  }
}

type PoliteFetch = (
  url: string,
  options?: { wantBody?: (status: number, contentType: string) => boolean; probe?: boolean; method?: 'GET' | 'HEAD' },
) => Promise<FetchedResponse>;

interface CrawlRun {
  start: URL;
  config: CrawlConfig;
  hooks: CrawlHooks;
  crawl: SiteCrawl;
  finish(outcome: CrawlOutcome, reasons?: Message[]): SiteCrawl;
  signal: AbortSignal;
  scheduler: HostScheduler;
  fetchPolitely: PoliteFetch;
  browser: BrowserAccess;
}

async function crawlWith(run: CrawlRun): Promise<SiteCrawl> {
  const { start, config, hooks, crawl, finish, signal, scheduler, fetchPolitely, browser } = run;
  const stopped = () => signal.aborted;

  // robots.txt comes first: a polite crawler asks before it fetches anything else.
  const stoppedEarly = (failure: FetchError) =>
    hooks.signal?.aborted
      ? finish('error')
      : finish('timeout', [crawlMessage('crawl.budgetBeforeAnswer', { seconds: config.siteBudgetSecs, url: failure.url })]);
  const robotsOrFailure = await fetchRobotsTxt(start.origin, (url) => fetchPolitely(url));
  if (robotsOrFailure instanceof FetchError) {
    if (robotsOrFailure.kind === 'aborted') return stoppedEarly(robotsOrFailure);
    // DNS, refusal, TLS and a refused address concern the whole host; other failures are robots.txt's own.
    const hostWide = ['dns', 'refused', 'tls', 'refused-address'].includes(robotsOrFailure.kind);
    const failure = robotsOrFailure.errorMessage;
    return finish(outcomeOf(robotsOrFailure), [hostWide ? failure : crawlMessage('crawl.robotsTxtFailed', { failure })]);
  }
  let robots = robotsOrFailure;
  crawl.robots = robots;
  const blocked = robotsBlock(robots, start.origin, config);
  if (blocked) return finish(blocked.outcome, [blocked.reason]);

  const homeResult = await fetchWithRetry(start.href, (url) => fetchPolitely(url, { wantBody: wantsHtmlBody }), signal);
  if (homeResult.response instanceof FetchError) {
    const failure = homeResult.response;
    if (failure.kind === 'aborted') return stoppedEarly(failure);
    crawl.pages.push(failedSnapshot(start.href, failure, 0, 'seed'));
    return finish(outcomeOf(failure), [crawlMessage('crawl.homePageFailed', { failure: failure.errorMessage })]);
  }
  const home = homeResult.response;
  const origin = new URL(home.finalUrl).origin;
  const notes: Message[] = [];
  if (!sameSite(home.finalUrl, start.origin)) notes.push(crawlMessage('crawl.homeRedirectsAway', { url: home.finalUrl }));
  if (origin !== start.origin) {
    // The site lives where the home page lands: its robots.txt is the one that applies.
    const landed = await fetchRobotsTxt(origin, (url) => fetchPolitely(url));
    if (landed instanceof FetchError) {
      notes.push(crawlMessage('crawl.landedRobotsUnreadable', { origin, failure: landed.errorMessage, start: start.origin }));
    } else {
      robots = landed;
      crawl.robots = robots;
      const blockedThere = robotsBlock(robots, origin, config);
      if (blockedThere) return finish(blockedThere.outcome, [blockedThere.reason]);
    }
  }
  applyCrawlDelay(robots, origin, config, scheduler);

  const allowed = (url: string) => !config.respectRobots || isAllowed(robots, url, robotsToken);
  const parseLoaded = (snapshot: PageSnapshot, parse: boolean): LoadedPage => {
    const { body, ...kept } = snapshot;
    if (!parse || body === undefined || snapshot.status >= 400 || !sameSite(snapshot.finalUrl, origin)) return { snapshot: kept };
    // The body lives only until the page is parsed: memory must not grow with the size of the site.
    return { snapshot: kept, parse: () => hooks.parse({ ...snapshot, body }, origin) };
  };
  const loader =
    (parse: boolean): PageLoader =>
    async ({ url, depth, discoveredBy }: QueuedPage) => {
      const { response, attempts } = await fetchWithRetry(url, (target) => fetchPolitely(target, { wantBody: wantsHtmlBody }), signal);
      if (response instanceof FetchError) {
        return response.kind === 'aborted'
          ? undefined
          : { snapshot: withAttempts(failedSnapshot(url, response, depth, discoveredBy), attempts) };
      }
      return parseLoaded(withAttempts(toSnapshot(response, depth, discoveredBy), attempts), parse);
    };

  crawl.sitemaps = await discoverSitemaps(origin, robots.sitemaps, (url) => fetchPolitely(url));
  const sitemapUrls = crawl.sitemaps.flatMap((sitemap) => sitemap.urls);

  let pass = new BreadthFirstCrawl({
    origin,
    maxPages: config.maxPages,
    maxDepth: config.maxDepth,
    guard: new TrapGuard(config.trapPatternLimit),
    allowed,
    load: loader(true),
    stopped,
    sitemapReserve: Math.floor(config.maxPages * config.sitemapSampleShare),
  });
  pass.markSeen(start.href);
  const homeSnapshot = withAttempts(toSnapshot(home, 0, 'seed'), homeResult.attempts);
  // Rendered before the raw page is parsed: the raw page's facts are the ones that stand.
  const renderedHome =
    config.renderHome && home.status < 400 && homeSnapshot.body !== undefined
      ? await renderHome(
          { browser, schedule: (url, task) => scheduler.run(url, task), parse: hooks.parse, signal },
          homeSnapshot,
          origin,
          notes,
        )
      : undefined;
  const homeLinks = await pass.record(parseLoaded(homeSnapshot, true));
  if (home.status >= 400) {
    crawl.pages = pass.pages;
    crawl.homeProbes = await probeHomeVariants(home.finalUrl, (url) => fetchPolitely(url, { probe: true }));
    return finish('http-error', [crawlMessage('crawl.homePageHttpError', { status: home.status })]);
  }
  for (const link of homeLinks) pass.enqueue(link, 'link');
  if (renderedHome) {
    // Links only rendering shows are one click from the home page, as for Googlebot, which renders.
    pass.noteLinks(homeSnapshot.finalUrl, 0, renderedHome.links);
    for (const link of renderedHome.links) pass.enqueue(link, 'link');
    crawl.rawVsRendered = homeComparison(pass, homeSnapshot.finalUrl, homeLinks, renderedHome, origin);
  }
  await pass.run(1, sitemapUrls);

  const suspicion = javascriptOnlySuspicion(pass, home.finalUrl, sitemapUrls);
  if (suspicion && !stopped()) {
    if (!config.browserFallback) notes.push(crawlMessage('crawl.javascriptOnlyFallbackOff', { suspicion }));
    else {
      const rendered = await renderJavascriptOnlySite({
        config,
        hooks,
        browser,
        crawl,
        origin,
        suspicion,
        raw: pass,
        sitemapUrls,
        allowed,
        home: homeSnapshot,
        rawHomeBody: homeSnapshot.body,
        renderedHome: renderedHome?.page,
        loader: loader(false),
        notes,
        schedule: (url, task) => scheduler.run(url, task),
        stopped,
      });
      if (rendered) pass = rendered;
    }
  }
  // Chromium is done with: its memory is not held through the link checks and probes.
  const refusals = await browser.close();
  const [firstRefusal] = refusals;
  if (firstRefusal)
    notes.push(crawlMessage('crawl.browserRefused', { count: refusals.length, first: refusalMessage(firstRefusal.refusal) }));

  crawl.pages = pass.pages;
  const unfetched = unfetchedTargets(pass, allowed);
  if (config.verifyLinkTargets > 0 && !stopped()) {
    const checks = await verifyTargets(
      unfetched,
      config.verifyLinkTargets,
      (url, method) => fetchPolitely(url, { method, wantBody: () => false }),
      stopped,
    );
    crawl.linkTargets = { unfetched: unfetched.length, checks };
  }
  if (!hooks.signal?.aborted) {
    crawl.homeProbes = await probeHomeVariants(start.href, (url) => fetchPolitely(url, { probe: true }));
    crawl.soft404 = await probe(soft404Url(origin), (url) => fetchPolitely(url, { probe: true }));
  }
  summarise(crawl, pass);
  crawl.stats.coverage = crawlCoverage({
    maxPages: config.maxPages,
    origin,
    pages: crawl.pages,
    unfetched,
    checks: crawl.linkTargets?.checks ?? [],
    sitemapUrls,
    sitemapSample: pass.sitemapSample,
    sitemapUnread: pass.sitemapUnread,
  });
  if (hooks.signal?.aborted) delete crawl.stats.limitReached;
  else if (crawl.stats.limitReached === 'time') notes.push(crawlMessage('crawl.budgetReached', { seconds: config.siteBudgetSecs }));
  return finish('ok', notes);
}

/** Fetches once, and once more after a pause when the server flaps (5xx, reset connection). */
async function fetchWithRetry(
  url: string,
  fetch: (url: string) => Promise<FetchedResponse>,
  signal: AbortSignal,
): Promise<{ response: FetchedResponse | FetchError; attempts: number }> {
  const attempt = () =>
    fetch(url).catch((error: unknown) => {
      if (error instanceof FetchError) return error;
      // Only a wait for a turn abandoned on Ctrl-C ends here; anything else is recorded, not lost.
      if (signal.aborted) return new FetchError(crawlMessage('fetch.aborted'), url, 'aborted');
      const detail = (error as Error).message ?? String(error);
      return new FetchError(crawlMessage('fetch.unexpected', { detail }), url, 'network');
    });
  const first = await attempt();
  const flapping = first instanceof FetchError ? first.kind === 'network' : retryableStatuses.has(first.status);
  if (!flapping || signal.aborted) return { response: first, attempts: 1 };
  const retryAfter = first instanceof FetchError ? NaN : Number(first.headers['retry-after']) * 1000;
  const pause = Number.isFinite(retryAfter) ? Math.min(Math.max(retryAfter, 0), maxRetryAfterMs) : 1000;
  const waited = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(true), pause);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve(false)), { once: true });
  });
  if (!waited) return { response: first, attempts: 1 };
  return { response: await attempt(), attempts: 2 };
}

function withAttempts(snapshot: PageSnapshot, attempts: number): PageSnapshot {
  return attempts > 1 ? { ...snapshot, attempts } : snapshot;
}

function applyCrawlDelay(robots: RobotsTxt, origin: string, config: CrawlConfig, scheduler: HostScheduler): void {
  const asked = crawlDelaySeconds(robots, robotsToken) ?? 0;
  if (asked > config.maxCrawlDelaySecs) {
    addRobotsProblem(robots, crawlMessage('robots.crawlDelayClamped', { asked, max: config.maxCrawlDelaySecs }));
  }
  const delaySecs = Math.max(config.minDelaySecs, Math.min(asked, config.maxCrawlDelaySecs));
  if (delaySecs > 0) scheduler.setDelay(new URL(origin).host, delaySecs * 1000);
}

/**
 * How robots.txt keeps muniseo out of the whole site, or undefined when it lets it in. Closed to
 * every search engine too, the site is invisible to search, and that is its audit; open to a
 * search engine, the site refuses only crawlers like muniseo and is reported apart, unaudited.
 */
function robotsBlock(robots: RobotsTxt, origin: string, config: CrawlConfig): { outcome: CrawlOutcome; reason: Message } | undefined {
  if (!config.respectRobots) return undefined;
  if (robots.status === 'unavailable') {
    const problem = robots.problemMessages?.[0] ?? robots.problems[0] ?? crawlMessage('robots.unreachable');
    return { outcome: 'blocked-by-robots', reason: crawlMessage('crawl.robotsUnavailable', { problem }) };
  }
  if (!blocksWholeSite(robots, origin, robotsToken)) return undefined;
  const engines = searchEngineAgents.filter((agent) => !blocksWholeSite(robots, origin, agent));
  return engines.length === 0
    ? { outcome: 'invisible', reason: crawlMessage('crawl.robotsDisallowsAll', { agent: [robotsToken, ...searchEngineAgents] }) }
    : { outcome: 'refuses-crawler', reason: crawlMessage('crawl.robotsRefusesCrawler', { agent: robotsToken, engines }) };
}

/** The network settings of a crawl: the policy from the configuration, the hooks from the caller. */
function networkPolicyOf(config: CrawlConfig, hooks: CrawlHooks): NetworkOptions {
  return { ...hooks.network, allowPrivateNetwork: config.allowPrivateNetwork, exclude: config.exclude };
}

function outcomeOf(error: FetchError): CrawlOutcome {
  if (error.kind === 'timeout') return 'timeout';
  if (error.kind === 'refused-address') return 'refused-address';
  if (error.kind === 'redirect-loop' || error.kind === 'too-many-redirects' || error.kind === 'bad-redirect') return 'http-error';
  return 'unreachable';
}

function emptyCrawl(startUrl: string): SiteCrawl {
  return {
    startUrl,
    outcome: 'error',
    pages: [],
    robots: missingRobotsTxt(`${startUrl.replace(/\/?$/, '')}/robots.txt`, null),
    sitemaps: [],
    homeProbes: [],
    soft404: null,
    traps: [],
    stats: { pagesCrawled: 0, htmlPages: 0, documents: 0, maxDepth: 0, renderedWith: 'http', durationMs: 0 },
  };
}

function summarise(crawl: SiteCrawl, pass: BreadthFirstCrawl): void {
  const ok = snapshotSucceeded;
  const stats = crawl.stats;
  stats.pagesCrawled = crawl.pages.length;
  stats.htmlPages = crawl.pages.filter((page) => ok(page) && isHtml(page.contentType)).length;
  const documents = crawl.pages.filter((page) => ok(page) && !isHtml(page.contentType));
  stats.documents = documents.length;
  if (documents.length > 0) {
    stats.documentTypes = {};
    for (const page of documents) {
      const type = page.contentType.split(';')[0]?.trim().toLowerCase() || 'unknown';
      const entry = (stats.documentTypes[type] ??= { count: 0, bytes: 0 });
      entry.count += 1;
      entry.bytes += page.size;
    }
  }
  stats.maxDepth = Math.max(0, ...crawl.pages.filter((page) => page.discoveredBy !== 'sitemap').map((page) => page.depth));
  if (pass.skippedByRobots > 0) stats.skippedByRobots = pass.skippedByRobots;
  if (pass.limitReached) stats.limitReached = pass.limitReached;
  crawl.traps = pass.traps;
}
