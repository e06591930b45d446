// Politeness measured where it matters: on the server side.
import PQueue from 'p-queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactUrl, defaultUserAgent } from '../../src/config.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb, type ReceivedRequest } from '../../src/fixtures/server.js';
import { extractingParser, testConfig } from './helpers.js';

/** The most requests the server was handling at one moment. */
function peakConcurrency(requests: ReceivedRequest[]): number {
  return Math.max(
    ...requests.map(
      (request) =>
        requests.filter((other) => other.startedAt <= request.startedAt && request.startedAt < (other.finishedAt ?? Infinity)).length,
    ),
  );
}

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['test-politeness', 'test-crawl-delay', 'test-links'] });
});
afterAll(() => web.close());

describe('politeness', () => {
  it('never has more than two requests in flight to one host, and does use two', async () => {
    const result = await crawlSite(web.origin('test-politeness'), testConfig(), { parse: extractingParser().parse });
    expect(result.stats.htmlPages).toBe(9);
    expect(peakConcurrency(web.requests('test-politeness'))).toBe(2);
  });

  it('sends no request while the study is not ready for one (an extraction backlog), and each once it is', async () => {
    let open = false;
    const held: (() => void)[] = [];
    let asked = 0;
    const readyForRequest = () => {
      asked += 1;
      return open ? Promise.resolve() : new Promise<void>((resolve) => held.push(resolve));
    };
    const before = web.requests('test-politeness').length;
    const crawling = crawlSite(web.origin('test-politeness'), testConfig(), { parse: extractingParser().parse, readyForRequest });
    // robots.txt is the first request: it waits, and nothing reaches the server meanwhile.
    while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(web.requests('test-politeness').length).toBe(before);
    open = true;
    for (const resume of held.splice(0)) resume();
    const result = await crawling;
    expect(result.stats.htmlPages).toBe(9);
    const sent = web.requests('test-politeness').length - before;
    expect(sent).toBeGreaterThan(9);
    // Every request asked first (probes of hosts that do not answer ask too, and reach no server).
    expect(asked).toBeGreaterThanOrEqual(sent);
  });

  it('leaves the Crawl-delay robots.txt asks of muniseo between two requests', async () => {
    const result = await crawlSite(web.origin('test-crawl-delay'), testConfig(), { parse: extractingParser().parse });
    expect(result.outcome).toBe('ok');
    const requests = web.requests('test-crawl-delay');
    // robots.txt and the home page come before the delay is known; every later request waits.
    const paced = requests.slice(2);
    expect(paced.map((request) => request.path)).toEqual(expect.arrayContaining(['/a/', '/b/', '/sitemap.xml']));
    const gaps = paced.slice(1).map((request, index) => request.startedAt - (paced[index]?.startedAt ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(450);
  });

  it('introduces itself with a User-Agent naming muniseo and a contact URL', async () => {
    await crawlSite(web.origin('test-links'), testConfig(), { parse: extractingParser().parse });
    const agents = new Set(web.requests('test-links').map((request) => request.userAgent));
    expect([...agents]).toEqual([defaultUserAgent]);
    expect(defaultUserAgent).toContain('muniseo/');
    expect(defaultUserAgent).toContain(`+${contactUrl}`);
  });

  it('shares one study-wide limit between sites crawled at the same time', async () => {
    const before = web.requests().length;
    const globalLimiter = new PQueue({ concurrency: 1 });
    const hooks = () => ({ parse: extractingParser().parse, globalLimiter });
    const results = await Promise.all([
      crawlSite(web.origin('test-politeness'), testConfig(), hooks()),
      crawlSite(web.origin('test-links'), testConfig(), hooks()),
    ]);
    expect(results.map((result) => result.outcome)).toEqual(['ok', 'ok']);
    const requests = web.requests().slice(before);
    expect(new Set(requests.map((request) => request.site))).toEqual(new Set(['test-politeness', 'test-links']));
    expect(peakConcurrency(requests)).toBe(1);
  });
});
