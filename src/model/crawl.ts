import type { Message } from './messages.js';
import type { RobotsTxt } from './robots.js';

/** Why a request failed, as a kind the checks and the report can tell apart (the message says it in words). */
export type FetchErrorKind =
  | 'dns'
  | 'refused'
  | 'tls'
  | 'timeout'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'aborted'
  | 'network'
  /** The network policy refused the address (private, link-local, cloud metadata…) or the host (exclusion list). */
  | 'refused-address';

export type Discovery = 'seed' | 'link' | 'sitemap' | 'redirect';

export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

/** What the crawl saw of one URL. Bodies are kept only for HTML and only until extraction. */
export interface PageSnapshot {
  requestedUrl: string;
  finalUrl: string;
  redirectChain: RedirectHop[];
  status: number;
  headers: Record<string, string>;
  contentType: string;
  /** Bytes received (after the cap). */
  size: number;
  truncated: boolean;
  timingMs: number;
  /** Decoded HTML, when the response was HTML. */
  body?: string;
  /** The charset used to decode the body, and where it came from. */
  charset?: { name: string; source: 'header' | 'bom' | 'meta' | 'http-equiv' | 'default' };
  depth: number;
  discoveredBy: Discovery;
  renderedWith: 'http' | 'browser';
  /** When the page failed to load: a readable reason (English). */
  error?: string;
  /** When the page failed to load: the reason as a crawl message (src/model/crawl-messages.ts). */
  errorMessage?: Message;
  /** When the page failed to load: the kind of failure. */
  errorKind?: FetchErrorKind;
  /** Requests made for this URL when more than one (a 5xx or a reset connection is retried once). */
  attempts?: number;
}

export interface SitemapSummary {
  url: string;
  /** Where the sitemap was found. */
  source: 'robots' | 'default';
  status: number | null;
  kind: 'urlset' | 'index' | 'invalid' | 'missing';
  urlCount: number;
  urls: string[];
  outsideSite: number;
  lastmodRange?: { from: string; to: string };
  /** What is wrong with the file, in English. */
  errors: string[];
  /** The same, as crawl messages (absent from results stored before they existed). */
  errorMessages?: Message[];
  /** The sitemap index that listed this file. */
  parent?: string;
}

export interface ProbeResult {
  url: string;
  finalUrl?: string;
  status?: number;
  redirectChain: RedirectHop[];
  /** Why the probe failed, in English. */
  error?: string;
  /** The same, as a crawl message. */
  errorMessage?: Message;
  headers?: Record<string, string>;
}

/**
 * Why the crawl refused URLs as a trap: a family of URLs that expands without end (`url-family`,
 * e.g. `/agenda/{date}/`), a session id in links, a body already seen under another URL, an
 * overlong URL, or path segments repeating (a relative-link loop).
 */
export type TrapKind = 'url-family' | 'session-id' | 'identical-body' | 'long-url' | 'repeating-segments';

export interface TrapReport {
  /** The URL family (`/agenda/{date}/`), or for the other kinds their description in English. */
  pattern: string;
  /** Absent from results stored before trap kinds existed. */
  kind?: TrapKind;
  /** `pattern` as a crawl message, for the report's language. */
  patternMessage?: Message;
  example: string;
  skipped: number;
}

export interface CrawlStats {
  pagesCrawled: number;
  htmlPages: number;
  documents: number;
  maxDepth: number;
  renderedWith: 'http' | 'browser';
  durationMs: number;
  /** Non-HTML resources (PDF, office documents, …) by MIME type: how many and their total size in bytes. */
  documentTypes?: Record<string, { count: number; bytes: number }>;
  /** Links not followed because robots.txt disallows them. */
  skippedByRobots?: number;
  /** The bound that ended the crawl before the site was exhausted. */
  limitReached?: 'pages' | 'depth' | 'time';
  /** How much of the site the crawl saw, for checks that need the whole link graph (absent from older results). */
  coverage?: CrawlCoverage;
}

/**
 * How much of the site the crawl saw. A crawl stopped by its limits leaves pages unseen: their
 * depth and the links they hold are unknown, so depth and orphans can only be judged on what was
 * seen, and the sitemap only on the sample fetched whatever the links.
 */
export interface CrawlCoverage {
  /** Pages the crawl may fetch (the page budget). */
  maxPages: number;
  /**
   * Internal link targets found on crawled pages but neither fetched by the crawl nor found to be
   * something other than an HTML page by the link-target verification: pages whose own links are
   * unknown. 0 means every page a link leads to was read (the link graph is complete).
   */
  unexploredLinks: number;
  /** The fewest clicks from the home page to an unexplored link target: every page not crawled is at least this deep. */
  unexploredDepth?: number;
  /** Distinct URLs of the site the sitemaps list. */
  sitemapUrls: number;
  /** Of those, URLs the crawl neither fetched nor refused (robots.txt, traps): left out by its limits. 0 when the sitemap was read whole. */
  sitemapUnread: number;
  /** Sitemap URLs chosen by hash and fetched even when links filled the budget (the sample the checks judge on a capped crawl). */
  sitemapSample: string[];
}

/** An internal link target the crawl did not fetch, verified by a HEAD request (a GET when HEAD was answered with an error). */
export interface LinkTargetCheck {
  /** The target as linked (normalised). */
  url: string;
  /** Where a page linked to it first. */
  linkedFrom: string;
  /** The final answer's status; 0 when no answer came. */
  status: number;
  finalUrl: string;
  redirects: number;
  contentType: string;
  /** The request whose answer stands: `GET` when HEAD's error answer (or failure) was checked again. */
  method: 'HEAD' | 'GET';
  /** When no answer came: the reason in English, as a crawl message, and its kind. */
  error?: string;
  errorMessage?: Message;
  errorKind?: FetchErrorKind;
}

/** The link-target verification of one site: how many targets were left unfetched, and those verified. */
export interface LinkTargetVerification {
  /** Internal link targets the crawl did not fetch (robots.txt disallowed ones and trap URLs left out). */
  unfetched: number;
  /** The deterministic sample verified (at most the configured number; fewer when the time budget ran out). */
  checks: LinkTargetCheck[];
}

/**
 * How a site's audit ended. `invisible`: robots.txt keeps every search engine (and muniseo) out,
 * so the site is audited as invisible to search (level 0, counted in every share).
 * `refuses-crawler`: robots.txt keeps muniseo out but lets search engines in, so the site is not
 * audited and is reported apart, never at level 0. `blocked-by-robots`: robots.txt cannot be read
 * (5xx, network), which RFC 9309 says to treat as a full disallow for now. `excluded`: the site's
 * host is on the exclusion list (its owner asked not to be crawled), so no request was made.
 * `refused-address`: the network policy refused the site's address or where its home page leads
 * (a private, link-local or cloud-metadata address, or an excluded host).
 */
export const crawlOutcomes = [
  'ok',
  'invisible',
  'refuses-crawler',
  'unreachable',
  'blocked-by-robots',
  'timeout',
  'http-error',
  'excluded',
  'refused-address',
  'error',
] as const;
export type CrawlOutcome = (typeof crawlOutcomes)[number];

export interface SiteCrawl {
  startUrl: string;
  outcome: CrawlOutcome;
  /** Why the outcome is not a plain `ok`, or notes on a crawl that went on, in English (notes joined with "; "). */
  reason?: string;
  /** The same notes as crawl messages, one per note. */
  reasonMessages?: Message[];
  pages: PageSnapshot[];
  robots: RobotsTxt;
  sitemaps: SitemapSummary[];
  /** The home page under http/https (and www/bare where it applies). */
  homeProbes: ProbeResult[];
  /** A request to a URL that cannot exist. */
  soft404: ProbeResult | null;
  traps: TrapReport[];
  /**
   * Raw HTML against the page rendered by a browser (JavaScript-only content), summed over the
   * pages read both ways; present when muniseo rendered the site.
   */
  rawVsRendered?: {
    rawWords: number;
    renderedWords: number;
    rawLinks: number;
    renderedLinks: number;
    /** Pages compared. */
    pages?: number;
    /**
     * The home page's distinct internal link targets in the raw HTML and once rendered, and those
     * only rendering shows (a menu built by JavaScript); present when the home page was rendered.
     */
    homeLinks?: HomeLinks;
    /** Why the site was rendered, in a sentence (English). */
    reason?: string;
    /** The same, as a crawl message. */
    reasonMessage?: Message;
  };
  /** Internal link targets the crawl did not fetch, and the sample verified (absent when verification is off). */
  linkTargets?: LinkTargetVerification;
  /** The crawl was stopped (Ctrl-C) before it finished: the result is partial. */
  interrupted?: boolean;
  stats: CrawlStats;
}

/** The home page's internal links, raw against rendered (distinct URLs). */
export interface HomeLinks {
  raw: number;
  rendered: number;
  /** Link targets of the rendered home page that its raw HTML lacks, in the order rendered. */
  revealed: string[];
}

/** The URL answered with a usable page: a response (not a network failure) with a status below 400. */
export function snapshotSucceeded(snapshot: Pick<PageSnapshot, 'status' | 'error'>): boolean {
  return snapshot.status > 0 && snapshot.status < 400 && !snapshot.error;
}
