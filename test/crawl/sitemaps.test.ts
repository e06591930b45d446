import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSitemapXml } from '../../src/crawl/sitemaps.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { renderCrawlMessage, type SiteCrawl } from '../../src/model/index.js';
import { extractingParser, pathsOf, testConfig } from './helpers.js';

describe('parseSitemapXml', () => {
  it('reads a urlset with its locations and lastmod dates', () => {
    const parsed = parseSitemapXml(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc> https://ville.test/a </loc><lastmod>2026-01-02</lastmod></url><url><loc>https://ville.test/b</loc></url></urlset>`);
    expect(parsed).toEqual({
      kind: 'urlset',
      locs: ['https://ville.test/a', 'https://ville.test/b'],
      lastmods: ['2026-01-02'],
      errors: [],
      errorMessages: [],
    });
  });

  it('reads a sitemap index, with or without a namespace prefix', () => {
    const parsed = parseSitemapXml(
      `<sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:sitemap><sm:loc>https://ville.test/s1.xml</sm:loc></sm:sitemap></sm:sitemapindex>`,
    );
    expect(parsed.kind).toBe('index');
    expect(parsed.locs).toEqual(['https://ville.test/s1.xml']);
  });

  it('reports what is not a sitemap', () => {
    expect(parseSitemapXml('Plan du site : voir /plan')).toMatchObject({
      kind: 'invalid',
      errors: ['not XML'],
      errorMessages: [{ id: 'sitemap.notXml' }],
    });
    expect(parseSitemapXml('<html><body>Plan</body></html>')).toMatchObject({
      kind: 'invalid',
      errors: ['root element <html> is neither urlset nor sitemapindex'],
      errorMessages: [{ id: 'sitemap.wrongRoot', values: { name: 'html' } }],
    });
  });
});

describe('sitemaps of a site', () => {
  let web: FixtureWeb;
  let crawl: SiteCrawl;
  let origin: string;
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-sitemaps'] });
    origin = web.origin('test-sitemaps');
    crawl = await crawlSite(origin, testConfig(), { parse: extractingParser().parse });
  });
  afterAll(() => web.close());

  it('follows robots.txt to the index, then to each sitemap of the site, gzip included, and tries /sitemap.xml', () => {
    expect(
      crawl.sitemaps.map((sitemap) => [sitemap.url.replace(origin, ''), sitemap.source, sitemap.kind, sitemap.parent?.replace(origin, '')]),
    ).toEqual([
      ['/sitemap_index.xml', 'robots', 'index', undefined],
      ['/sitemap.xml', 'default', 'invalid', undefined],
      ['/sitemap-pages.xml', 'robots', 'urlset', '/sitemap_index.xml'],
      ['/sitemap-actualites.xml.gz', 'robots', 'urlset', '/sitemap_index.xml'],
    ]);
  });

  it('counts URLs, URLs outside the site and parse errors per file, and gives the lastmod range', () => {
    const [index, , pages, news] = crawl.sitemaps;
    expect(index).toMatchObject({ urlCount: 3, outsideSite: 1, status: 200 });
    expect(index?.errors).toEqual(['1 URL(s) outside the site, e.g. http://www.autre-commune.invalid/sitemap.xml']);
    // a, b, c, d and the URL of another commune: 5 locations; the relative one and the one without <loc> are errors.
    expect(pages).toMatchObject({ urlCount: 5, outsideSite: 1, lastmodRange: { from: '2024-01-15', to: '2026-11-02T10:00:00+01:00' } });
    expect(pages?.urls.map((url) => url.replace(origin, ''))).toEqual(['/pages/a/', '/pages/b/', '/pages/c/', '/pages/d/']);
    expect(pages?.errors).toEqual([
      '<lastmod> is not a W3C date: hier',
      '<loc> is not an absolute http(s) URL: /pages/relative/',
      'an entry without <loc>',
      '1 URL(s) outside the site, e.g. https://www.autre-commune.invalid/page/',
    ]);
    expect(pages?.errorMessages?.map((error) => renderCrawlMessage(error, 'fr'))).toEqual([
      '<lastmod> n’est pas une date W3C : hier',
      '<loc> n’est pas une URL http(s) absolue : /pages/relative/',
      'une entrée sans <loc>',
      '1 URL hors du site, par exemple https://www.autre-commune.invalid/page/',
    ]);
    expect(news).toMatchObject({ urlCount: 2, outsideSite: 0, lastmodRange: { from: '2026-10-01', to: '2026-10-15' }, errors: [] });
  });

  it('never fetches a sitemap outside the site', () => {
    expect(web.requests('test-sitemaps').some((request) => request.host.includes('autre-commune'))).toBe(false);
  });

  it('crawls the pages only the sitemaps know after the linked ones, marked as found in the sitemap', () => {
    expect(pathsOf(crawl.pages)).toEqual(['/', '/pages/a/', '/pages/b/', '/pages/c/', '/pages/d/', '/actualites/x/', '/actualites/y/']);
    expect(
      crawl.pages.filter((page) => page.discoveredBy === 'sitemap').map((page) => [new URL(page.finalUrl).pathname, page.status]),
    ).toEqual([
      ['/pages/c/', 200],
      ['/pages/d/', 404],
      ['/actualites/x/', 200],
      ['/actualites/y/', 200],
    ]);
  });
});
