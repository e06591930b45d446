// Link targets the crawl did not fetch — documents, pages beyond the page or depth limit — verified
// within the budget: a deterministic sample (by a hash of the URL, so the same site gives the same
// sample), each asked with HEAD, through the same per-host scheduler and crawl delay as pages.
// Without this, a link to a dead PDF or to a page past the limit is never checked, and
// broken-internal-links judges only the links that lead to pages the crawl happened to read.
import { type BreadthFirstCrawl, hashOrder } from './breadth-first.js';
import { FetchError, type FetchedResponse } from './fetch-page.js';
import { isHtml } from './snapshots.js';
import {
  crawlMessage,
  type CrawlCoverage,
  hasSessionParameter,
  type LinkTargetCheck,
  maxUrlLength,
  normaliseUrl,
  type PageSnapshot,
  repeatsSegments,
  sameSite,
  trapPattern,
} from '../model/index.js';

export interface UnfetchedTarget {
  url: string;
  from: string;
  depth?: number;
}

/** Fetches a target with one method; the scheduler's politeness applies. */
export type TargetFetch = (url: string, method: 'HEAD' | 'GET') => Promise<FetchedResponse>;

/** Every URL a snapshot answers for: requested, redirect hops, final. */
function fetchedUrls(pages: readonly PageSnapshot[]): Set<string> {
  const fetched = new Set<string>();
  for (const page of pages) {
    for (const url of [page.requestedUrl, page.finalUrl, ...page.redirectChain.map((hop) => hop.url)]) fetched.add(normaliseUrl(url));
  }
  return fetched;
}

/** A URL of a family the trap guard cuts (calendars, facets, session ids, loops): not a page left out by the limits. */
function trapLike(url: string): boolean {
  const parsed = new URL(url);
  return url.length > maxUrlLength || repeatsSegments(parsed) || hasSessionParameter(parsed) || trapPattern(parsed) !== undefined;
}

/**
 * Internal link targets no snapshot answers for, in the order they were found. robots.txt's
 * disallowed targets are left out (the crawler may not ask), and so are trap URLs (the crawl cut
 * their family on purpose).
 */
export function unfetchedTargets(crawl: BreadthFirstCrawl, allowed: (url: string) => boolean): UnfetchedTarget[] {
  const fetched = fetchedUrls(crawl.pages);
  const targets: UnfetchedTarget[] = [];
  for (const [url, target] of crawl.linkTargets) {
    if (fetched.has(url) || !allowed(url) || trapLike(url)) continue;
    targets.push({ url, from: target.from, ...(target.depth === undefined ? {} : { depth: target.depth }) });
  }
  return targets;
}

/**
 * Verifies `count` targets chosen by hash: HEAD first; an error answer or a failure is asked again
 * with a GET stopped after the headers, whose answer stands. RFC 9110 (§9.3.2) wants HEAD to answer
 * as GET would, but servers that refuse HEAD (405, 501) or mishandle it would otherwise make working
 * links look broken. Targets not verified when the crawl stops (time budget) are left out.
 */
export async function verifyTargets(
  targets: readonly UnfetchedTarget[],
  count: number,
  fetch: TargetFetch,
  stopped: () => boolean,
): Promise<LinkTargetCheck[]> {
  const byUrl = new Map(targets.map((target) => [target.url, target]));
  const sample = hashOrder(byUrl.keys()).slice(0, count);
  const checks = await Promise.all(sample.map((url) => verifyOne(byUrl.get(url)!, fetch, stopped)));
  return checks.filter((check): check is LinkTargetCheck => check !== undefined);
}

async function verifyOne(target: UnfetchedTarget, fetch: TargetFetch, stopped: () => boolean): Promise<LinkTargetCheck | undefined> {
  const ask = (method: 'HEAD' | 'GET') =>
    fetch(target.url, method).catch((error: unknown): FetchError | undefined => {
      if (error instanceof FetchError) return error.kind === 'aborted' ? undefined : error;
      if (stopped()) return undefined;
      return new FetchError(crawlMessage('fetch.unexpected', { detail: (error as Error).message ?? String(error) }), target.url, 'network');
    });
  const head = await ask('HEAD');
  if (head === undefined) return undefined;
  if (!(head instanceof FetchError) && head.status < 400) return checked(target, head, 'HEAD');
  if (stopped()) return undefined;
  const get = await ask('GET');
  if (get === undefined) return undefined;
  return get instanceof FetchError ? failed(target, get) : checked(target, get, 'GET');
}

function checked(target: UnfetchedTarget, response: FetchedResponse, method: 'HEAD' | 'GET'): LinkTargetCheck {
  return {
    url: target.url,
    linkedFrom: target.from,
    status: response.status,
    finalUrl: response.finalUrl,
    redirects: response.redirectChain.length,
    contentType: response.headers['content-type'] ?? '',
    method,
  };
}

function failed(target: UnfetchedTarget, error: FetchError): LinkTargetCheck {
  return {
    url: target.url,
    linkedFrom: target.from,
    status: 0,
    finalUrl: error.redirectChain.at(-1)?.location ?? target.url,
    redirects: error.redirectChain.length,
    contentType: '',
    method: 'GET',
    error: error.message,
    errorMessage: error.errorMessage,
    errorKind: error.kind,
  };
}

/**
 * How much of the site the crawl saw. A target verified as something other than an HTML page of
 * the site (an error, a document, a redirect to a page already read or away) holds no links, so it
 * leaves nothing unexplored.
 */
export function crawlCoverage(input: {
  maxPages: number;
  origin: string;
  pages: readonly PageSnapshot[];
  unfetched: readonly UnfetchedTarget[];
  checks: readonly LinkTargetCheck[];
  sitemapUrls: readonly string[];
  sitemapSample: readonly string[];
  sitemapUnread: number;
}): CrawlCoverage {
  const fetched = fetchedUrls(input.pages);
  const verified = new Map(input.checks.map((check) => [check.url, check]));
  const holdsNoLinks = (check: LinkTargetCheck) =>
    check.status === 0 ||
    check.status >= 400 ||
    !isHtml(check.contentType) ||
    !sameSite(check.finalUrl, input.origin) ||
    fetched.has(normaliseUrl(check.finalUrl));
  const unexplored = input.unfetched.filter((target) => {
    const check = verified.get(target.url);
    return !check || !holdsNoLinks(check);
  });
  const depths = unexplored.flatMap((target) => (target.depth === undefined ? [] : [target.depth]));
  const listed = new Set(input.sitemapUrls.filter((url) => sameSite(url, input.origin)).map(normaliseUrl));
  return {
    maxPages: input.maxPages,
    unexploredLinks: unexplored.length,
    ...(depths.length > 0 ? { unexploredDepth: depths.reduce((least, depth) => Math.min(least, depth)) } : {}),
    sitemapUrls: listed.size,
    sitemapUnread: input.sitemapUnread,
    sitemapSample: [...input.sitemapSample],
  };
}
