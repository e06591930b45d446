// Crawl records for site-check cases: snapshots, sitemaps and robots.txt as the crawl would hand them over.
import { parseRobotsTxt } from '../../src/crawl/robots.js';
import type { CrawlCoverage, LinkTargetCheck, PageFacts, PageSnapshot, ProbeResult, SitemapSummary } from '../../src/model/index.js';
import { factsOf, testOrigin } from '../helpers/check-cases.js';

export const at = (path: string) => `${testOrigin}${path}`;

export function snapshot(url: string, overrides: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    requestedUrl: url,
    finalUrl: url,
    redirectChain: [],
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    contentType: 'text/html; charset=utf-8',
    size: 2048,
    truncated: false,
    timingMs: 20,
    depth: 1,
    discoveredBy: 'link',
    renderedWith: 'http',
    ...overrides,
  };
}

/** A page's facts and its snapshot, for a path of the test site. */
export function crawled(path: string, html: string, overrides: Partial<PageSnapshot> = {}): { facts: PageFacts; snapshot: PageSnapshot } {
  return { facts: factsOf({ html, url: at(path) }), snapshot: snapshot(at(path), overrides) };
}

/** The parts of a SiteContext a list of crawled pages provides. */
export function siteOf(pages: { facts: PageFacts; snapshot: PageSnapshot }[], extra: PageSnapshot[] = []) {
  return {
    pages: pages.map((page) => page.facts),
    snapshots: [...pages.map((page) => page.snapshot), ...extra],
    home: pages.find((page) => page.facts.url === at('/'))?.facts,
  };
}

export function sitemap(urls: string[], overrides: Partial<SitemapSummary> = {}): SitemapSummary {
  return {
    url: at('/sitemap.xml'),
    source: 'robots',
    status: 200,
    kind: 'urlset',
    urlCount: urls.length,
    urls,
    outsideSite: 0,
    errors: [],
    ...overrides,
  };
}

export const robots = (text: string) => parseRobotsTxt(text, at('/robots.txt'));

export function probe(url: string, overrides: Partial<ProbeResult> = {}): ProbeResult {
  return { url, finalUrl: url, status: 200, redirectChain: [], headers: {}, ...overrides };
}

/** A page with enough distinct words for MinHash, built from a seed word. */
export function article(seed: string, words = 60): string {
  return `<main>${Array.from({ length: words }, (_, index) => `${seed}${index}`).join(' ')}</main>`;
}

/** The coverage of a crawl cut at its limits (a complete crawl has no coverage to say). */
export function coverage(overrides: Partial<CrawlCoverage> = {}): CrawlCoverage {
  return { maxPages: 200, unexploredLinks: 0, sitemapUrls: 0, sitemapUnread: 0, sitemapSample: [], ...overrides };
}

/** A link target the crawl did not fetch, as the HEAD verification answered it. */
export function verifiedTarget(url: string, overrides: Partial<LinkTargetCheck> = {}): LinkTargetCheck {
  return {
    url,
    linkedFrom: at('/'),
    status: 200,
    finalUrl: url,
    redirects: 0,
    contentType: 'text/html; charset=utf-8',
    method: 'HEAD',
    ...overrides,
  };
}
