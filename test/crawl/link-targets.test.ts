// Link targets the crawl did not fetch are verified within the budget: a sample chosen by hash,
// asked with HEAD (a GET confirms an error), with the crawl's politeness; scheme-less host names
// are broken links. Cibleville's home page links six pages, two PDFs (one dead), a document in a
// folder robots.txt closes, and `www.cc-pays-cible.fr` written without a scheme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../src/audit.js';
import { hashOrder } from '../../src/crawl/breadth-first.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { defaultStudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { CheckResult, SiteCrawl, SiteResult } from '../../src/model/index.js';
import { extractingParser, testConfig } from './helpers.js';

let web: FixtureWeb;
let origin: string;
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['test-link-targets'] });
  origin = web.origin('test-link-targets');
});
afterAll(() => web.close());

const requestsTo = (path: string) => web.requests('test-link-targets').filter((request) => request.path === path);

describe('a crawl whose page limit leaves targets unfetched (4 pages)', () => {
  let crawl: SiteCrawl;
  beforeAll(async () => {
    crawl = await crawlSite(origin, testConfig({ maxPages: 4 }), { parse: extractingParser().parse });
  });

  it('verifies every target it did not fetch, robots.txt’s closed folder left out', () => {
    const fetched = crawl.pages.map((page) => new URL(page.requestedUrl).pathname);
    expect(fetched).toEqual(['/', '/mairie/', '/services/', '/ecoles/']);
    const verified = crawl.linkTargets?.checks.map((check) => new URL(check.url).pathname).sort();
    expect(verified).toEqual(['/contact/', '/culture/', '/documents/budget-2025.pdf', '/documents/pv-conseil-2019.pdf', '/sport/']);
    expect(crawl.linkTargets?.unfetched).toBe(5);
    expect(requestsTo('/prive/registre-interne.pdf')).toEqual([]);
  });

  it('asks with HEAD, and confirms an error answer with a GET whose answer stands', () => {
    const byPath = new Map(crawl.linkTargets?.checks.map((check) => [new URL(check.url).pathname, check]));
    expect(byPath.get('/documents/budget-2025.pdf')).toMatchObject({ status: 200, method: 'HEAD', contentType: 'application/pdf' });
    expect(byPath.get('/documents/pv-conseil-2019.pdf')).toMatchObject({ status: 404, method: 'GET' });
    expect(requestsTo('/documents/budget-2025.pdf').map((request) => request.method)).toEqual(['HEAD']);
    expect(requestsTo('/documents/pv-conseil-2019.pdf').map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it('keeps the per-host limit: never more than two requests at once to the site', () => {
    const requests = web.requests('test-link-targets');
    const overlapping = requests.map(
      (request) =>
        requests.filter((other) => other.startedAt <= request.startedAt && (other.finishedAt ?? Infinity) > request.startedAt).length,
    );
    expect(Math.max(...overlapping)).toBeLessThanOrEqual(2);
  });

  it('counts the pages whose links are unknown: the three pages beyond the limit, not the documents', () => {
    expect(crawl.stats.coverage).toMatchObject({ unexploredLinks: 3, unexploredDepth: 1 });
  });
});

describe('the same site audited: broken-internal-links', () => {
  let result: SiteResult;
  let finding: CheckResult;
  beforeAll(async () => {
    const config = defaultStudyConfig();
    config.lighthouse.enabled = false;
    config.crawl.renderHome = false;
    config.crawl.browserFallback = false;
    // The fixture web lives on 127.0.0.1.
    config.crawl.allowPrivateNetwork = true;
    config.crawl.maxPages = 4;
    result = await auditSite({ id: 'cibleville', name: 'Cibleville', kind: 'commune', url: `${origin}/` }, { config });
    finding = result.checks.find((check) => check.id === 'broken-internal-links')!;
  });

  it('finds the scheme-less link and the dead PDF beyond the page limit broken, and says how many targets were verified', () => {
    expect(finding.status).toBe('fail');
    // Eleven targets: the home page (linked back from the inner pages), six pages, three documents and the
    // scheme-less link; all but the document robots.txt keeps muniseo from are verified.
    expect(finding.message).toMatchObject({
      id: 'brokenTargets',
      values: { broken: 2, checked: 10, targets: 11, url: `${origin}/documents/pv-conseil-2019.pdf`, status: 404 },
    });
    expect(finding.examples).toEqual([`${origin}/documents/pv-conseil-2019.pdf`, `${origin}/www.cc-pays-cible.fr`]);
    expect(finding.evidence).toBe(
      `2 of 10 verified link targets are broken (11 targets in all), e.g. ${origin}/documents/pv-conseil-2019.pdf (HTTP 404) linked from ${origin}/`,
    );
  });
});

describe('the verification sample', () => {
  it('is ordered by a hash of the path and query: the same whatever the order found, the scheme, host or port', () => {
    const paths = ['/a/', '/b.pdf', '/c/?page=2', '/d/', '/e/'];
    const ordered = hashOrder(paths.map((path) => `http://127.0.0.1:8080${path}`)).map(
      (url) => new URL(url).pathname + new URL(url).search,
    );
    const reversed = hashOrder([...paths].reverse().map((path) => `https://www.cible.test${path}`)).map(
      (url) => new URL(url).pathname + new URL(url).search,
    );
    expect(reversed).toEqual(ordered);
    expect(ordered).not.toEqual(paths);
  });
});
