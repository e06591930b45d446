// Sitemaps from robots.txt and /sitemap.xml: urlset, sitemap index, gzip. Our own fetch
// rather than Crawlee's `Sitemap.load`, which fetches with its own client (no contact
// User-Agent, no politeness) and keeps neither HTTP status nor parse errors per file.
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { FetchError, type FetchedResponse } from './fetch-page.js';
import {
  crawlMessage,
  type CrawlMessageId,
  type Message,
  type MessageValues,
  renderCrawlMessage,
  sameSite,
  type SitemapSummary,
} from '../model/index.js';

/** Sitemap files fetched per site at most (an index may list many). */
const maxSitemapFiles = 20;
/** URLs kept per file; the count is still exact. */
const maxUrlsKept = 50_000;
/** The sitemaps protocol's own ceiling for one uncompressed file. */
const maxUncompressedBytes = 50 * 1024 * 1024;

export interface ParsedSitemap {
  kind: 'urlset' | 'index' | 'invalid';
  locs: string[];
  lastmods: string[];
  /** What is wrong with the file, in English. */
  errors: string[];
  /** The same, as crawl messages. */
  errorMessages: Message[];
}

/** Where a sitemap's problems go: each in English and as a message. */
type SitemapProblems = Pick<ParsedSitemap, 'errors' | 'errorMessages'>;

function addError(target: SitemapProblems, error: Message): void {
  target.errors.push(renderCrawlMessage(error, 'en'));
  target.errorMessages.push(error);
}

function invalid(id: CrawlMessageId, values?: MessageValues): ParsedSitemap {
  const parsed: ParsedSitemap = { kind: 'invalid', locs: [], lastmods: [], errors: [], errorMessages: [] };
  addError(parsed, crawlMessage(id, values));
  return parsed;
}

export function parseSitemapXml(xml: string): ParsedSitemap {
  const trimmed = xml.replace(/^\uFEFF/, '').trim();
  if (!trimmed.startsWith('<')) return invalid('sitemap.notXml');
  const $ = cheerio.load(trimmed, { xml: true });
  const root = $.root().children().first();
  const name = (root.prop('tagName') ?? '').toLowerCase().replace(/^.*:/, '');
  const kind = name === 'urlset' ? 'urlset' : name === 'sitemapindex' ? 'index' : 'invalid';
  if (kind === 'invalid') return invalid('sitemap.wrongRoot', { name: name || '?' });
  const locs: string[] = [];
  const lastmods: string[] = [];
  const problems: SitemapProblems = { errors: [], errorMessages: [] };
  const child = (entry: cheerio.Cheerio<never>, tag: string) =>
    entry
      .children()
      .filter((_, element) => new RegExp(`(^|:)${tag}$`, 'i').test(element.tagName))
      .first()
      .text()
      .trim();
  for (const element of root.children().toArray()) {
    const entry = $(element) as cheerio.Cheerio<never>;
    const loc = child(entry, 'loc');
    const lastmod = child(entry, 'lastmod');
    if (!loc) {
      addError(problems, crawlMessage('sitemap.entryWithoutLoc'));
      continue;
    }
    if (!/^https?:\/\//i.test(loc)) {
      addError(problems, crawlMessage('sitemap.relativeLoc', { loc: loc.slice(0, 100) }));
      continue;
    }
    locs.push(loc);
    if (!lastmod) continue;
    if (Number.isNaN(Date.parse(lastmod))) addError(problems, crawlMessage('sitemap.badLastmod', { lastmod: lastmod.slice(0, 40) }));
    else lastmods.push(lastmod);
  }
  return { kind, locs, lastmods, ...problems };
}

/** Fetches and summarises the sitemaps a site declares in robots.txt or has at /sitemap.xml. */
export async function discoverSitemaps(
  origin: string,
  declared: string[],
  fetch: (url: string) => Promise<FetchedResponse>,
): Promise<SitemapSummary[]> {
  const candidates: { url: string; source: SitemapSummary['source']; parent?: string }[] = declared.map((url) => ({
    url,
    source: 'robots',
  }));
  const defaultUrl = `${origin}/sitemap.xml`;
  if (!declared.includes(defaultUrl)) candidates.push({ url: defaultUrl, source: 'default' });
  const summaries: (SitemapSummary & SitemapProblems)[] = [];
  const queued = new Set(candidates.map((candidate) => candidate.url));
  let fetched = 0;
  while (candidates.length > 0) {
    const candidate = candidates.shift()!;
    if (fetched >= maxSitemapFiles) {
      const last = summaries.at(-1);
      if (last) addError(last, crawlMessage('sitemap.tooManyFiles', { max: maxSitemapFiles, left: candidates.length + 1 }));
      break;
    }
    fetched += 1;
    const summary = await fetchSitemap(candidate.url, candidate.source, origin, fetch);
    if (candidate.parent) summary.parent = candidate.parent;
    // /sitemap.xml is only a guess: its absence is not a finding.
    if (summary.kind === 'missing' && candidate.source === 'default') continue;
    summaries.push(summary);
    if (summary.kind !== 'index') continue;
    for (const child of summary.urls) {
      if (queued.has(child)) continue;
      queued.add(child);
      candidates.push({ url: child, source: candidate.source, parent: candidate.url });
    }
    summary.urls = [];
  }
  return summaries;
}

async function fetchSitemap(
  url: string,
  source: SitemapSummary['source'],
  origin: string,
  fetch: (url: string) => Promise<FetchedResponse>,
): Promise<SitemapSummary & SitemapProblems> {
  const summary: SitemapSummary & SitemapProblems = {
    url,
    source,
    status: null,
    kind: 'missing',
    urlCount: 0,
    urls: [],
    outsideSite: 0,
    errors: [],
    errorMessages: [],
  };
  try {
    const response = await fetch(url);
    summary.status = response.status;
    if (response.status >= 400) {
      addError(summary, crawlMessage('sitemap.httpError', { status: response.status }));
      return summary;
    }
    let bytes = Buffer.from(response.body);
    // A .xml.gz file served as application/gzip, not as a gzip Content-Encoding.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes, { maxOutputLength: maxUncompressedBytes });
    const parsed = parseSitemapXml(bytes.toString('utf8'));
    summary.kind = parsed.kind;
    parsed.errorMessages.forEach((error) => addError(summary, error));
    if (response.truncated) addError(summary, crawlMessage('sitemap.truncated'));
    const inside = parsed.locs.filter((loc) => sameSite(loc, origin));
    summary.outsideSite = parsed.locs.length - inside.length;
    if (summary.outsideSite > 0) {
      const example = parsed.locs.find((loc) => !sameSite(loc, origin)) ?? '';
      addError(summary, crawlMessage('sitemap.outsideSite', { count: summary.outsideSite, example }));
    }
    summary.urlCount = parsed.locs.length;
    summary.urls = inside.slice(0, maxUrlsKept);
    const dates = parsed.lastmods.sort((a, b) => Date.parse(a) - Date.parse(b));
    if (dates.length > 0) summary.lastmodRange = { from: dates[0]!, to: dates[dates.length - 1]! };
  } catch (error) {
    summary.kind = 'invalid';
    const detail = (error as Error).message ?? String(error);
    addError(summary, error instanceof FetchError ? error.errorMessage : crawlMessage('sitemap.unreadable', { detail }));
    if (error instanceof FetchError) summary.kind = 'missing';
  }
  return summary;
}
