// Lookups over a site's crawl that several checks share. Each answer depends only on the
// SiteContext it is given; the URL indexes behind `snapshotFor` and `pageFor` are memoised per
// context object (see `siteIndex`), which changes how fast they answer, never what.
import { type PageFacts, type PageSnapshot, urlKey } from '../model/index.js';
import type { SiteContext } from './types.js';

/** A site's crawl indexed by URL key: the first item per key, as a scan of the lists would find it. */
export interface SiteIndex {
  /** Snapshots by the URL the crawl requested. */
  readonly snapshotByRequestedUrl: ReadonlyMap<string, PageSnapshot>;
  /** Snapshots by the URL they landed on (after redirects). */
  readonly snapshotByFinalUrl: ReadonlyMap<string, PageSnapshot>;
  readonly pageByUrl: ReadonlyMap<string, PageFacts>;
}

/**
 * One index per SiteContext object. A context is data built once by the audit and only read by
 * the checks, so its index stays right as long as the context lives, and goes with it (the map is
 * weak). A context with other pages or snapshots is another object (`{ ...site, pages }`) and gets
 * its own index; changing a context's lists in place after a lookup is not supported.
 * Checks look URLs up for every link of every page: a scan per lookup made a 2,500-page site cost
 * seconds (bench/crawl), the index makes each lookup O(1).
 */
const indexes = new WeakMap<SiteContext, SiteIndex>();

export function siteIndex(site: SiteContext): SiteIndex {
  let index = indexes.get(site);
  if (!index) {
    index = {
      snapshotByRequestedUrl: firstByKey(site.snapshots, (snapshot) => urlKey(snapshot.requestedUrl)),
      snapshotByFinalUrl: firstByKey(site.snapshots, (snapshot) => urlKey(snapshot.finalUrl)),
      pageByUrl: firstByKey(site.pages, (page) => urlKey(page.url)),
    };
    indexes.set(site, index);
  }
  return index;
}

function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!byKey.has(key)) byKey.set(key, item);
  }
  return byKey;
}

/** The snapshot of a URL as the crawl requested it (or landed on it). */
export function snapshotFor(site: SiteContext, url: string): PageSnapshot | undefined {
  const key = urlKey(url);
  const index = siteIndex(site);
  return index.snapshotByRequestedUrl.get(key) ?? index.snapshotByFinalUrl.get(key);
}

export function pageFor(site: SiteContext, url: string): PageFacts | undefined {
  return siteIndex(site).pageByUrl.get(urlKey(url));
}

/** Every internal URL the crawled pages link to (scheme-less `www.` links included: they resolve on the site). */
export function internalLinkTargets(site: SiteContext): Map<string, string> {
  const targets = new Map<string, string>();
  for (const page of site.pages) {
    for (const link of page.links) {
      if (!link.url || !link.internal) continue;
      const key = urlKey(link.url);
      if (!targets.has(key)) targets.set(key, page.url);
    }
    for (const link of page.links) {
      if (link.kind === 'schemeless-www' && link.url && !targets.has(urlKey(link.url))) targets.set(urlKey(link.url), page.url);
    }
  }
  return targets;
}

/** URLs the site's sitemaps list, without duplicates, in their order. */
export function sitemapUrls(site: SiteContext): string[] {
  return [...new Set(site.sitemaps.flatMap((sitemap) => sitemap.urls).map(urlKey))];
}

export function isLoopback(origin: string): boolean {
  try {
    const host = new URL(origin).hostname;
    return host === 'localhost' || /^127\./.test(host) || host === '[::1]';
  } catch {
    return false;
  }
}

/** A share as results record it: rounded to three decimals (0.912). */
export function roundShare(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** `part` of `whole` as a rounded share; 0 of nothing is 0. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : roundShare(part / whole);
}
