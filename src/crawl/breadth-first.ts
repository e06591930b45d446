// The crawl proper: links level by level from the home page, then the pages only the sitemap
// knows. Each level is fetched concurrently but admitted in a stable order (the order links
// were found in), so that with a page limit the same content always yields the same pages,
// whatever order the responses arrive in. Part of the page budget is kept for a sample of the
// sitemap, fetched even when links fill the rest: on a large site, links alone would never
// reach the pages only the sitemap knows, and sitemap checks would pass by construction.
import { createHash } from 'node:crypto';
import { crawlMessage, type Discovery, normaliseUrl, type PageSnapshot, renderCrawlMessage, sameSite, trapOf } from '../model/index.js';
import { type TrapGuard } from './traps.js';
import { nextTurn, turnMs } from '../event-loop-turns.js';

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
  /** Pages of `maxPages` kept for the sitemap sample (see `crawl.sitemapSampleShare`); 0 keeps none. */
  sitemapReserve?: number;
}

/** Where a link target was first found: the page linking to it, and the target's click depth. */
export interface LinkTarget {
  from: string;
  /** Clicks from the home page; unknown when only pages the sitemap revealed link to it. */
  depth?: number;
}

/**
 * A stable order over a site's URLs that follows none of its structure: the same sitemap always
 * gives the same sample. The hash is of the path and query only, so that the site answers the same
 * under http or https, with or without www, on any port.
 */
export function hashOrder(urls: Iterable<string>): string[] {
  const hash = (url: string) => {
    const parsed = new URL(url);
    return createHash('sha1').update(`${parsed.pathname}${parsed.search}`).digest('hex');
  };
  return [...urls]
    .map((url) => ({ url, key: hash(url) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.url);
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
  /** Every internal link target of the pages recorded, with where it was first found. */
  private readonly targets = new Map<string, LinkTarget>();
  private sample: string[] = [];
  private listed: string[] = [];

  constructor(private readonly options: BreadthFirstOptions) {}

  /** Internal link targets of the pages read (normalised), each with its first source and click depth. */
  get linkTargets(): ReadonlyMap<string, LinkTarget> {
    return this.targets;
  }

  /** The sitemap URLs chosen as the sample when the crawl ran. */
  get sitemapSample(): readonly string[] {
    return this.sample;
  }

  /** Sitemap URLs of the site the crawl neither fetched nor refused (robots.txt, traps): left out by the page limit or the time. */
  get sitemapUnread(): number {
    return this.listed.filter((url) => !this.seen.has(url)).length;
  }

  /**
   * Records the internal links of a page at `depth` clicks (undefined for a page only the sitemap
   * revealed); the crawl calls it for each page it records, and for the rendered home page.
   */
  noteLinks(from: string, depth: number | undefined, links: readonly string[]): void {
    const targetDepth = depth === undefined ? undefined : depth + 1;
    for (const link of links) {
      if (!sameSite(link, this.options.origin)) continue;
      const url = normaliseUrl(link);
      const known = this.targets.get(url);
      if (!known) this.targets.set(url, { from, ...(targetDepth === undefined ? {} : { depth: targetDepth }) });
      else if (targetDepth !== undefined && (known.depth === undefined || targetDepth < known.depth)) known.depth = targetDepth;
    }
  }

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
    this.noteLinks(snapshot.finalUrl, snapshot.discoveredBy === 'sitemap' ? undefined : snapshot.depth, parsed.links);
    const firstSeenAt = this.contentHashes.get(parsed.contentHash);
    if (firstSeenAt !== undefined) {
      this.options.guard.refuse(trapOf('identical-body'), snapshot.finalUrl);
      return [];
    }
    this.contentHashes.set(parsed.contentHash, finalUrl);
    return parsed.links;
  }

  /**
   * Crawls level after level from `depth` until links run out, or the page limit (less the sitemap
   * reserve), the depth limit or the time does; then fetches the sitemap: every URL links did not
   * reach when links ran out, the sample alone when the crawl was cut.
   */
  async run(startDepth: number, sitemapUrls: string[]): Promise<void> {
    const listed = this.listedUrls(sitemapUrls);
    this.listed = listed;
    this.sample = this.chooseSample(listed);
    const linkBudget = this.options.maxPages - this.sample.length;
    const links = await this.crawlLinks(startDepth, linkBudget);
    if (links.ended === 'stopped') return;
    const wanted = links.ended === 'exhausted' ? [...this.sample, ...listed] : this.sample;
    await this.crawlSitemap(wanted, listed, links.depth);
  }

  /** The site's sitemap URLs, normalised, without duplicates, in the sitemap's order. */
  private listedUrls(sitemapUrls: string[]): string[] {
    const listed = new Set<string>();
    for (const url of sitemapUrls) if (sameSite(url, this.options.origin)) listed.add(normaliseUrl(url));
    return [...listed];
  }

  /** The sitemap sample: URLs not crawled yet and open to the crawler, the first ones in hash order. */
  private chooseSample(listed: string[]): string[] {
    const reserve = Math.min(this.options.sitemapReserve ?? 0, this.options.maxPages - 1);
    if (reserve <= 0) return [];
    const open = listed.filter((url) => !this.seen.has(url) && this.options.allowed(url));
    return hashOrder(open).slice(0, reserve);
  }

  private async crawlLinks(startDepth: number, budget: number): Promise<{ ended: 'exhausted' | 'cut' | 'stopped'; depth: number }> {
    const { maxDepth } = this.options;
    let depth = startDepth;
    for (;;) {
      if (this.options.stopped()) {
        this.limitReached = 'time';
        return { ended: 'stopped', depth };
      }
      if (this.level.length === 0 || depth > maxDepth) return { ended: 'exhausted', depth };
      if (this.pages.length >= budget) {
        this.limitReached = 'pages';
        this.drop(this.level);
        return { ended: 'cut', depth };
      }
      const room = budget - this.pages.length;
      const current = this.level.slice(0, room);
      const left = this.level.slice(room);
      this.level = [];
      await this.fetchLevel(current, depth);
      if (this.options.stopped()) return { ended: 'stopped', depth };
      if (left.length > 0) {
        this.limitReached = 'pages';
        this.drop([...left, ...this.level]);
        return { ended: 'cut', depth: depth + 1 };
      }
      depth += 1;
    }
  }

  /** Lets go of queued URLs the page limit leaves out: not fetched, so the sitemap sample may still fetch them. */
  private drop(entries: { url: string }[]): void {
    for (const entry of entries) this.seen.delete(entry.url);
    this.level = [];
  }

  /** Fetches the sitemap URLs links did not reach: `wanted` first, as many as the budget allows, in the sitemap's order. */
  private async crawlSitemap(wanted: string[], listed: string[], depth: number): Promise<void> {
    this.level = [];
    const room = this.options.maxPages - this.pages.length;
    if (room <= 0) {
      if (listed.some((url) => !this.seen.has(url))) this.limitReached = 'pages';
      return;
    }
    const admitted = new Set<string>();
    for (const url of wanted) {
      if (admitted.size >= room) break;
      if (this.enqueue(url, 'sitemap')) admitted.add(url);
    }
    if (listed.some((url) => !this.seen.has(url))) this.limitReached = 'pages';
    // In the sitemap's order, as links would have been: a small site keeps the order it always had.
    const order = new Map(listed.map((url, index) => [url, index]));
    const level = this.level.sort((a, b) => (order.get(a.url) ?? 0) - (order.get(b.url) ?? 0));
    this.level = [];
    if (level.length > 0) await this.fetchLevel(level, depth);
  }

  /** Fetches one level at once; records the pages in the level's order and queues their links for the next. */
  private async fetchLevel(current: { url: string; discoveredBy: Discovery }[], depth: number): Promise<void> {
    const { maxDepth } = this.options;
    const results = await Promise.all(
      current.map((entry) =>
        this.options.load({ ...entry, depth }).then(async (loaded) => loaded && { snapshot: await this.settle(loaded) }),
      ),
    );
    // A level of 1,500 pages records some 150,000 links: in turns of the event loop, not at once.
    let turnStarted = performance.now();
    for (const result of results) {
      if (!result) continue;
      if (performance.now() - turnStarted > turnMs) {
        await nextTurn();
        turnStarted = performance.now();
      }
      const links = await this.record(result);
      if (result.snapshot.discoveredBy === 'sitemap') continue;
      if (depth < maxDepth) {
        for (const link of links) this.enqueue(link, 'link');
      } else if (links.some((link) => sameSite(link, this.options.origin) && !this.seen.has(normaliseUrl(link)))) {
        this.limitReached ??= 'depth';
      }
    }
    if (this.options.stopped()) this.limitReached = 'time';
  }
}
