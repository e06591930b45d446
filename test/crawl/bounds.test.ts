// The bounds of one site's crawl: pages, depth, bytes per response, time per request and per site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { renderCrawlMessages, type SiteCrawl } from '../../src/model/index.js';
import { extractingParser, pathsOf, testConfig, type ExtractingParser } from './helpers.js';

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['test-bounds', 'test-budget'] });
});
afterAll(() => web.close());

describe('bounds of a crawl', () => {
  let crawl: SiteCrawl;
  let parser: ExtractingParser;
  beforeAll(async () => {
    parser = extractingParser();
    // Timeouts count wall-clock time: a parse that blocks the event loop counts against requests
    // in flight, hence a small byte cap, and a timeout (10 s) far from the slow page's 30 s and far
    // above what the other pages take on a busy machine.
    crawl = await crawlSite(web.origin('test-bounds'), testConfig({ maxDepth: 3, maxBytes: 256 * 1024, requestTimeoutSecs: 10 }), {
      parse: parser.parse,
    });
  });

  it('stops following links at the depth limit and says so', () => {
    expect(pathsOf(crawl.pages).filter((path) => path.startsWith('/profondeur/'))).toEqual([
      '/profondeur/1/',
      '/profondeur/2/',
      '/profondeur/3/',
    ]);
    expect(crawl.stats.maxDepth).toBe(3);
    expect(crawl.stats.limitReached).toBe('depth');
  });

  it('reads a huge page up to the byte cap, marks it truncated and still parses what it read', () => {
    const report = crawl.pages.find((page) => page.requestedUrl.endsWith('/rapport-annuel/'));
    expect(report).toMatchObject({ status: 200, size: 256 * 1024, truncated: true });
    const facts = parser.facts.get(report?.finalUrl ?? '');
    expect(facts?.title).toBe('Rapport annuel (très long)');
    // The link at the very end of the 3 MB page was beyond the cap.
    expect(facts?.links.map((link) => link.href)).toEqual(['/']);
  });

  it('gives up on a page slower than the request timeout and records why', () => {
    const slow = crawl.pages.find((page) => page.requestedUrl.endsWith('/lente/'));
    expect(slow).toMatchObject({ status: 0, error: 'no complete answer within 10000 ms' });
    expect(crawl.outcome).toBe('ok');
  });

  it('keeps the first pages in breadth-first order at the page limit', async () => {
    const limited = await crawlSite(web.origin('test-bounds'), testConfig({ maxPages: 3, maxBytes: 64 * 1024 }), {
      parse: extractingParser().parse,
    });
    expect(pathsOf(limited.pages)).toEqual(['/', '/profondeur/1/', '/rapport-annuel/']);
    expect(limited.stats.limitReached).toBe('pages');
  });

  it('stops at the site time budget, keeps what it crawled and says so', async () => {
    const limited = await crawlSite(web.origin('test-budget'), testConfig({ siteBudgetSecs: 1.5 }), { parse: extractingParser().parse });
    // Six pages of one second each, two at a time, would take three seconds: at most the first two fit
    // (fewer on a machine too busy to fetch the home page at once: npm test failed so, 2026-12-01).
    expect(limited.outcome).toBe('ok');
    expect(limited.stats.limitReached).toBe('time');
    expect(limited.reason).toBe('time budget of 1.5 s reached; kept what was crawled');
    expect(limited.reasonMessages).toEqual([{ id: 'crawl.budgetReached', values: { seconds: 1.5 } }]);
    expect(renderCrawlMessages(limited.reasonMessages ?? [], 'fr')).toBe(
      'budget de temps de 1,5 s atteint ; les pages déjà explorées sont gardées',
    );
    const kept = pathsOf(limited.pages);
    expect(kept[0]).toBe('/');
    expect(['/', '/lent/1/', '/lent/2/']).toEqual(expect.arrayContaining(kept));
  });
});
