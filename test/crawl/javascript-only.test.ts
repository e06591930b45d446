// JavaScript-only sites rendered in the system Chromium through Crawlee's PlaywrightCrawler.
// Chromium is slow to start: each browser launch here is one that a behaviour needs.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultUserAgent } from '../../src/config.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { renderCrawlMessage, type SiteCrawl } from '../../src/model/index.js';
import { extractingParser, pathsOf, testConfig, type ExtractingParser } from './helpers.js';

let web: FixtureWeb;
const storageExisted = existsSync('storage');
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['appli-sur-mer', 'test-js-shell', 'test-links'] });
});
afterAll(() => web.close());

describe('a site whose content only exists after JavaScript runs (Appli-sur-Mer)', () => {
  let crawl: SiteCrawl;
  let parser: ExtractingParser;
  let fallbackReason: string | undefined;
  let origin: string;
  beforeAll(async () => {
    origin = web.origin('appli-sur-mer');
    parser = extractingParser();
    crawl = await crawlSite(origin, testConfig({ browserFallback: true }), {
      parse: parser.parse,
      onBrowserFallback: (reason) => {
        fallbackReason = reason;
      },
    });
  });

  it('is crawled again in Chromium, and says so on the crawl and on each page', () => {
    expect(crawl.outcome).toBe('ok');
    expect(crawl.stats.renderedWith).toBe('browser');
    expect(crawl.pages.map((page) => page.renderedWith)).toEqual(Array(6).fill('browser'));
    expect(fallbackReason).toBe(crawl.rawVsRendered?.reason);
  });

  it('finds by links, once rendered, the pages the raw HTML only listed in the sitemap', () => {
    expect(pathsOf(crawl.pages)).toEqual(['/', '/mairie/', '/services/', '/actualites/', '/contact/', '/mentions-legales/']);
    expect(crawl.pages.slice(1).map((page) => page.discoveredBy)).toEqual(Array(5).fill('link'));
  });

  it('gives extract the rendered DOM, so each page has its own title', () => {
    expect(parser.facts.get(`${origin}/services/`)?.title).toBe('Services municipaux et démarches – Appli-sur-Mer');
    expect(new Set([...parser.facts.values()].map((facts) => facts.title)).size).toBe(6);
  });

  it('keeps the raw-versus-rendered difference and why the site was rendered', () => {
    const difference = crawl.rawVsRendered;
    expect(difference).toMatchObject({ rawWords: 0, rawLinks: 0, pages: 6 });
    expect(difference?.renderedWords).toBeGreaterThan(150);
    // Six pages, each with five menu links and two footer links.
    expect(difference?.renderedLinks).toBeGreaterThanOrEqual(6 * 7);
    expect(difference?.reason).toBe(
      'the raw home page has 0 internal link(s) and 0 words, an empty application root, a <noscript> notice asking for JavaScript, 5 sitemap pages that no link reaches, almost nothing else',
    );
    expect(renderCrawlMessage(difference?.reasonMessage ?? { id: 'none' }, 'fr')).toBe(
      'la page d’accueil brute a 0 lien interne et 0 mot, une racine d’application vide, un message <noscript> demandant JavaScript, 5 pages du sitemap qu’aucun lien n’atteint, presque rien d’autre',
    );
  });

  it('renders with muniseo’s User-Agent and writes nothing to ./storage', () => {
    const scriptRequests = web.requests('appli-sur-mer').filter((request) => request.path === '/app.js');
    expect(scriptRequests.length).toBeGreaterThan(0);
    expect(new Set(scriptRequests.map((request) => request.userAgent))).toEqual(new Set([defaultUserAgent]));
    expect(existsSync('storage')).toBe(storageExisted);
  });
});

describe('when not to render', () => {
  it('keeps the raw crawl when the browser fallback is turned off, and says the site looks JavaScript-only', async () => {
    const crawl = await crawlSite(web.origin('appli-sur-mer'), testConfig({ browserFallback: false }), { parse: extractingParser().parse });
    expect(crawl.stats.renderedWith).toBe('http');
    expect(crawl.rawVsRendered).toBeUndefined();
    expect(crawl.reason).toMatch(/^looks JavaScript-only \(the raw home page has 0 internal link\(s\).*\); browser fallback turned off$/);
    expect(crawl.reasonMessages).toMatchObject([
      { id: 'crawl.javascriptOnlyFallbackOff', values: { suspicion: { id: 'javascript.suspicion' } } },
    ]);
  });

  it('keeps the raw HTML, and its facts, when rendering the home page shows nothing more', async () => {
    const parser = extractingParser();
    const origin = web.origin('test-js-shell');
    const crawl = await crawlSite(origin, testConfig({ browserFallback: true }), { parse: parser.parse });
    expect(crawl.stats.renderedWith).toBe('http');
    expect(crawl.pages.every((page) => page.renderedWith === 'http')).toBe(true);
    expect(crawl.rawVsRendered).toMatchObject({ rawLinks: 1, renderedLinks: 1, pages: 1 });
    expect(crawl.rawVsRendered?.reason).toMatch(/rendering the home page showed no more, so the raw HTML was kept$/);
    expect(crawl.rawVsRendered?.reasonMessage?.id).toBe('crawl.renderingShowedNoMore');
    // The last parse of the home page was the raw one: its facts stand.
    expect(parser.parsed.filter((page) => page.finalUrl === `${origin}/`).map((page) => page.renderedWith)).toEqual([
      'http',
      'browser',
      'http',
    ]);
  });

  it('does not start a browser for an ordinary site', async () => {
    const crawl = await crawlSite(web.origin('test-links'), testConfig({ browserFallback: true }), { parse: extractingParser().parse });
    expect(crawl.stats.renderedWith).toBe('http');
    expect(crawl.rawVsRendered).toBeUndefined();
  });
});
