// A small SiteResult for store and export tests.
import type { SiteResult } from '../../src/audit.js';

export function siteResult(id: string, overrides: Partial<SiteResult> = {}): SiteResult {
  return {
    institution: { id, name: `Commune ${id}`, kind: 'commune', url: `https://${id}.example.test/`, population: 1200, stratum: '500-1999' },
    outcome: 'ok',
    startedAt: '2026-11-26T08:00:00.000Z',
    finishedAt: '2026-11-26T08:01:00.000Z',
    crawl: {
      pagesCrawled: 2,
      htmlPages: 2,
      documents: 0,
      maxDepth: 1,
      renderedWith: 'http',
      durationMs: 1200,
      robotsTxt: { url: `https://${id}.example.test/robots.txt`, status: 'ok', httpStatus: 200, sitemaps: [], problems: [] },
      sitemaps: [],
      traps: [],
      homeProbes: [],
      soft404: null,
    },
    pages: [
      { url: `https://${id}.example.test/`, finalUrl: `https://${id}.example.test/`, status: 200, depth: 0, discoveredBy: 'seed', contentType: 'text/html', size: 1000, truncated: false, timingMs: 20, renderedWith: 'http', redirects: 0, title: 'Accueil' },
      { url: `https://${id}.example.test/contact`, finalUrl: `https://${id}.example.test/contact`, status: 200, depth: 1, discoveredBy: 'link', contentType: 'text/html', size: 800, truncated: false, timingMs: 15, renderedWith: 'http', redirects: 0, title: 'Contact' },
    ],
    checks: [
      { id: 'title-present', scope: 'page', dimension: 'on-page', status: 'pass', value: 1, pagesAffected: 0, pagesChecked: 2, examples: [] },
      { id: 'sitemap-present', scope: 'site', dimension: 'indexability', status: 'fail', evidence: 'no sitemap', pagesAffected: 0, pagesChecked: 0, examples: [] },
    ],
    lighthouse: { pages: [] },
    index: { score: 50, level: 1, label: { fr: 'Hygiène de base', en: 'Basic hygiene' }, dimensions: { 'on-page': 100, indexability: 0 } },
    ...overrides,
  };
}
