// robots.txt as the crawl obeys it, against real HTTP servers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { extractingParser, pathsOf, testConfig } from './helpers.js';

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb({
    only: [
      'test-robots-5xx',
      'test-robots-disallow',
      'test-robots-403',
      'test-robots-groups',
      'test-robots-engines-only',
      'test-robots-googlebot-pages',
    ],
  });
});
afterAll(() => web.close());

const crawl = (name: string, overrides = {}) => crawlSite(web.origin(name), testConfig(overrides), { parse: extractingParser().parse });

describe('the crawl and robots.txt', () => {
  it('treats a site whose robots.txt answers 5xx as disallowed for now, records why and fetches nothing else', async () => {
    const result = await crawl('test-robots-5xx');
    expect(result.outcome).toBe('blocked-by-robots');
    expect(result.reason).toBe('robots.txt answered HTTP 503: RFC 9309 says to treat the whole site as disallowed for now');
    expect(result.robots).toMatchObject({ status: 'unavailable', httpStatus: 503 });
    expect(result.pages).toEqual([]);
    expect(web.requests('test-robots-5xx').map((request) => request.path)).toEqual(['/robots.txt']);
  });

  it('stops at robots.txt when it disallows the whole site to every robot: the site is invisible to search engines', async () => {
    // Another test crawls this site with robots.txt ignored: look only at this crawl's requests.
    const before = web.requests('test-robots-disallow').length;
    const result = await crawl('test-robots-disallow');
    expect(result.outcome).toBe('invisible');
    expect(result.reason).toBe('robots.txt disallows the whole site (/) to muniseo, Googlebot and Bingbot');
    expect(
      web
        .requests('test-robots-disallow')
        .slice(before)
        .map((request) => request.path),
    ).toEqual(['/robots.txt']);
  });

  it('does not crawl a site that refuses muniseo but lets search engines in, and says it stays visible', async () => {
    const before = web.requests('test-robots-engines-only').length;
    const result = await crawl('test-robots-engines-only');
    expect(result.outcome).toBe('refuses-crawler');
    expect(result.reason).toBe(
      'robots.txt disallows the whole site (/) to muniseo but lets Googlebot and Bingbot in: muniseo respects the refusal; the site stays visible to search engines',
    );
    expect(result.reasonMessages).toEqual([
      { id: 'crawl.robotsRefusesCrawler', values: { agent: 'muniseo', engines: ['Googlebot', 'Bingbot'] } },
    ]);
    expect(
      web
        .requests('test-robots-engines-only')
        .slice(before)
        .map((request) => request.path),
    ).toEqual(['/robots.txt']);
  });

  it('crawls what only Googlebot is refused, as muniseo is allowed there', async () => {
    const result = await crawl('test-robots-googlebot-pages');
    expect(result.outcome).toBe('ok');
    expect(pathsOf(result.pages)).toEqual(['/', '/actualites/', '/prive/']);
  });

  it('crawls a site whose robots.txt answers 403 as if it had none', async () => {
    const result = await crawl('test-robots-403');
    expect(result.outcome).toBe('ok');
    expect(result.robots).toMatchObject({ status: 'missing', httpStatus: 403 });
    expect(pathsOf(result.pages)).toEqual(['/', '/mairie/']);
  });

  it('follows the muniseo group, skips what it disallows and counts the skipped links', async () => {
    const result = await crawl('test-robots-groups');
    expect(result.outcome).toBe('ok');
    expect(pathsOf(result.pages)).toEqual(['/', '/mairie/', '/prive/horaires']);
    expect(result.stats.skippedByRobots).toBe(2);
  });

  it('ignores robots.txt only when told to (respectRobots: false, for a site owner auditing their own site)', async () => {
    const result = await crawl('test-robots-disallow', { respectRobots: false });
    expect(result.outcome).toBe('ok');
    // Its home links to /mairie/, a page the fixture does not have.
    expect(result.pages.map((page) => [new URL(page.finalUrl).pathname, page.status])).toEqual([
      ['/', 200],
      ['/mairie/', 404],
    ]);
  });
});
