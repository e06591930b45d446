// Why muniseo's HTTP crawl is not Crawlee's CheerioCrawler (3.18.1): two of the reasons, shown
// on the same fixture sites. (The others — redirects without their hops, two parses per page,
// a crawled set that depends on timing under a page limit — are code facts, cited in the
// crawl's design notes.)
import { CheerioCrawler, Configuration, Log, LogLevel } from '@crawlee/cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { extractingParser, testConfig } from './helpers.js';

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['vieux-bourg', 'test-errors'] });
});
afterAll(() => web.close());

function cheerioCrawler(options: ConstructorParameters<typeof CheerioCrawler>[0]): CheerioCrawler {
  return new CheerioCrawler(
    { maxRequestRetries: 0, log: new Log({ level: LogLevel.OFF }), ...options },
    new Configuration({ persistStorage: false }),
  );
}

describe('CheerioCrawler against muniseo on the same pages', () => {
  it('CheerioCrawler decodes an ISO-8859-1 page declared by <meta http-equiv> as UTF-8 and loses its accents', async () => {
    const home = `${web.origin('vieux-bourg')}/`;
    const titles: string[] = [];
    await cheerioCrawler({
      requestHandler: async ({ $ }) => {
        titles.push($('title').text());
      },
    }).run([home]);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toContain('\uFFFD');

    const parser = extractingParser();
    await crawlSite(home, testConfig({ maxPages: 1 }), { parse: parser.parse });
    expect(parser.facts.get(home)?.title).toBe('Vieux-Bourg-lès-Songes - Commune de Mayenne, côté bocage');
  });

  it('CheerioCrawler turns a 500 into an exception its handler never sees; muniseo records the page with its status', async () => {
    const broken = `${web.origin('test-errors')}/panne/`;
    const handled: string[] = [];
    const failures: string[] = [];
    await cheerioCrawler({
      requestHandler: async ({ request }) => {
        handled.push(request.url);
      },
      failedRequestHandler: async (_context, error) => {
        failures.push(error.message);
      },
    }).run([broken]);
    expect(handled).toEqual([]);
    expect(failures[0]).toMatch(/^500 - Internal Server Error/);

    const crawl = await crawlSite(web.origin('test-errors'), testConfig(), { parse: extractingParser().parse });
    expect(crawl.pages.find((page) => page.requestedUrl === broken)).toMatchObject({ status: 500, attempts: 2 });
  });
});
