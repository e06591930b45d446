// JavaScript-only sites: the raw HTML shows almost nothing (an app shell, a <noscript>
// notice, a sitemap listing pages no link reaches) while a browser shows a site. muniseo
// renders the home page to confirm (or reuses the render every site's home page gets), then
// crawls the site again in Chromium; the gap between the two readings is itself a finding
// (search engines index the raw HTML first).
import type { CrawlConfig } from '../config.js';
import { BreadthFirstCrawl, type LoadedPage, type PageLoader, type PageSummary, type ParsedPage } from './breadth-first.js';
import type { BrowserAccess } from './home-render.js';
import type { BrowserRenderer, RenderedPage } from './render.js';
import type { CrawlHooks } from './site-crawl.js';
import { isHtml } from './snapshots.js';
import { TrapGuard } from './traps.js';
import {
  crawlMessage,
  type Message,
  normaliseUrl,
  type PageSnapshot,
  renderCrawlMessage,
  sameSite,
  type SiteCrawl,
} from '../model/index.js';

/** Below these, a home page shows "almost no links or text". */
const fewLinks = 3;
const fewWords = 50;
/** What rendering must add to the home page before the whole site is crawled in a browser. */
const revealedLinks = 3;
const revealedWords = 50;

/** Why the raw crawl looks JavaScript-only (a crawl message), or undefined when it does not. */
export function javascriptOnlySuspicion(raw: BreadthFirstCrawl, homeUrl: string, sitemapUrls: string[]): Message | undefined {
  const home = raw.summaries.get(normaliseUrl(homeUrl));
  if (!home) return undefined;
  const thinLinks = home.links < fewLinks;
  const thinText = home.words !== undefined && home.words < fewWords;
  if (!thinLinks && !thinText) return undefined;
  const orphans = new Set(sitemapUrls.map(normaliseUrl).filter((url) => url !== normaliseUrl(homeUrl) && !raw.reachedByLinks.has(url)))
    .size;
  const signals = [
    home.hasAppRoot ? crawlMessage('javascript.emptyAppRoot') : undefined,
    /javascript|\bjs\b/i.test(home.noscriptText ?? '') ? crawlMessage('javascript.noscriptNotice') : undefined,
    orphans >= 2 && orphans * 2 >= sitemapUrls.length ? crawlMessage('javascript.unlinkedSitemapPages', { count: orphans }) : undefined,
    // A page with almost nothing at all is worth one render: that is what an app shell looks like.
    thinLinks && thinText ? crawlMessage('javascript.almostNothingElse') : undefined,
  ].filter((signal): signal is Message => signal !== undefined);
  if (signals.length === 0) return undefined;
  const thin = [
    thinLinks ? crawlMessage('javascript.internalLinks', { count: home.links }) : undefined,
    thinText ? crawlMessage('javascript.words', { count: home.words ?? 0 }) : undefined,
  ].filter((part): part is Message => part !== undefined);
  // Signals are listed with commas only, as the English reason always read.
  const listed = signals.reduceRight((more, signal) => crawlMessage('javascript.signalAndMore', { signal, more }));
  return crawlMessage('javascript.suspicion', { thin, signals: listed });
}

/** Whether the rendered home shows what the raw one lacks. */
export function renderingReveals(raw: PageSummary, rendered: PageSummary): boolean {
  if (rendered.links >= raw.links + revealedLinks) return true;
  return raw.words !== undefined && rendered.words !== undefined && rendered.words >= raw.words + revealedWords;
}

export interface JavascriptOnlyRequest {
  config: CrawlConfig;
  hooks: CrawlHooks;
  browser: BrowserAccess;
  crawl: SiteCrawl;
  origin: string;
  suspicion: Message;
  raw: BreadthFirstCrawl;
  sitemapUrls: string[];
  allowed(url: string): boolean;
  home: PageSnapshot;
  rawHomeBody: string | undefined;
  /** The home page as rendered before the crawl, when every home page is rendered: not rendered twice. */
  renderedHome?: RenderedPage;
  /** Loads a page over HTTP without parsing it. */
  loader: PageLoader;
  notes: Message[];
  schedule<T>(url: string, task: () => Promise<T>): Promise<T>;
  stopped(): boolean;
}

/**
 * Renders the home page (or takes its render); when the browser shows what the raw HTML hides,
 * crawls the site again in Chromium and returns that crawl. Undefined, with a note, otherwise.
 */
export async function renderJavascriptOnlySite(request: JavascriptOnlyRequest): Promise<BreadthFirstCrawl | undefined> {
  const { config, hooks, crawl, origin, suspicion, raw, home, notes } = request;
  try {
    const renderer = await request.browser.get();
    if (!renderer) {
      notes.push(crawlMessage('crawl.javascriptOnlyNoChromium', { suspicion }));
      return undefined;
    }
    const rawHome = raw.summaries.get(normaliseUrl(home.finalUrl));
    const rendered = request.renderedHome ?? (await request.schedule(home.finalUrl, () => renderer.render(home.finalUrl)));
    const page = { ...home, finalUrl: rendered.finalUrl, renderedWith: 'browser' as const, body: rendered.html };
    const parsed = hooks.parse(page, origin);
    const renderedSummary = { links: parsed.links.filter((link) => sameSite(link, origin)).length, words: parsed.wordCount };
    const homeLinks = crawl.rawVsRendered?.homeLinks;
    if (!rawHome || !renderingReveals(rawHome, renderedSummary)) {
      // The probe's facts must not stand for the raw page the crawl keeps.
      if (request.rawHomeBody !== undefined) hooks.parse({ ...home, body: request.rawHomeBody }, origin);
      const reasonMessage = crawlMessage('crawl.renderingShowedNoMore', { suspicion });
      crawl.rawVsRendered = {
        rawWords: rawHome?.words ?? 0,
        renderedWords: renderedSummary.words ?? 0,
        rawLinks: rawHome?.links ?? 0,
        renderedLinks: renderedSummary.links,
        pages: 1,
        ...(homeLinks ? { homeLinks } : {}),
        reason: renderCrawlMessage(reasonMessage, 'en'),
        reasonMessage,
      };
      return undefined;
    }
    hooks.onBrowserFallback?.(renderCrawlMessage(suspicion, 'en'));
    const result = await crawlInBrowser({
      origin,
      homeUrl: home.finalUrl,
      maxPages: config.maxPages,
      maxDepth: config.maxDepth,
      trapPatternLimit: config.trapPatternLimit,
      sitemapReserve: Math.floor(config.maxPages * config.sitemapSampleShare),
      sitemapUrls: request.sitemapUrls,
      raw,
      renderer,
      prerendered: request.renderedHome,
      schedule: request.schedule,
      fetchRaw: request.loader,
      parse: hooks.parse,
      allowed: request.allowed,
      stopped: request.stopped,
    });
    crawl.rawVsRendered = {
      ...result.rawVsRendered,
      ...(homeLinks ? { homeLinks } : {}),
      reason: renderCrawlMessage(suspicion, 'en'),
      reasonMessage: suspicion,
    };
    crawl.stats.renderedWith = 'browser';
    return result.crawl;
  } catch (error) {
    if (request.stopped()) return undefined;
    notes.push(crawlMessage('crawl.javascriptOnlyRenderFailed', { suspicion, detail: (error as Error).message }));
    return undefined;
  }
}

export interface BrowserPassContext {
  origin: string;
  homeUrl: string;
  maxPages: number;
  maxDepth: number;
  trapPatternLimit: number;
  /** Pages kept for the sitemap sample, as in the raw crawl. */
  sitemapReserve: number;
  sitemapUrls: string[];
  raw: BreadthFirstCrawl;
  renderer: BrowserRenderer;
  /** The home page already rendered, reused rather than rendered again. */
  prerendered?: RenderedPage;
  /** Schedules a task against a host's politeness and the study's limiter. */
  schedule<T>(url: string, task: () => Promise<T>): Promise<T>;
  /** Loads a page over HTTP without parsing it (for URLs the raw crawl did not reach). */
  fetchRaw: PageLoader;
  parse(snapshot: PageSnapshot & { body: string }, siteOrigin: string): ParsedPage;
  allowed(url: string): boolean;
  stopped(): boolean;
}

/** Crawls the site again, each HTML page rendered in Chromium, in the same breadth-first order. */
export async function crawlInBrowser(
  context: BrowserPassContext,
): Promise<{ crawl: BreadthFirstCrawl; rawVsRendered: NonNullable<SiteCrawl['rawVsRendered']> }> {
  const rawByUrl = new Map<string, PageSnapshot>();
  for (const page of context.raw.pages) rawByUrl.set(normaliseUrl(page.requestedUrl), page);

  const load: PageLoader = async (queued) => {
    const known = rawByUrl.get(queued.url);
    const raw: LoadedPage | undefined = known ? { snapshot: known } : await context.fetchRaw(queued);
    if (!raw) return undefined;
    const snapshot = { ...raw.snapshot, depth: queued.depth, discoveredBy: queued.discoveredBy };
    if (snapshot.status >= 400 || snapshot.error || !isHtml(snapshot.contentType) || !sameSite(snapshot.finalUrl, context.origin)) {
      return { snapshot };
    }
    try {
      const prerendered = context.prerendered;
      const reuse = prerendered && queued.discoveredBy === 'seed' && normaliseUrl(snapshot.finalUrl) === normaliseUrl(context.homeUrl);
      const rendered = reuse ? prerendered : await context.schedule(snapshot.finalUrl, () => context.renderer.render(snapshot.finalUrl));
      const page: PageSnapshot & { body: string } = {
        ...snapshot,
        finalUrl: rendered.finalUrl,
        renderedWith: 'browser',
        body: rendered.html,
      };
      const { body: _body, ...kept } = page;
      return { snapshot: kept, parse: () => context.parse(page, context.origin) };
    } catch (error) {
      if (context.stopped()) return undefined;
      const errorMessage = crawlMessage('page.renderFailed', { detail: (error as Error).message });
      return { snapshot: { ...snapshot, renderedWith: 'browser', error: renderCrawlMessage(errorMessage, 'en'), errorMessage } };
    }
  };

  const crawl = new BreadthFirstCrawl({
    origin: context.origin,
    maxPages: context.maxPages,
    maxDepth: context.maxDepth,
    guard: new TrapGuard(context.trapPatternLimit),
    allowed: context.allowed,
    load,
    stopped: context.stopped,
    sitemapReserve: context.sitemapReserve,
  });
  const home = await load({ url: normaliseUrl(context.homeUrl), depth: 0, discoveredBy: 'seed' });
  if (home) {
    for (const link of crawl.record(home)) crawl.enqueue(link, 'link');
  }
  await crawl.run(1, context.sitemapUrls);

  const comparison = { rawWords: 0, renderedWords: 0, rawLinks: 0, renderedLinks: 0, pages: 0 };
  for (const [url, rendered] of crawl.summaries) {
    const raw = context.raw.summaries.get(url);
    if (!raw) continue;
    comparison.pages += 1;
    comparison.rawWords += raw.words ?? 0;
    comparison.renderedWords += rendered.words ?? 0;
    comparison.rawLinks += raw.links;
    comparison.renderedLinks += rendered.links;
  }
  return { crawl, rawVsRendered: comparison };
}
