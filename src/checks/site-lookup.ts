// Lookups over a site's crawl that several site checks share. Pure functions of SiteContext.
import { type PageFacts, type PageSnapshot, urlKey } from '../model/index.js';
import type { SiteContext } from './types.js';

/**
 * First item per URL key, built once per list: checks look URLs up for every link of every
 * page, and a scan per lookup made a 2,500-page site cost seconds (bench/crawl).
 */
const indexes = new WeakMap<object, Map<string, { length: number; byKey: Map<string, unknown> }>>();

function firstByKey<T>(items: T[], keyOf: (item: T) => string, name: string): Map<string, T> {
  let byName = indexes.get(items);
  if (!byName) {
    byName = new Map();
    indexes.set(items, byName);
  }
  const cached = byName.get(name);
  // A list that grew since (a test building its context step by step) is indexed again.
  if (cached && cached.length === items.length) return cached.byKey as Map<string, T>;
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!byKey.has(key)) byKey.set(key, item);
  }
  byName.set(name, { length: items.length, byKey });
  return byKey;
}

/** The snapshot of a URL as the crawl requested it (or landed on it). */
export function snapshotFor(site: SiteContext, url: string): PageSnapshot | undefined {
  const key = urlKey(url);
  return (
    firstByKey(site.snapshots, (snapshot) => urlKey(snapshot.requestedUrl), 'requested').get(key) ??
    firstByKey(site.snapshots, (snapshot) => urlKey(snapshot.finalUrl), 'final').get(key)
  );
}

export function pageFor(site: SiteContext, url: string): PageFacts | undefined {
  return firstByKey(site.pages, (page) => urlKey(page.url), 'url').get(urlKey(url));
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

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}
