import { describe, expect, it } from 'vitest';
import { explainCheckResult } from '../../../src/checks/explain.js';
import { crawlMessage } from '../../../src/model/index.js';
import canonicalTarget from '../../../src/checks/page/canonical-target.js';
import type { PageSnapshot } from '../../../src/model/index.js';
import { checkCases, factsOf, siteContext, testOrigin } from '../../helpers/check-cases.js';

checkCases(canonicalTarget, {
  pass: [
    `<link rel="canonical" href="${testOrigin}/">`,
    { html: '<link rel="canonical" href="/">', name: 'relative canonical resolving to the page itself' },
    { html: '', headers: { Link: `<${testOrigin}/>; rel="canonical"` }, name: 'self canonical in the Link header' },
  ],
  fail: [
    {
      html: '<link rel="canonical" href="http://www.saint-exemple.test/">',
      name: 'canonical to the http:// twin of an https page',
      message: 'httpsToHttp',
      values: { target: 'http://www.saint-exemple.test/' },
    },
    {
      html: '<link rel="canonical" href="http://www.saint-exemple.test/actualites/">',
      name: 'canonical to an http:// page of an https site',
      message: 'httpsToHttp',
      values: { target: 'http://www.saint-exemple.test/actualites/' },
    },
  ],
  warn: [
    {
      html: '<link rel="canonical" href="https://www.autre-ville.test/">',
      name: 'canonical to another site',
      message: 'otherSite',
      values: { target: 'https://www.autre-ville.test/' },
    },
    {
      html: `<link rel="canonical" href="${testOrigin}/jamais-explore/">`,
      name: 'canonical target not crawled',
      message: 'targetNotCrawled',
      values: { target: `${testOrigin}/jamais-explore/` },
    },
    {
      html: '<link rel="canonical" href="https://saint-exemple.test/">',
      name: 'canonical to the bare-host twin, not crawled',
      message: 'targetNotCrawled',
    },
  ],
  na: [
    { html: '', name: 'no canonical at all', message: 'noUsableCanonical' },
    { html: '<link rel="canonical" href="">', name: 'empty canonical', message: 'noUsableCanonical' },
  ],
});

const snapshot = (url: string, overrides: Partial<PageSnapshot>): PageSnapshot => ({
  requestedUrl: url,
  finalUrl: url,
  redirectChain: [],
  status: 200,
  headers: {},
  contentType: 'text/html',
  size: 1000,
  truncated: false,
  timingMs: 10,
  depth: 1,
  discoveredBy: 'link',
  renderedWith: 'http',
  ...overrides,
});

describe('canonical-target against the crawled site', () => {
  const target = `${testOrigin}/actualites/`;
  const print = factsOf({ html: `<link rel="canonical" href="${target}">`, url: `${testOrigin}/actualites/?imprimer=1` });
  const run = (pages = [print], snapshots: PageSnapshot[] = []) => canonicalTarget.run(print, siteContext({ pages, snapshots }));

  it('passes when the target is a crawled, indexable, self-canonical page', () => {
    const page = factsOf({ html: `<link rel="canonical" href="${target}">`, url: target });
    const finding = run([print, page]);
    expect(finding.status).toBe('pass');
    expect(finding.message).toBeUndefined();
  });

  it('fails when the target is noindex', () => {
    const page = factsOf({ html: '<meta name="robots" content="noindex">', url: target });
    expect(run([print, page])).toMatchObject({ status: 'fail', message: 'targetNoindex', values: { target } });
  });

  it('fails when the target is itself canonicalised elsewhere (a chain)', () => {
    const page = factsOf({ html: `<link rel="canonical" href="${testOrigin}/">`, url: target });
    expect(run([print, page])).toMatchObject({
      status: 'fail',
      message: 'targetCanonicalised',
      values: { target, onward: `${testOrigin}/` },
    });
  });

  it('fails when the target redirects', () => {
    const redirect = snapshot(target, {
      finalUrl: `${testOrigin}/actus/`,
      redirectChain: [{ url: target, status: 301, location: `${testOrigin}/actus/` }],
    });
    expect(run([print], [redirect])).toMatchObject({ status: 'fail', message: 'targetRedirects', values: { target } });
  });

  it('fails when the target answers 404', () => {
    expect(run([print], [snapshot(target, { status: 404 })])).toMatchObject({
      status: 'fail',
      message: 'targetError',
      values: { target, status: 404 },
    });
  });

  it('fails when the target could not be loaded at all (a timeout)', () => {
    const errorMessage = crawlMessage('fetch.timeout', { ms: '20000' });
    const timedOut = snapshot(target, { status: 0, error: 'no complete answer within 20000 ms', errorKind: 'timeout', errorMessage });
    const finding = run([print], [timedOut]);
    expect(finding).toMatchObject({ status: 'fail', message: 'targetUnreachable', values: { target, error: errorMessage } });
    // The crawl's own message, quoted whole, reads in the report's language.
    const explained = { id: canonicalTarget.id, message: { id: finding.message ?? '', values: finding.values } };
    expect(explainCheckResult(explained, 'fr')).toContain('pas de réponse complète en 20000 ms');
  });
});
