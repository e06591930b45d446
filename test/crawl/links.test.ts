import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { normaliseUrl, originOf, sameSite, type SiteCrawl, slashTwin, twinHosts } from '../../src/model/index.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { extractingParser, pathsOf, testConfig, type ExtractingParser } from './helpers.js';

describe('URL normalisation', () => {
  it('drops the fragment, the default port and an empty query, and lower-cases scheme and host', () => {
    expect(normaliseUrl('HTTPS://Www.Ville.TEST:443/Mairie/?#horaires')).toBe('https://www.ville.test/Mairie/');
    expect(normaliseUrl('http://ville.test:80/a?b=1#c')).toBe('http://ville.test/a?b=1');
  });

  it('keeps the trailing slash and the case of the path: they may be different pages', () => {
    expect(normaliseUrl('https://ville.test/mairie')).not.toBe(normaliseUrl('https://ville.test/mairie/'));
    expect(slashTwin('https://ville.test/mairie')).toBe('https://ville.test/mairie/');
    expect(slashTwin('https://ville.test/mairie/?a=1')).toBe('https://ville.test/mairie?a=1');
    expect(slashTwin('https://ville.test/')).toBeUndefined();
  });

  it('gives a URL its origin, and none to a URL that does not parse', () => {
    expect(originOf('HTTPS://Www.Ville.TEST:443/mairie/?a=1#b')).toBe('https://www.ville.test');
    expect(originOf('http://127.0.1.2:8080/contact/')).toBe('http://127.0.1.2:8080');
    expect(originOf('pas une adresse')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});

describe('site scope', () => {
  it('takes in the www and bare twins on http and https, and nothing else', () => {
    const site = 'https://www.ville.test';
    expect(sameSite('http://ville.test/contact/', site)).toBe(true);
    expect(sameSite('https://WWW.VILLE.TEST/contact/', site)).toBe(true);
    expect(sameSite('https://agenda.ville.test/', site)).toBe(false);
    expect(sameSite('https://ville.test.autre.test/', site)).toBe(false);
    expect(sameSite('https://www.ville.test:8443/', site)).toBe(false);
    expect(sameSite('mailto:mairie@ville.test', site)).toBe(false);
  });

  it('names the twin hosts, with the port when there is one', () => {
    expect(twinHosts('www.ville.test')).toEqual(['ville.test', 'www.ville.test']);
    expect(twinHosts('ville.test:8080')).toEqual(['ville.test:8080', 'www.ville.test:8080']);
    expect(twinHosts('127.0.0.1:8080')).toEqual(['127.0.0.1:8080']);
  });
});

describe('links on a real page', () => {
  let web: FixtureWeb;
  let crawl: SiteCrawl;
  let parser: ExtractingParser;
  let origin: string;
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-links'] });
    origin = web.origin('test-links');
    parser = extractingParser();
    crawl = await crawlSite(origin, testConfig(), { parse: parser.parse });
  });
  afterAll(() => web.close());

  it('resolves relative links against <base href>, follows nofollow links, and fetches a page once whatever its fragment', () => {
    expect(pathsOf(crawl.pages)).toEqual(['/', '/rubrique/page-relative/', '/contact/', '/mairie/', '/services', '/services/']);
  });

  it('keeps rel=nofollow as a fact of the link', () => {
    const home = parser.facts.get(`${origin}/`);
    expect(home?.links.find((link) => link.href === '/contact/')?.rel).toEqual(['nofollow']);
  });

  it('records a scheme-less www. link as broken and does not crawl it', () => {
    const home = parser.facts.get(`${origin}/`);
    expect(home?.links.find((link) => link.href === 'www.cc-fictive.fr')?.kind).toBe('schemeless-www');
    expect(web.requests('test-links').some((request) => request.path.includes('www.cc-fictive.fr'))).toBe(false);
  });

  it('keeps a page served both with and without its trailing slash as two pages, without merging them', () => {
    const crawled = crawl.pages.map((page) => page.finalUrl);
    expect(crawled).toContain(`${origin}/services/`);
    expect(crawled).toContain(`${origin}/services`);
  });
});
