// Sitemaps from robots.txt and /sitemap.xml: urlset, sitemap index (one level), gzip.
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { fetchPage, type FetchLimits, FetchError } from './fetch-page.js';
import { sameSite } from './urls.js';
import type { SitemapSummary } from './types.js';

const maxSitemapFiles = 20;
const maxUrlsKept = 50_000;

export interface ParsedSitemap {
  kind: 'urlset' | 'index' | 'invalid';
  locs: string[];
  lastmods: string[];
  errors: string[];
}

export function parseSitemapXml(xml: string): ParsedSitemap {
  const trimmed = xml.trim();
  if (!trimmed.startsWith('<')) return { kind: 'invalid', locs: [], lastmods: [], errors: ['not XML'] };
  const $ = cheerio.load(trimmed, { xml: true });
  const root = $.root().children().first();
  const name = (root.prop('tagName') ?? '').toLowerCase().replace(/^.*:/, '');
  const kind = name === 'urlset' ? 'urlset' : name === 'sitemapindex' ? 'index' : 'invalid';
  if (kind === 'invalid') return { kind, locs: [], lastmods: [], errors: [`root element <${name || '?'}> is neither urlset nor sitemapindex`] };
  const entries = root.children().toArray();
  const locs: string[] = [];
  const lastmods: string[] = [];
  const errors: string[] = [];
  for (const entry of entries) {
    const loc = $(entry).children().filter((_, child) => /(^|:)loc$/i.test(child.tagName)).first().text().trim();
    const lastmod = $(entry).children().filter((_, child) => /(^|:)lastmod$/i.test(child.tagName)).first().text().trim();
    if (!loc) {
      errors.push(`an entry without <loc>`);
      continue;
    }
    if (!/^https?:\/\//i.test(loc)) {
      errors.push(`<loc> is not an absolute http(s) URL: ${loc.slice(0, 100)}`);
      continue;
    }
    locs.push(loc);
    if (lastmod) lastmods.push(lastmod);
  }
  return { kind, locs, lastmods, errors };
}

/** Fetches and summarises the sitemaps a site declares or has at /sitemap.xml. */
export async function discoverSitemaps(
  origin: string,
  declared: string[],
  limits: FetchLimits,
): Promise<SitemapSummary[]> {
  const candidates: { url: string; source: 'robots' | 'default' }[] = declared.map((url) => ({ url, source: 'robots' }));
  const defaultUrl = `${origin}/sitemap.xml`;
  if (!declared.includes(defaultUrl)) candidates.push({ url: defaultUrl, source: 'default' });
  const summaries: SitemapSummary[] = [];
  const queue = [...candidates];
  let fetched = 0;
  while (queue.length > 0 && fetched < maxSitemapFiles) {
    const candidate = queue.shift()!;
    fetched += 1;
    const summary = await fetchSitemap(candidate.url, candidate.source, origin, limits);
    if (summary.kind === 'missing' && candidate.source === 'default') continue;
    summaries.push(summary);
    if (summary.kind === 'index') {
      for (const child of summary.urls) queue.push({ url: child, source: candidate.source });
      summary.urls = [];
    }
  }
  return summaries;
}

async function fetchSitemap(url: string, source: 'robots' | 'default', origin: string, limits: FetchLimits): Promise<SitemapSummary> {
  const summary: SitemapSummary = { url, source, status: null, kind: 'missing', urlCount: 0, urls: [], outsideSite: 0, errors: [] };
  try {
    const response = await fetchPage(url, limits);
    summary.status = response.status;
    if (response.status >= 400) {
      summary.errors.push(`answered HTTP ${response.status}`);
      return summary;
    }
    let bytes = Buffer.from(response.body);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const parsed = parseSitemapXml(bytes.toString('utf8'));
    summary.kind = parsed.kind;
    summary.errors.push(...parsed.errors);
    if (response.truncated) summary.errors.push('file larger than the byte cap; truncated');
    const inside = parsed.kind === 'index' ? parsed.locs : parsed.locs.filter((loc) => sameSite(loc, origin));
    summary.outsideSite = parsed.kind === 'index' ? 0 : parsed.locs.length - inside.length;
    summary.urlCount = parsed.locs.length;
    summary.urls = inside.slice(0, maxUrlsKept);
    const dates = parsed.lastmods.filter((value) => !Number.isNaN(Date.parse(value))).sort();
    if (dates.length > 0) summary.lastmodRange = { from: dates[0]!, to: dates[dates.length - 1]! };
  } catch (error) {
    summary.errors.push(error instanceof FetchError ? error.message : String(error));
  }
  return summary;
}
