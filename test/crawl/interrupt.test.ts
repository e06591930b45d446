// hooks.signal (Ctrl-C) stops a crawl promptly: requests in flight are abandoned, nothing new starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { extractingParser, pathsOf, testConfig } from './helpers.js';

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['test-budget', 'test-hanging'] });
});
afterAll(() => web.close());

describe('interrupting a crawl', () => {
  it('abandons the pages in flight, skips the probes and marks the crawl interrupted', async () => {
    const controller = new AbortController();
    const before = web.requests('test-budget').length;
    // Interrupt as soon as a slow page is in flight (whatever the machine's load).
    const watch = setInterval(() => {
      if (
        web
          .requests('test-budget')
          .slice(before)
          .some((request) => request.path.startsWith('/lent/'))
      )
        controller.abort();
    }, 10);
    const crawl = await crawlSite(web.origin('test-budget'), testConfig(), { parse: extractingParser().parse, signal: controller.signal });
    clearInterval(watch);
    // Its six slow pages take a second each: had the crawl waited for the ones in flight, they would be kept.
    expect(crawl.interrupted).toBe(true);
    expect(crawl.reason).toBe('interrupted before the crawl finished');
    expect(crawl.reasonMessages).toEqual([{ id: 'crawl.interrupted' }]);
    expect(pathsOf(crawl.pages)).toEqual(['/']);
    expect(crawl.homeProbes).toEqual([]);
    expect(crawl.soft404).toBeNull();
  });

  it('stops waiting for a home page that never answers', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const crawl = await crawlSite(web.origin('test-hanging'), testConfig({ requestTimeoutSecs: 20 }), {
      parse: extractingParser().parse,
      signal: controller.signal,
    });
    // A 20 s request timeout: the reason shows the interruption, not the timeout, ended it.
    expect(crawl).toMatchObject({ outcome: 'error', interrupted: true, reason: 'interrupted before the crawl finished' });
  });

  it('does not start when already interrupted', async () => {
    const before = web.requests().length;
    const crawl = await crawlSite(web.origin('test-budget'), testConfig(), {
      parse: extractingParser().parse,
      signal: AbortSignal.abort(),
    });
    expect(crawl).toMatchObject({ outcome: 'error', interrupted: true });
    expect(web.requests().length).toBe(before);
  });
});
