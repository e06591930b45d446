// Where Crawlee's RobotsTxtFile (@crawlee/utils 3.18.1, on robots-parser 3.0.1) falls short of
// RFC 9309, and why muniseo parses robots.txt itself. Each case runs both parsers on the same
// text; where they agree, the test says so too.
import { CheerioCrawler, Configuration, Log, LogLevel } from '@crawlee/cheerio';
import { RobotsTxtFile } from '@crawlee/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRobotsTxt } from '../../src/crawl/robots.js';
import { isAllowed } from '../../src/model/index.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { extractingParser, testConfig } from './helpers.js';

const origin = 'https://www.saint-exemple.test';
const both = (text: string, path: string, token?: string) => ({
  muniseo: isAllowed(parseRobotsTxt(text, `${origin}/robots.txt`), `${origin}${path}`, token ?? 'muniseo'),
  crawlee: RobotsTxtFile.from(`${origin}/robots.txt`, text).isAllowed(`${origin}${path}`, token),
});

describe('robots.txt: muniseo against Crawlee RobotsTxtFile', () => {
  it('agree on longest match, Allow on ties, * and $, and encoded non-ASCII paths', () => {
    expect(both('User-agent: *\nDisallow: /agenda/\nAllow: /agenda/evenements/\n', '/agenda/evenements/x', 'muniseo')).toEqual({
      muniseo: true,
      crawlee: true,
    });
    expect(both('User-agent: *\nDisallow: /page\nAllow: /page\n', '/page', 'muniseo')).toEqual({ muniseo: true, crawlee: true });
    expect(both('User-agent: *\nDisallow: /*.pdf$\n', '/budget.pdf', 'muniseo')).toEqual({ muniseo: false, crawlee: false });
    expect(both('User-agent: *\nDisallow: /démarches/\n', '/d%C3%A9marches/x', 'muniseo')).toEqual({ muniseo: false, crawlee: false });
  });

  it('differ on escapes of unreserved characters: RFC 9309 §2.2.2 says /foo/bar/%62%61%7A matches /foo/bar/baz', () => {
    expect(both('User-agent: *\nDisallow: /foo/bar/%62%61%7A\n', '/foo/bar/baz', 'muniseo')).toEqual({ muniseo: false, crawlee: true });
  });

  it('differ when a Sitemap line sits inside a group: RFC 9309 §2.2.4 says other records must not change the groups', () => {
    const text = `User-agent: muniseo\nSitemap: ${origin}/sitemap.xml\nUser-agent: otherbot\nDisallow: /prive/\n`;
    expect(both(text, '/prive/', 'muniseo')).toEqual({ muniseo: false, crawlee: true });
  });

  it('differ by default on the group: RobotsTxtFile.isAllowed(url) asks for *, and crawlers pass * unless configured', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: muniseo\nAllow: /\n';
    expect(both(text, '/mairie/')).toEqual({ muniseo: true, crawlee: false });
  });
});

describe('robots.txt answering 5xx: Crawlee crawls, RFC 9309 §2.3.1.4 says stop', () => {
  let web: FixtureWeb;
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-robots-5xx'] });
  });
  afterAll(() => web.close());

  it('RobotsTxtFile.find reads the 503 error page as an empty robots.txt, and a CheerioCrawler respecting robots.txt fetches the site', async () => {
    const home = `${web.origin('test-robots-5xx')}/`;
    // got-scraping does not throw on HTTP errors: the body of the 503 is parsed as rules (none).
    expect((await RobotsTxtFile.find(home)).isAllowed(home, 'muniseo')).toBe(true);
    const fetched: string[] = [];
    const crawler = new CheerioCrawler(
      {
        respectRobotsTxtFile: true,
        maxRequestsPerCrawl: 1,
        log: new Log({ level: LogLevel.OFF }),
        requestHandler: async ({ request }) => {
          fetched.push(request.url);
        },
      },
      new Configuration({ persistStorage: false }),
    );
    await crawler.run([home]);
    expect(fetched).toEqual([home]);

    const ours = await crawlSite(home, testConfig(), { parse: extractingParser().parse });
    expect(ours.outcome).toBe('blocked-by-robots');
    expect(ours.pages).toEqual([]);
  });
});
