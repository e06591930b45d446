import { describe, expect, it } from 'vitest';
import { explainCheckResult } from '../../../src/checks/explain.js';
import { crawlMessage } from '../../../src/model/index.js';
import canonicalTarget from '../../../src/checks/page/canonical-target.js';
import type { PageSnapshot } from '../../../src/model/index.js';
import { checkCases, factsOf, siteContext, testOrigin } from '../../helpers/check-cases.js';

checkCases(canonicalTarget, {
  pass: [
    `<link rel="canonical" href="${testOrigin}/">`,
    {
      html: `<link rel="canonical" href="${testOrigin}/actualites/page/2/">`,
      url: `${testOrigin}/actualites/page/2/`,
      name: 'page 2 with its own canonical, as Google asks',
    },
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
    {
      html: `<head><link rel="canonical" href="${testOrigin}/actualites/"></head>`,
      url: `${testOrigin}/actualites/page/2/`,
      name: 'WordPress: /actualites/page/2/ canonicalised to /actualites/',
      message: 'paginatedToFirstPage',
      values: { target: `${testOrigin}/actualites/` },
    },
    {
      html: `<head><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="${testOrigin}/actualites"></head>`,
      url: `${testOrigin}/actualites?page=1`,
      name: 'Drupal view: ?page=1 is the second page (Drupal counts from 0)',
      message: 'paginatedToFirstPage',
    },
    {
      html: `<head><meta name="generator" content="Joomla! - Open Source Content Management"><link rel="canonical" href="${testOrigin}/index.php/actualites"></head>`,
      url: `${testOrigin}/index.php/actualites?start=10`,
      name: 'Joomla category blog: ?start=10 canonicalised to the first page',
      message: 'paginatedToFirstPage',
    },
    {
      html: `<head><meta name="generator" content="SPIP 4.2"><link rel="canonical" href="${testOrigin}/spip.php?rubrique3"></head>`,
      url: `${testOrigin}/spip.php?rubrique3&debut_articles=10`,
      name: 'SPIP section: debut_articles=10 canonicalised to the first page',
      message: 'paginatedToFirstPage',
    },
    {
      html: `<head><link rel="prev" href="${testOrigin}/agenda/liste"><link rel="canonical" href="${testOrigin}/agenda/liste"></head>`,
      url: `${testOrigin}/agenda/liste/suite-2`,
      name: 'a page announcing its predecessor with rel="prev", canonicalised to it',
      message: 'paginatedToFirstPage',
      values: { target: `${testOrigin}/agenda/liste` },
    },
    {
      html:
        `<head><link rel="alternate" hreflang="fr" href="${testOrigin}/en/tourism/"><link rel="alternate" hreflang="en" href="${testOrigin}/en/tourism/">` +
        `<link rel="alternate" hreflang="fr" href="${testOrigin}/tourisme/"><link rel="canonical" href="${testOrigin}/tourisme/"></head>`,
      url: `${testOrigin}/en/tourism/`,
      name: 'the English page canonicalised to the French one it lists as an alternate',
      message: 'otherLanguage',
      values: { target: `${testOrigin}/tourisme/` },
    },
  ],
  warn: [
    {
      html: '<link rel="canonical" href="https://www.autre-ville.test/">',
      name: 'canonical to another site',
      message: 'otherSite',
      values: { target: 'https://www.autre-ville.test/' },
    },
  ],
  na: [
    {
      html: `<link rel="canonical" href="${testOrigin}/jamais-explore/">`,
      name: 'canonical target not crawled: unknown, not a failure',
      message: 'targetNotCrawled',
      values: { target: `${testOrigin}/jamais-explore/` },
    },
    {
      html: '<link rel="canonical" href="https://saint-exemple.test/">',
      name: 'canonical to the bare-host twin, not crawled',
      message: 'targetNotCrawled',
    },
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

// Lighthouse's "points to the domain's root URL" mistake, with the home page crawled.
const homeHtml = '<head><title>Accueil</title></head><body><p>Bienvenue à Saint-Exemple, commune de la vallée.</p></body>';
const home = factsOf({ html: homeHtml });
checkCases(
  canonicalTarget,
  {
    pass: [
      {
        html: `<link rel="canonical" href="${testOrigin}/">`,
        url: `${testOrigin}/index.php`,
        name: 'Joomla’s /index.php is the home page under its file name',
      },
      {
        html: `<link rel="canonical" href="${testOrigin}/">`,
        url: `${testOrigin}/?utm_source=bulletin`,
        name: 'the home page with a tracking parameter',
      },
    ],
    fail: [
      {
        html: `<head><link rel="canonical" href="${testOrigin}/"></head><body><h1>Horaires de la mairie</h1></body>`,
        url: `${testOrigin}/mairie/horaires/`,
        name: 'a theme that prints the home page as every page’s canonical',
        message: 'pointsToHome',
        values: { target: `${testOrigin}/` },
      },
      {
        html: '<head><link rel="canonical" href="/"></head><body><h1>État civil</h1></body>',
        url: `${testOrigin}/demarches/etat-civil`,
        name: 'a relative canonical « / » on an inner page',
        message: 'pointsToHome',
      },
    ],
  },
  { home, pages: [home] },
);

describe('canonical-target to the home page', () => {
  it('passes for a page that serves the home page’s very text under another URL (/accueil)', () => {
    const alias = factsOf({
      html: homeHtml.replace('<head>', `<head><link rel="canonical" href="${testOrigin}/">`),
      url: `${testOrigin}/accueil`,
    });
    expect(canonicalTarget.run(alias, siteContext({ pages: [home, alias], home })).status).toBe('pass');
  });

  it('fails for a page with its own content', () => {
    const page = factsOf({
      html: `<head><link rel="canonical" href="${testOrigin}/"></head><body><p>Conseil municipal</p></body>`,
      url: `${testOrigin}/conseil/`,
    });
    expect(canonicalTarget.run(page, siteContext({ pages: [home, page], home }))).toMatchObject({
      status: 'fail',
      message: 'pointsToHome',
    });
  });
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
