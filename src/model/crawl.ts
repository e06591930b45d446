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
  | 'network';

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
}

/**
 * How a site's audit ended. `invisible`: robots.txt keeps every search engine (and muniseo) out,
 * so the site is audited as invisible to search (level 0, counted in every share).
 * `refuses-crawler`: robots.txt keeps muniseo out but lets search engines in, so the site is not
 * audited and is reported apart, never at level 0. `blocked-by-robots`: robots.txt cannot be read
 * (5xx, network), which RFC 9309 says to treat as a full disallow for now.
 */
export const crawlOutcomes = [
  'ok',
  'invisible',
  'refuses-crawler',
  'unreachable',
  'blocked-by-robots',
  'timeout',
  'http-error',
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
    /** Why the site was rendered, in a sentence (English). */
    reason?: string;
    /** The same, as a crawl message. */
    reasonMessage?: Message;
  };
  /** URLs crawled both with and without a trailing slash, each answering on its own (not merged). */
  trailingSlashVariants?: { withSlash: string; withoutSlash: string }[];
  /** The crawl was stopped (Ctrl-C) before it finished: the result is partial. */
  interrupted?: boolean;
  stats: CrawlStats;
}

/** The URL answered with a usable page: a response (not a network failure) with a status below 400. */
export function snapshotSucceeded(snapshot: Pick<PageSnapshot, 'status' | 'error'>): boolean {
  return snapshot.status > 0 && snapshot.status < 400 && !snapshot.error;
}
