// A site that cannot be crawled is a result: an outcome and a reason a reader understands.
import PQueue from 'p-queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { renderCrawlMessages } from '../../src/model/index.js';
import { extractingParser, testConfig } from './helpers.js';

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb({
    only: [
      'test-refused',
      'test-tls',
      'test-hanging',
      'test-403',
      'test-flapping',
      'test-robots-5xx',
      'test-robots-disallow',
      'test-links',
      'test-charsets',
      'test-traps',
    ],
  });
});
afterAll(() => web.close());

const crawl = (url: string) => crawlSite(url, testConfig({ requestTimeoutSecs: 2 }), { parse: extractingParser().parse });

describe('failures are results', () => {
  it('ends each kind of failure as an outcome with a readable reason', async () => {
    const host = (name: string) => new URL(web.origin(name)).host;
    const cases = [
      ['http://mairie-de-nulle-part.invalid/', 'unreachable', 'DNS lookup failed (ENOTFOUND) for mairie-de-nulle-part.invalid'],
      [web.origin('test-refused'), 'unreachable', `connection refused by ${host('test-refused')}`],
      [web.origin('test-tls'), 'unreachable', 'TLS error: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)'],
      [web.origin('test-hanging'), 'timeout', 'home page: no complete answer within 2000 ms'],
      [web.origin('test-403'), 'http-error', 'the home page answered HTTP 403'],
      [web.origin('test-robots-disallow'), 'invisible', 'robots.txt disallows the whole site (/) to muniseo, Googlebot and Bingbot'],
      [
        web.origin('test-robots-5xx'),
        'blocked-by-robots',
        'robots.txt answered HTTP 503: RFC 9309 says to treat the whole site as disallowed for now',
      ],
      ['ftp://mairie.test/', 'error', 'not an http(s) URL: ftp://mairie.test/'],
    ];
    const results = await Promise.all(cases.map(([url]) => crawl(url ?? '')));
    expect(results.map((result, index) => [cases[index]?.[0], result.outcome, result.reason])).toEqual(cases);

    // The same reasons as message ids and values, which the report renders in its own language.
    expect(results.map((result) => result.reasonMessages)).toEqual([
      [{ id: 'fetch.dnsFailed', values: { code: 'ENOTFOUND', host: 'mairie-de-nulle-part.invalid' } }],
      [{ id: 'fetch.refused', values: { host: host('test-refused') } }],
      [{ id: 'fetch.tls', values: { problem: { id: 'tls.selfSigned' }, code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } }],
      [{ id: 'crawl.homePageFailed', values: { failure: { id: 'fetch.timeout', values: { ms: '2000' } } } }],
      [{ id: 'crawl.homePageHttpError', values: { status: 403 } }],
      [{ id: 'crawl.robotsDisallowsAll', values: { agent: ['muniseo', 'Googlebot', 'Bingbot'] } }],
      [{ id: 'crawl.robotsUnavailable', values: { problem: { id: 'robots.serverError', values: { status: 503 } } } }],
      [{ id: 'crawl.notHttp', values: { url: 'ftp://mairie.test/' } }],
    ]);
    expect(results.map((result) => renderCrawlMessages(result.reasonMessages ?? [], 'fr'))).toEqual([
      'échec de la résolution DNS (ENOTFOUND) pour mairie-de-nulle-part.invalid',
      `connexion refusée par ${host('test-refused')}`,
      'erreur TLS : certificat auto-signé (DEPTH_ZERO_SELF_SIGNED_CERT)',
      'page d’accueil : pas de réponse complète en 2000 ms',
      'la page d’accueil a répondu par le code HTTP 403',
      'le robots.txt interdit tout le site (/) à muniseo, Googlebot et Bingbot',
      'le robots.txt a répondu par le code HTTP 503 : la RFC 9309 demande de considérer tout le site comme interdit pour l’instant',
      'pas une URL http(s) : ftp://mairie.test/',
    ]);
    // Each message reads back as the English reason kept beside it.
    for (const result of results) expect(renderCrawlMessages(result.reasonMessages ?? [], 'en')).toBe(result.reason);
  });

  it('records the failed home page itself', async () => {
    const result = await crawl(web.origin('test-hanging'));
    expect(result.pages).toMatchObject([
      {
        status: 0,
        error: 'no complete answer within 2000 ms',
        errorMessage: { id: 'fetch.timeout', values: { ms: '2000' } },
        errorKind: 'timeout',
        discoveredBy: 'seed',
      },
    ]);
  });

  it('retries a flapping 5xx once and keeps the page, saying it took two attempts', async () => {
    const result = await crawl(web.origin('test-flapping'));
    expect(result.outcome).toBe('ok');
    expect(result.pages.map((page) => [new URL(page.finalUrl).pathname, page.status, page.attempts])).toEqual([
      ['/', 200, 2],
      ['/actualites/', 200, 2],
    ]);
    expect(
      web
        .requests('test-flapping')
        .map((request) => request.path)
        .slice(0, 3),
    ).toEqual(['/robots.txt', '/', '/']);
  });

  it('lets the other sites of a study finish while one hangs', async () => {
    const globalLimiter = new PQueue({ concurrency: 4 });
    const finished: string[] = [];
    const crawlNamed = async (name: string, requestTimeoutSecs: number) => {
      const result = await crawlSite(web.origin(name), testConfig({ requestTimeoutSecs }), {
        parse: extractingParser().parse,
        globalLimiter,
      });
      finished.push(name);
      return result;
    };
    // The hanging site waits 10 s for its home page; the others are served in well under a second
    // on an idle machine, so a busy one has a wide margin before the order below could change.
    const hanging = crawlNamed('test-hanging', 10);
    const others = await Promise.all(['test-links', 'test-charsets', 'test-traps'].map((name) => crawlNamed(name, 3)));
    expect(others.map((other) => other.outcome)).toEqual(['ok', 'ok', 'ok']);
    // The hanging site holds one of the four global slots; the others finished without waiting for it.
    expect(finished).not.toContain('test-hanging');
    const cut = await hanging;
    expect(finished.at(-1)).toBe('test-hanging');
    // It was cut by its own request timeout, not by anything the others did.
    expect(cut).toMatchObject({ outcome: 'timeout', reason: 'home page: no complete answer within 10000 ms' });
  });
});
