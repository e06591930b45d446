// One site's crawl: robots.txt, home page, sitemaps, then links level by level.
//
// Level by level (breadth first, each level in a stable order) keeps the crawl deterministic:
// with a page limit, the same site content always yields the same set of pages, whatever
// order the responses arrive in.
import PQueue from 'p-queue';
import { robotsToken, type CrawlConfig } from '../config.js';
import { decodeHtml } from './charset.js';
import { FetchError, fetchPage, type FetchLimits, type FetchedResponse } from './fetch-page.js';
import {
  blocksWholeSite,
  crawlDelaySeconds,
  isAllowed,
  missingRobotsTxt,
  parseRobotsTxt,
  unavailableRobotsTxt,
  type RobotsTxt,
} from './robots.js';
import { discoverSitemaps } from './sitemaps.js';
import { TrapGuard } from './traps.js';
import { normaliseUrl, sameSite, twinHosts } from './urls.js';
import type { CrawlOutcome, Discovery, PageSnapshot, ProbeResult, SiteCrawl } from './types.js';

/** What the crawl needs back from a parsed page: where it links to, and its content hash. */
export interface ParsedPage {
  links: string[];
  contentHash: string;
}

export interface CrawlHooks {
  /** Parses an HTML page (the audit passes extract here, keeping crawl free of HTML parsing). */
  parse(snapshot: PageSnapshot & { body: string }, siteOrigin: string): ParsedPage;
  /** A shared limiter for requests across all sites (global concurrency). */
  globalLimiter?: PQueue;
  /** Stops the crawl early (Ctrl-C). */
  signal?: AbortSignal;
}

const htmlTypes = /^(text\/html|application\/xhtml\+xml)/i;

export async function crawlSite(startUrl: string, config: CrawlConfig, hooks: CrawlHooks): Promise<SiteCrawl> {
  const started = Date.now();
  const deadline = started + config.siteBudgetSecs * 1000;
  const limits: FetchLimits = {
    userAgent: config.userAgent,
    timeoutMs: config.requestTimeoutSecs * 1000,
    maxBytes: config.maxBytes,
    maxRedirects: config.maxRedirects,
  };
  const crawl = emptyCrawl(startUrl);
  const finish = (outcome: CrawlOutcome, reason?: string): SiteCrawl => {
    crawl.outcome = outcome;
    if (reason) crawl.reason = reason;
    crawl.stats.durationMs = Date.now() - started;
    return crawl;
  };

  let start: URL;
  try {
    start = new URL(startUrl);
    if (!/^https?:$/.test(start.protocol)) throw new Error('not http(s)');
  } catch {
    return finish('error', `not an http(s) URL: ${startUrl}`);
  }

  // robots.txt of the start origin comes first: a polite crawler asks before it fetches anything.
  const robotsOrFailure = await fetchRobots(start.origin, limits);
  if (robotsOrFailure instanceof FetchError) return finish(outcomeOf(robotsOrFailure), robotsOrFailure.message);
  let robots = robotsOrFailure;
  crawl.robots = robots;
  const blocked = robotsBlock(robots, start.origin, config);
  if (blocked) return finish('blocked-by-robots', blocked);

  // The home page, with one retry for a flapping server.
  let home = await fetchWithRetry(start.href, limits);
  if (home instanceof FetchError) return finish(outcomeOf(home), home.message);
  const origin = new URL(home.finalUrl).origin;
  if (!sameSite(home.finalUrl, start.origin)) {
    crawl.reason = `the home page redirects to another site: ${home.finalUrl}`;
  } else if (origin !== start.origin) {
    const landed = await fetchRobots(origin, limits);
    if (!(landed instanceof FetchError)) {
      robots = landed;
      crawl.robots = robots;
      const blockedThere = robotsBlock(robots, origin, config);
      if (blockedThere) return finish('blocked-by-robots', blockedThere);
    }
  }

  const delaySecs = Math.max(config.minDelaySecs, Math.min(crawlDelaySeconds(robots, robotsToken) ?? 0, config.maxCrawlDelaySecs));
  if ((crawlDelaySeconds(robots, robotsToken) ?? 0) > config.maxCrawlDelaySecs) {
    robots.problems.push(`Crawl-delay above ${config.maxCrawlDelaySecs} s; muniseo waited ${config.maxCrawlDelaySecs} s`);
  }
  const hostQueue =
    delaySecs > 0
      ? new PQueue({ concurrency: 1, interval: delaySecs * 1000, intervalCap: 1 })
      : new PQueue({ concurrency: config.perHostConcurrency });
  const throttled = <T>(task: () => Promise<T>): Promise<T> =>
    hostQueue.add(() => (hooks.globalLimiter ? hooks.globalLimiter.add(task) : task())) as Promise<T>;

  crawl.sitemaps = await throttled(() => discoverSitemaps(origin, robots.sitemaps, limits));

  const guard = new TrapGuard(config.trapPatternLimit);
  const seen = new Set<string>();
  const seenBodies = new Map<string, string>();
  const allowed = (url: string) => !config.respectRobots || isAllowed(robots, url, robotsToken);
  const record = (snapshot: PageSnapshot, body: string | undefined): string[] => {
    seen.add(normaliseUrl(snapshot.finalUrl));
    if (body === undefined || snapshot.status >= 400 || !sameSite(snapshot.finalUrl, origin)) {
      crawl.pages.push(snapshot);
      return [];
    }
    const parsed = hooks.parse({ ...snapshot, body }, origin);
    // Bodies are not kept after extraction: memory must not grow with the size of the site.
    crawl.pages.push({ ...snapshot, body: undefined });
    const firstSeenAt = seenBodies.get(parsed.contentHash);
    if (firstSeenAt !== undefined && firstSeenAt !== snapshot.finalUrl) {
      guard.refuse('identical body under another URL', snapshot.finalUrl);
      return [];
    }
    seenBodies.set(parsed.contentHash, snapshot.finalUrl);
    return parsed.links;
  };

  seen.add(normaliseUrl(start.href));
  let level: { url: string; discoveredBy: Discovery }[] = [];
  const homeSnapshot = toSnapshot(home, 0, 'seed');
  const homeLinks = record(homeSnapshot, homeSnapshot.body);
  if (home.status >= 400) {
    crawl.homeProbes = await probeVariants(home.finalUrl, limits, throttled);
    return finish('http-error', `the home page answered HTTP ${home.status}`);
  }
  home = { ...home, body: new Uint8Array(0) };

  const admit = (url: string, discoveredBy: Discovery): boolean => {
    const key = normaliseUrl(url);
    if (seen.has(key) || !sameSite(key, origin) || !allowed(key)) return false;
    if (!guard.admit(key)) return false;
    seen.add(key);
    level.push({ url: key, discoveredBy });
    return true;
  };
  for (const link of homeLinks) admit(link, 'link');

  let depth = 1;
  let sitemapQueued = false;
  const stopped = () => Date.now() > deadline || hooks.signal?.aborted === true;
  while (crawl.pages.length < config.maxPages && !stopped()) {
    if (level.length === 0 || depth > config.maxDepth) {
      if (sitemapQueued) break;
      // Links are exhausted: pages that only the sitemap knows come last (orphans, JS-only sites).
      sitemapQueued = true;
      level = [];
      for (const sitemap of crawl.sitemaps) for (const url of sitemap.urls) admit(url, 'sitemap');
      if (level.length === 0) break;
    }
    const current = level.slice(0, config.maxPages - crawl.pages.length);
    level = [];
    const results = await Promise.all(
      current.map((entry) =>
        throttled(async () => (stopped() ? undefined : fetchOne(entry.url, limits, depth, entry.discoveredBy))),
      ),
    );
    for (const result of results) {
      if (!result) continue;
      const links = record(result.snapshot, result.snapshot.body);
      if (depth < config.maxDepth || result.snapshot.discoveredBy === 'sitemap') {
        for (const link of links) admit(link, 'link');
      }
    }
    depth += 1;
  }
  if (stopped()) {
    crawl.reason = hooks.signal?.aborted ? 'interrupted' : `time budget of ${config.siteBudgetSecs} s reached; kept what was crawled`;
  }

  crawl.homeProbes = await probeVariants(start.href, limits, throttled);
  crawl.soft404 = await throttled(() => probe(`${origin}/muniseo-page-qui-n-existe-pas-${hashOf(origin)}`, limits));
  crawl.traps = guard.traps;
  summarise(crawl);
  return finish('ok', crawl.reason);
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

function summarise(crawl: SiteCrawl): void {
  crawl.stats.pagesCrawled = crawl.pages.length;
  const html = (page: PageSnapshot) => htmlTypes.test(page.contentType);
  crawl.stats.htmlPages = crawl.pages.filter((page) => html(page) && page.status < 400).length;
  crawl.stats.documents = crawl.pages.filter((page) => !html(page) && page.status < 400 && !page.error).length;
  crawl.stats.maxDepth = Math.max(0, ...crawl.pages.filter((page) => page.discoveredBy !== 'sitemap').map((page) => page.depth));
}

async function fetchRobots(origin: string, limits: FetchLimits): Promise<RobotsTxt | FetchError> {
  const url = `${origin}/robots.txt`;
  let response: FetchedResponse | FetchError = await fetchPage(url, limits).catch((error: FetchError) => error);
  if (response instanceof FetchError && response.kind === 'network') {
    response = await fetchPage(url, limits).catch((error: FetchError) => error);
  }
  if (response instanceof FetchError) {
    // A redirect loop on robots.txt is the site's problem, not a reason to give up on it.
    if (response.kind === 'redirect-loop' || response.kind === 'too-many-redirects') return missingRobotsTxt(url, null);
    return response;
  }
  if (response.status >= 500) {
    return unavailableRobotsTxt(url, response.status, `robots.txt answered HTTP ${response.status}`);
  }
  if (response.status >= 400) return missingRobotsTxt(url, response.status);
  const text = new TextDecoder('utf-8').decode(response.body);
  if (/^\s*<(!doctype|html)/i.test(text)) {
    const robots = missingRobotsTxt(url, response.status);
    robots.problems.push('robots.txt answers with an HTML page');
    return robots;
  }
  return parseRobotsTxt(text, url, response.status);
}

function robotsBlock(robots: RobotsTxt, origin: string, config: CrawlConfig): string | undefined {
  if (!config.respectRobots) return undefined;
  if (robots.status === 'unavailable') {
    return `${robots.problems[0] ?? 'robots.txt unavailable'}; RFC 9309 says to treat the site as disallowed for now`;
  }
  if (blocksWholeSite(robots, origin, robotsToken)) return `robots.txt disallows the whole site (/) to ${robotsToken}`;
  return undefined;
}

async function fetchWithRetry(url: string, limits: FetchLimits): Promise<FetchedResponse | FetchError> {
  const attempt = () => fetchPage(url, limits, wantsBody).catch((error: FetchError) => error);
  const first = await attempt();
  const flapping = first instanceof FetchError ? first.kind === 'network' : first.status >= 500;
  if (!flapping) return first;
  await new Promise((done) => setTimeout(done, 1000));
  return attempt();
}

function wantsBody(_status: number, contentType: string): boolean {
  return htmlTypes.test(contentType);
}

async function fetchOne(url: string, limits: FetchLimits, depth: number, discoveredBy: Discovery) {
  try {
    return { snapshot: toSnapshot(await fetchPage(url, limits, wantsBody), depth, discoveredBy) };
  } catch (error) {
    const failure = error instanceof FetchError ? error : new FetchError(String(error), url, 'network');
    const snapshot: PageSnapshot = {
      requestedUrl: url,
      finalUrl: failure.redirectChain.at(-1)?.location ?? url,
      redirectChain: failure.redirectChain,
      status: 0,
      headers: {},
      contentType: '',
      size: 0,
      truncated: false,
      timingMs: 0,
      depth,
      discoveredBy,
      renderedWith: 'http',
      error: failure.message,
    };
    return { snapshot };
  }
}

function toSnapshot(response: FetchedResponse, depth: number, discoveredBy: Discovery): PageSnapshot {
  const contentType = response.headers['content-type'] ?? '';
  const snapshot: PageSnapshot = {
    requestedUrl: response.requestedUrl,
    finalUrl: response.finalUrl,
    redirectChain: response.redirectChain,
    status: response.status,
    headers: response.headers,
    contentType,
    size: response.size,
    truncated: response.truncated,
    timingMs: response.timingMs,
    depth,
    discoveredBy,
    renderedWith: 'http',
  };
  if (htmlTypes.test(contentType)) {
    const decoded = decodeHtml(response.body, contentType);
    snapshot.body = decoded.text;
    snapshot.charset = decoded.charset;
  }
  return snapshot;
}

async function probe(url: string, limits: FetchLimits): Promise<ProbeResult> {
  try {
    const response = await fetchPage(url, limits, () => false);
    return { url, finalUrl: response.finalUrl, status: response.status, redirectChain: response.redirectChain, headers: response.headers };
  } catch (error) {
    const failure = error instanceof FetchError ? error : new FetchError(String(error), url, 'network');
    return { url, redirectChain: failure.redirectChain, error: failure.message };
  }
}

/** The home page under http and https, and under the www/bare twin host. */
async function probeVariants(
  homeUrl: string,
  limits: FetchLimits,
  throttled: <T>(task: () => Promise<T>) => Promise<T>,
): Promise<ProbeResult[]> {
  const home = new URL(homeUrl);
  const urls = new Set<string>();
  for (const host of twinHosts(home.host)) {
    for (const scheme of ['http:', 'https:']) {
      if (scheme === 'https:' && home.protocol === 'http:' && /^(127\.|localhost)/.test(home.hostname)) continue;
      urls.add(`${scheme}//${host}/`);
    }
  }
  const quick = { ...limits, timeoutMs: Math.min(limits.timeoutMs, 10_000) };
  return Promise.all([...urls].sort().map((url) => throttled(() => probe(url, quick))));
}

function outcomeOf(error: FetchError): CrawlOutcome {
  if (error.kind === 'timeout') return 'timeout';
  if (error.kind === 'redirect-loop' || error.kind === 'too-many-redirects') return 'http-error';
  return 'unreachable';
}

function hashOf(text: string): string {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash.toString(16);
}
