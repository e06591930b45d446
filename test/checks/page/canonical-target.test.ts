import { describe, expect, it } from 'vitest';
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
    { html: '<link rel="canonical" href="http://www.saint-exemple.test/">', name: 'canonical to the http:// twin of an https page' },
    {
      html: '<link rel="canonical" href="http://www.saint-exemple.test/actualites/">',
      name: 'canonical to an http:// page of an https site',
    },
  ],
  warn: [
    { html: '<link rel="canonical" href="https://www.autre-ville.test/">', name: 'canonical to another site' },
    { html: `<link rel="canonical" href="${testOrigin}/jamais-explore/">`, name: 'canonical target not crawled' },
    { html: '<link rel="canonical" href="https://saint-exemple.test/">', name: 'canonical to the bare-host twin, not crawled' },
  ],
  na: ['', '<link rel="canonical" href="">'],
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
  const print = factsOf({ html: `<link rel="canonical" href="${testOrigin}/actualites/">`, url: `${testOrigin}/actualites/?imprimer=1` });
  const run = (pages = [print], snapshots: PageSnapshot[] = []) => canonicalTarget.run(print, siteContext({ pages, snapshots }));

  it('passes when the target is a crawled, indexable, self-canonical page', () => {
    const target = factsOf({ html: `<link rel="canonical" href="${testOrigin}/actualites/">`, url: `${testOrigin}/actualites/` });
    expect(run([print, target]).status).toBe('pass');
  });

  it('fails when the target is noindex', () => {
    const target = factsOf({ html: '<meta name="robots" content="noindex">', url: `${testOrigin}/actualites/` });
    expect(run([print, target]).status).toBe('fail');
  });

  it('fails when the target is itself canonicalised elsewhere (a chain)', () => {
    const target = factsOf({ html: `<link rel="canonical" href="${testOrigin}/">`, url: `${testOrigin}/actualites/` });
    expect(run([print, target]).status).toBe('fail');
  });

  it('fails when the target redirects', () => {
    const redirect = snapshot(`${testOrigin}/actualites/`, {
      finalUrl: `${testOrigin}/actus/`,
      redirectChain: [{ url: `${testOrigin}/actualites/`, status: 301, location: `${testOrigin}/actus/` }],
    });
    expect(run([print], [redirect]).status).toBe('fail');
  });

  it('fails when the target answers 404', () => {
    expect(run([print], [snapshot(`${testOrigin}/actualites/`, { status: 404 })]).status).toBe('fail');
  });
});
