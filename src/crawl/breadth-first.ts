// The crawl proper: links level by level from the home page, then the pages only the sitemap
// knows. Each level is fetched concurrently but admitted in a stable order (the order links
// were found in), so that with a page limit the same content always yields the same pages,
// whatever order the responses arrive in.
import { crawlMessage, type Discovery, normaliseUrl, type PageSnapshot, renderCrawlMessage, sameSite, trapOf } from '../model/index.js';
import { type TrapGuard } from './traps.js';

/** What the crawl needs back from a parsed page: where it links to, and its content hash. */
export interface ParsedPage {
  links: string[];
  contentHash: string;
  /** Words of visible text; with the two fields below, tells a JavaScript-only page apart. */
  wordCount?: number;
  /** An empty application root (`#app`, `#root`, …) was found. */
  hasAppRoot?: boolean;
  /** Text of `<noscript>` elements. */
  noscriptText?: string;
}

export interface QueuedPage {
  url: string;
  depth: number;
  discoveredBy: Discovery;
}

/**
 * A loaded page: its snapshot (body dropped) and, for HTML of the site, how to parse it. The
 * crawl parses a final URL once, as soon as one of the URLs leading to it arrives, so that
 * bodies do not wait for the whole level.
 */
export interface LoadedPage {
  snapshot: PageSnapshot;
  /** May answer later: extraction of a large page runs in a worker thread (src/extract/extraction-pool.ts). */
  parse?: () => ParsedPage | Promise<ParsedPage>;
}

/** Loads one page; undefined when the crawl was stopped meanwhile. */
export type PageLoader = (page: QueuedPage) => Promise<LoadedPage | undefined>;

export interface BreadthFirstOptions {
  /** The site's origin after the home page's redirects. */
  origin: string;
  maxPages: number;
  maxDepth: number;
  guard: TrapGuard;
  /** robots.txt's verdict for a URL. */
  allowed(url: string): boolean;
  load: PageLoader;
  stopped(): boolean;
}

/** What the crawl knows about a page it parsed, kept after its body is gone. */
export interface PageSummary {
  links: number;
  words?: number;
  hasAppRoot?: boolean;
  noscriptText?: string;
}

export class BreadthFirstCrawl {
  readonly pages: PageSnapshot[] = [];
  /** Per final URL, for the raw-versus-rendered comparison. */
  readonly summaries = new Map<string, PageSummary>();
  skippedByRobots = 0;
  limitReached?: 'pages' | 'depth' | 'time';
  private level: { url: string; discoveredBy: Discovery }[] = [];
  private readonly seen = new Set<string>();
  private readonly parsedUrls = new Set<string>();
  /** Parsed as soon as loaded, waiting for their turn to be recorded in level order. */
  private readonly parsedAhead = new Map<string, ParsedPage>();
  /** Final URLs whose parse has started and not answered yet: another URL redirecting there waits for none. */
  private readonly parsing = new Set<string>();
  /** Content hash → the first URL that had it. */
  private readonly contentHashes = new Map<string, string>();
  private readonly linkedUrls = new Set<string>();

  constructor(private readonly options: BreadthFirstOptions) {}

  get traps() {
    return this.options.guard.traps;
  }

  /** URLs reached by following links (for sitemap orphans and JavaScript-only detection). */
  get reachedByLinks(): ReadonlySet<string> {
    return this.linkedUrls;
  }

  /** Marks a URL as already handled (the start URL, fetched before the crawl proper). */
  markSeen(url: string): void {
    this.seen.add(normaliseUrl(url));
  }

  /** Queues a URL for the next level unless it is out of scope, seen, disallowed or a trap. */
  enqueue(rawUrl: string, discoveredBy: Discovery): boolean {
    if (!sameSite(rawUrl, this.options.origin)) return false;
    const url = this.options.guard.rewrite(normaliseUrl(rawUrl));
    if (this.seen.has(url)) return false;
    this.seen.add(url);
    if (discoveredBy === 'link') this.linkedUrls.add(url);
    if (!this.options.allowed(url)) {
      this.skippedByRobots += 1;
      return false;
    }
    if (!this.options.guard.admit(url)) return false;
    this.level.push({ url, discoveredBy });
    return true;
  }

  /** Parses a page once per final URL, as soon as it arrives; a parse that throws is the page's error. */
  private async settle(loaded: LoadedPage): Promise<PageSnapshot> {
    const { snapshot, parse } = loaded;
    const finalUrl = normaliseUrl(snapshot.finalUrl);
    if (!parse || this.parsedUrls.has(finalUrl) || this.parsedAhead.has(finalUrl) || this.parsing.has(finalUrl)) return snapshot;
    this.parsing.add(finalUrl);
    try {
      this.parsedAhead.set(finalUrl, await parse());
      return snapshot;
    } catch (error) {
      const errorMessage = crawlMessage('page.unparsable', { detail: (error as Error).message });
      return { ...snapshot, error: renderCrawlMessage(errorMessage, 'en'), errorMessage };
    } finally {
      this.parsing.delete(finalUrl);
    }
  }

  /** Adds a loaded page to the crawl; returns the links to follow from it. */
  async record(loaded: LoadedPage): Promise<string[]> {
    const snapshot = await this.settle(loaded);
    this.pages.push(snapshot);
    const finalUrl = normaliseUrl(snapshot.finalUrl);
    this.seen.add(finalUrl);
    const parsed = this.parsedAhead.get(finalUrl);
    // Reached again through a redirect: the snapshot keeps the redirect, the links were followed once.
    if (!parsed || this.parsedUrls.has(finalUrl)) return [];
    this.parsedAhead.delete(finalUrl);
    this.parsedUrls.add(finalUrl);
    this.summaries.set(finalUrl, {
      links: parsed.links.filter((link) => sameSite(link, this.options.origin)).length,
      words: parsed.wordCount,
      hasAppRoot: parsed.hasAppRoot,
      noscriptText: parsed.noscriptText,
    });
    const firstSeenAt = this.contentHashes.get(parsed.contentHash);
    if (firstSeenAt !== undefined) {
      this.options.guard.refuse(trapOf('identical-body'), snapshot.finalUrl);
      return [];
    }
    this.contentHashes.set(parsed.contentHash, finalUrl);
    return parsed.links;
  }

  /** Crawls level after level from `depth` until the site, the page limit or the time runs out. */
  async run(startDepth: number, sitemapUrls: string[]): Promise<void> {
    const { maxPages, maxDepth } = this.options;
    let depth = startDepth;
    let sitemapQueued = false;
    for (;;) {
      if (this.options.stopped()) {
        this.limitReached = 'time';
        return;
      }
      if (this.pages.length >= maxPages) {
        const leftInSitemap =
          !sitemapQueued && sitemapUrls.some((url) => sameSite(url, this.options.origin) && !this.seen.has(normaliseUrl(url)));
        if (this.level.length > 0 || leftInSitemap) this.limitReached = 'pages';
        return;
      }
      if (this.level.length === 0 || depth > maxDepth) {
        if (sitemapQueued) return;
        // Links are exhausted: pages only the sitemap knows come last (orphans, JavaScript-only sites).
        sitemapQueued = true;
        this.level = [];
        for (const url of sitemapUrls) this.enqueue(url, 'sitemap');
        if (this.level.length === 0) return;
      }
      const room = maxPages - this.pages.length;
      const current = this.level.slice(0, room);
      if (this.level.length > room) this.limitReached = 'pages';
      this.level = [];
      const results = await Promise.all(
        current.map((entry) =>
          this.options.load({ ...entry, depth }).then(async (loaded) => loaded && { snapshot: await this.settle(loaded) }),
        ),
      );
      for (const result of results) {
        if (!result) continue;
        const links = await this.record(result);
        if (result.snapshot.discoveredBy === 'sitemap') continue;
        if (depth < maxDepth) {
          for (const link of links) this.enqueue(link, 'link');
        } else if (links.some((link) => sameSite(link, this.options.origin) && !this.seen.has(normaliseUrl(link)))) {
          this.limitReached ??= 'depth';
        }
      }
      depth += 1;
    }
  }
}
