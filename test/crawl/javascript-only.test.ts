// JavaScript-only sites rendered in the system Chromium through Playwright (src/crawl/render.ts).
// Chromium is slow to start: each browser launch here is one that a behaviour needs.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../src/audit.js';
import { defaultStudyConfig, defaultUserAgent } from '../../src/config.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { renderCrawlMessage, type SiteCrawl, type SiteResult } from '../../src/model/index.js';
import { extractingParser, pathsOf, testConfig, type ExtractingParser } from './helpers.js';

let web: FixtureWeb;
const storageExisted = existsSync('storage');
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['appli-sur-mer', 'test-js-shell', 'test-links', 'test-js-menu'] });
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

describe('a menu built by JavaScript (Menuville: the raw HTML links 5 pages, the rendered menu 15)', () => {
  const menuPages = [
    '/mairie/',
    '/services/',
    '/actualites/',
    '/contact/',
    '/mentions-legales/',
    '/ecoles/',
    '/culture/',
    '/sport/',
    '/urbanisme/',
    '/etat-civil/',
    '/elections/',
    '/associations/',
    '/marches-publics/',
    '/conseil-municipal/',
    '/bibliotheque/',
  ];
  let result: SiteResult;
  let origin: string;
  beforeAll(async () => {
    origin = web.origin('test-js-menu');
    const config = defaultStudyConfig();
    config.lighthouse.enabled = false;
    // The fixture web lives on 127.0.0.1.
    config.crawl.allowPrivateNetwork = true;
    result = await auditSite({ id: 'menuville', name: 'Menuville', kind: 'commune', url: `${origin}/` }, { config });
  });

  it('renders the home page once and crawls the 15 pages of the rendered menu, one click from the home page', () => {
    const crawled = result.pages.map((page) => new URL(page.url).pathname);
    expect(crawled.slice(1).sort()).toEqual([...menuPages].sort());
    expect(result.pages.slice(1).every((page) => page.depth === 1 && page.discoveredBy === 'link')).toBe(true);
    // Over HTTP: only the home page went through Chromium, once.
    expect(result.crawl.renderedWith).toBe('http');
    expect(web.requests('test-js-menu').filter((request) => request.path === '/menu.js')).toHaveLength(1);
  });

  it('keeps the raw-versus-rendered gap and reports it as a finding', () => {
    expect(result.crawl.rawVsRendered?.homeLinks).toMatchObject({ raw: 6, rendered: 16 });
    expect(result.crawl.rawVsRendered?.homeLinks?.revealed).toHaveLength(10);
    expect(result.crawl.rawVsRendered?.reasonMessage).toEqual({ id: 'crawl.renderingRevealedLinks', values: { count: 10 } });
    const finding = result.checks.find((check) => check.id === 'content-without-javascript');
    expect(finding).toMatchObject({
      status: 'fail',
      message: { id: 'linksMostlyRendered', values: { revealed: 10, rendered: 16, url: `${origin}/ecoles/` } },
    });
  });

  it('without the home page render, crawls only what the raw HTML links', async () => {
    const crawl = await crawlSite(origin, testConfig({ renderHome: false }), { parse: extractingParser().parse });
    expect(pathsOf(crawl.pages)).toEqual(['/', '/mairie/', '/services/', '/actualites/', '/contact/', '/mentions-legales/']);
    expect(crawl.rawVsRendered).toBeUndefined();
  });

  it('without Chromium, crawls the raw HTML and records a note rather than failing', async () => {
    const chromePath = process.env['CHROME_PATH'];
    process.env['CHROME_PATH'] = '/nonexistent/chromium-for-this-test';
    try {
      const crawl = await crawlSite(origin, testConfig({ renderHome: true }), { parse: extractingParser().parse });
      expect(crawl.outcome).toBe('ok');
      expect(crawl.pages).toHaveLength(6);
      expect(crawl.reasonMessages).toEqual([{ id: 'crawl.homeRenderNoChromium' }]);
      expect(crawl.reason).toBe('the home page was not rendered: no Chromium was found, so links built by JavaScript are not crawled');
    } finally {
      if (chromePath === undefined) delete process.env['CHROME_PATH'];
      else process.env['CHROME_PATH'] = chromePath;
    }
  });
});
