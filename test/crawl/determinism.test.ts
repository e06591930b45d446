// With a page limit, the same site content gives the same pages, whatever order responses arrive in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { extractingParser, pathsOf, testConfig } from './helpers.js';

describe('deterministic crawl', () => {
  let web: FixtureWeb;
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-generated', 'test-generated-jitter'] });
  });
  afterAll(() => web.close());

  const crawl = (name: string) =>
    crawlSite(web.origin(name), testConfig({ maxPages: 40, perHostConcurrency: 4 }), { parse: extractingParser().parse });

  it('keeps the same 40 pages of a 300-page site when responses arrive in a shuffled order', async () => {
    const ordered = await crawl('test-generated');
    const shuffled = await crawl('test-generated-jitter');
    const again = await crawl('test-generated-jitter');
    expect(ordered.pages).toHaveLength(40);
    expect(ordered.stats.limitReached).toBe('pages');
    expect(pathsOf(shuffled.pages)).toEqual(pathsOf(ordered.pages));
    expect(pathsOf(again.pages)).toEqual(pathsOf(ordered.pages));

    // The responses did arrive in another order than the crawl keeps (the comparison is not vacuous).
    const pageRequests = web
      .requests('test-generated-jitter')
      .filter((request) => /-\d+\/$/.test(request.path))
      .slice(0, 39);
    const byCompletion = [...pageRequests].sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0)).map((request) => request.path);
    expect(byCompletion).not.toEqual(pageRequests.map((request) => request.path));
  });
});
