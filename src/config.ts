// One Config type, one defaults object, validated once at the edge (flags and config file).
import { z } from 'zod';

export const toolName = 'muniseo';
export const toolVersion = '0.1.0';
export const contactUrl = 'https://github.com/muniseo/muniseo#for-site-owners';
export const defaultUserAgent = `Mozilla/5.0 (compatible; muniseo/${toolVersion}; +${contactUrl})`;
/** The token matched against robots.txt user-agent groups. */
export const robotsToken = 'muniseo';

export const crawlConfigSchema = z.object({
  /** Pages fetched per site at most (HTML pages and documents). */
  maxPages: z.number().int().min(1).default(200),
  /** Link depth from the home page. */
  maxDepth: z.number().int().min(0).default(5),
  /** Whole-site time budget in seconds; the crawl stops and keeps what it has. */
  siteBudgetSecs: z.number().positive().default(300),
  /** Timeout for one request, headers and body. */
  requestTimeoutSecs: z.number().positive().default(20),
  /** Timeout for opening one connection (DNS, TCP, TLS): a dead host fails fast. */
  connectTimeoutSecs: z.number().positive().default(10),
  /** Bytes read from one response; the rest is dropped and the page marked truncated. */
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  /** Concurrent requests to one host. At most 8: more would hammer a small town's server. */
  perHostConcurrency: z.number().int().min(1).max(8).default(2),
  /**
   * Concurrent requests to one server IP address, whatever the host names on it: many small
   * communes share one server. Each site crawled there counts for `perHostConcurrency`.
   */
  perAddressConcurrency: z.number().int().min(1).max(64).default(4),
  /** The same cap for addresses of large CDNs and shared front ends (src/crawl/shared-front-ends.ts). */
  sharedFrontEndConcurrency: z.number().int().min(1).max(256).default(32),
  /** Minimum delay between requests to one host, in seconds (robots.txt Crawl-delay wins when larger). */
  minDelaySecs: z.number().min(0).default(0),
  /** Upper bound on a robots.txt Crawl-delay we honour; a larger one is clamped and recorded. */
  maxCrawlDelaySecs: z.number().min(0).default(30),
  /** URLs sharing one trap pattern (calendar, session id, facets) before the pattern stops expanding. */
  trapPatternLimit: z.number().int().min(1).default(12),
  maxRedirects: z.number().int().min(1).default(10),
  userAgent: z.string().min(1).default(defaultUserAgent),
  /** Render JavaScript-only sites in Chromium: the whole site is crawled again in the browser. */
  browserFallback: z.boolean().default(true),
  /**
   * Render every site's home page once in Chromium, as Googlebot renders pages: links that only
   * scripts build (menus) are crawled, and the raw-versus-rendered gap is a finding. Without
   * Chromium the crawl goes on over HTTP and says so in a note. Turn off for studies without a browser.
   */
  renderHome: z.boolean().default(true),
  /**
   * Share of `maxPages` kept for a sample of sitemap URLs, fetched even when links fill the rest
   * (chosen by a hash of the URL's path, so the same sitemap gives the same sample). Only sites
   * larger than the budget notice it. 0.25 of 200 pages is 50 URLs: a problem that touches one
   * sitemap URL in ten is missed with a chance of 0.9^50 ≈ 0.5 %, and a share measured on the sample
   * is within about ±11 points of the sitemap's (95 % binomial interval at 20 %); with 20 URLs it
   * would be ±18, too wide for the 90 % and 50 % bars of the verdicts. Links keep 150 pages.
   */
  sitemapSampleShare: z.number().min(0).max(0.5).default(0.25),
  /**
   * Internal link targets the crawl did not fetch (documents, pages beyond the limits) verified per
   * site with a HEAD request (a GET stopped after the headers confirms an error), chosen by a hash
   * of the URL; same politeness as pages. 0 = none.
   */
  verifyLinkTargets: z.number().int().min(0).max(500).default(50),
  /** Obey robots.txt (turn off only for your own sites). */
  respectRobots: z.boolean().default(true),
  /**
   * Let the crawl, its browser and Lighthouse connect to loopback (127.0.0.0/8, ::1), private
   * (RFC 1918, RFC 4193), CGNAT (100.64.0.0/10) and reserved addresses: the demo, the tests and the
   * benchmarks (127.0.0.1), or a study of an intranet. Off, only public addresses are reached,
   * checked on the address each connection resolves to (README, "Network policy"). Link-local,
   * multicast, unspecified, broadcast and cloud-metadata addresses (169.254.169.254, fd00:ec2::254,
   * 100.100.100.200…: src/network/address-ranges.ts) are never reached, whatever this says.
   * Flag: `--allow-private-network`. A queue worker decides for itself with its own flag
   * (AuditOptions.allowPrivateNetwork), never from the study it is given.
   */
  allowPrivateNetwork: z.boolean().default(false),
  /**
   * Hosts and domains whose owners asked not to be crawled: never contacted, by the crawl, its browser
   * or Lighthouse. A domain covers its subdomains (`laval.fr` excludes `www.laval.fr`). An institution
   * whose site is excluded is recorded as `excluded`, not audited; a redirect, link or sub-resource
   * to an excluded host is refused like a private address. Flag: `--exclude FILE` (one host or domain
   * a line, `#` comments); in a config file, the path of such a file (relative to the config file)
   * or the list itself.
   */
  exclude: z.array(z.string().min(1)).default([]),
});
export type CrawlConfig = z.infer<typeof crawlConfigSchema>;

export const lighthouseConfigSchema = z.object({
  enabled: z.boolean().default(true),
  /**
   * Pages audited besides the home page: one per page type first, then pages of templates not yet
   * audited, then by click depth and inbound links. `all`: every distinct HTML page crawled (up to
   * `crawl.maxPages`), as Unlighthouse does for a whole site.
   */
  pages: z.union([z.number().int().min(0), z.literal('all')]).default(2),
  runs: z.number().int().min(1).max(9).default(1),
  formFactor: z.enum(['mobile', 'desktop', 'both']).default('mobile'),
  /** Parallel Lighthouse workers, each with its own Chromium. 0 = from the core count. At most 16: each Chromium takes a core and hundreds of MB. */
  concurrency: z.number().int().min(0).max(16).default(0),
  /** Per-run timeout in seconds. */
  timeoutSecs: z.number().positive().default(90),
});
export type LighthouseConfig = z.infer<typeof lighthouseConfigSchema>;

export const studyConfigSchema = z.object({
  crawl: crawlConfigSchema.default(crawlConfigSchema.parse({})),
  lighthouse: lighthouseConfigSchema.default(lighthouseConfigSchema.parse({})),
  /** Sites audited at once. At most 64: beyond that, sockets and memory run out before throughput grows. */
  concurrency: z.number().int().min(1).max(64).default(4),
  /** Column of the sites file that defines peer groups (default: kind × population stratum). */
  groupBy: z.string().min(1).optional(),
});
export type StudyConfig = z.infer<typeof studyConfigSchema>;

export function defaultStudyConfig(): StudyConfig {
  return studyConfigSchema.parse({});
}
