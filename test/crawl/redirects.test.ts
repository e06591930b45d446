import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { SiteCrawl } from '../../src/model/index.js';
import { extractingParser, testConfig, type ExtractingParser } from './helpers.js';
import { fixtureLookup } from './network.js';

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['test-redirects', 'test-twins', 'test-soft404'] });
});
afterAll(() => web.close());

describe('redirects', () => {
  let crawl: SiteCrawl;
  let parser: ExtractingParser;
  let origin: string;
  const page = (path: string) => crawl.pages.find((snapshot) => snapshot.requestedUrl === `${origin}${path}`);
  beforeAll(async () => {
    origin = web.origin('test-redirects');
    parser = extractingParser();
    crawl = await crawlSite(origin, testConfig(), { parse: parser.parse });
  });

  it('records a redirect chain hop by hop, with each status and location', () => {
    expect(page('/ancienne-page')).toMatchObject({
      finalUrl: `${origin}/nouvelle-page/`,
      status: 200,
      redirectChain: [
        { url: `${origin}/ancienne-page`, status: 301, location: `${origin}/etape-2` },
        { url: `${origin}/etape-2`, status: 302, location: `${origin}/nouvelle-page/` },
      ],
    });
  });

  it('resolves a relative Location against the URL that sent it', () => {
    expect(page('/relative/ici')?.redirectChain).toEqual([
      { url: `${origin}/relative/ici`, status: 308, location: `${origin}/nouvelle-page/` },
    ]);
  });

  it('detects a redirect loop and records it as the failure of the page', () => {
    expect(page('/boucle-a')).toMatchObject({
      status: 0,
      error: `redirect loop: ${origin}/boucle-a → ${origin}/boucle-b → ${origin}/boucle-a`,
    });
    expect(page('/boucle-a')?.redirectChain).toHaveLength(2);
  });

  it('records a Location that is not a URL', () => {
    expect(page('/mauvaise')?.error).toBe(`invalid redirect Location "http://[pas-une-adresse" from ${origin}/mauvaise`);
  });

  it('parses a page reached under several URLs once', () => {
    expect(parser.parsed.filter((snapshot) => snapshot.finalUrl === `${origin}/nouvelle-page/`)).toHaveLength(1);
    expect(crawl.pages.filter((snapshot) => snapshot.finalUrl === `${origin}/nouvelle-page/`)).toHaveLength(3);
  });
});

describe('home page probes', () => {
  it('records where the http/https and www/bare variants of the home page land', async () => {
    const port = web.sites.get('test-twins')?.port;
    const crawl = await crawlSite(`http://ville-jumelle.test:${port}/`, testConfig(), {
      parse: extractingParser().parse,
      network: { lookup: fixtureLookup, ca: [web.certificate?.cert ?? ''] },
    });
    const canonical = `https://www.ville-jumelle.test:${port}/`;
    expect(crawl.outcome).toBe('ok');
    expect(crawl.pages[0]?.finalUrl).toBe(canonical);
    expect(
      crawl.homeProbes.map((probe) => [probe.url, probe.finalUrl, probe.status, probe.redirectChain.map((hop) => hop.status)]),
    ).toEqual([
      [`http://ville-jumelle.test:${port}/`, canonical, 200, [301, 301]],
      [`http://www.ville-jumelle.test:${port}/`, canonical, 200, [301]],
      [`https://ville-jumelle.test:${port}/`, canonical, 200, [301]],
      [`https://www.ville-jumelle.test:${port}/`, canonical, 200, []],
    ]);
    // robots.txt was read where the site lives.
    expect(crawl.robots.url).toBe(`${canonical}robots.txt`);
  });

  it('ends a site whose certificate cannot be trusted as unreachable, with the TLS reason', async () => {
    const port = web.sites.get('test-twins')?.port;
    const crawl = await crawlSite(`https://www.ville-jumelle.test:${port}/`, testConfig(), {
      parse: extractingParser().parse,
      network: { lookup: fixtureLookup },
    });
    expect(crawl.outcome).toBe('unreachable');
    expect(crawl.reason).toBe('TLS error: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)');
  });
});

describe('soft-404 probe', () => {
  it('records the 200 a site gives to a page that cannot exist', async () => {
    const crawl = await crawlSite(web.origin('test-soft404'), testConfig(), { parse: extractingParser().parse });
    expect(crawl.soft404?.url).toMatch(/\/muniseo-page-qui-n-existe-pas-[0-9a-f]+$/);
    expect(crawl.soft404?.status).toBe(200);
  });

  it('records the 404 of a site that answers correctly', async () => {
    const crawl = await crawlSite(web.origin('test-redirects'), testConfig(), { parse: extractingParser().parse });
    expect(crawl.soft404?.status).toBe(404);
  });
});
