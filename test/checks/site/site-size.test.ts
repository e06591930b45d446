// The same structure at 70 and at 1,400 pages, audited for real with the default page budget
// (200): a site check gives the same verdict at both sizes, or says `na` because the crawl stopped
// at its limits — never a pass that only the size of the site explains.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../../src/audit.js';
import { defaultStudyConfig } from '../../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../../src/fixtures/server.js';
import type { CheckResult, SiteResult } from '../../../src/model/index.js';

const structures = {
  'deep pages, orphans and dead sitemap entries': { small: 'test-structure-70', large: 'test-structure-1400' },
  'every page linked, two clicks at most': { small: 'test-structure-flat-70', large: 'test-structure-flat-1400' },
} as const;
const sites = Object.values(structures).flatMap((sizes) => [sizes.small, sizes.large]);

let web: FixtureWeb;
const results = new Map<string, SiteResult>();

beforeAll(async () => {
  web = await startFixtureWeb({ only: sites });
  const config = defaultStudyConfig();
  config.lighthouse.enabled = false;
  // No Chromium: these sites build nothing with JavaScript.
  config.crawl.renderHome = false;
  config.crawl.browserFallback = false;
  // The fixture web lives on 127.0.0.1.
  config.crawl.allowPrivateNetwork = true;
  // One site at a time: the suite runs on two cores beside other tests.
  for (const name of sites) {
    results.set(name, await auditSite({ id: name, name, kind: 'commune', url: `${web.origin(name)}/` }, { config }));
  }
}, 300_000);
afterAll(() => web?.close());

function finding(site: string, id: string): CheckResult {
  const check = results.get(site)?.checks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`${site}: no ${id} finding`);
  return check;
}

describe('the crawl of each size', () => {
  it('reads the small sites whole and stops the large ones at the page budget', () => {
    expect(results.get('test-structure-70')?.crawl).toMatchObject({ pagesCrawled: 84 });
    expect(results.get('test-structure-70')?.crawl.limitReached).toBeUndefined();
    const large = results.get('test-structure-1400')!;
    expect(large.crawl.limitReached).toBe('pages');
    // Links get 150 pages, the sample the rest: a sampled URL links reached first leaves its slot unused.
    const fromSitemap = large.pages.filter((page) => page.discoveredBy === 'sitemap').length;
    expect(large.crawl.pagesCrawled).toBe(150 + fromSitemap);
    expect(large.crawl.pagesCrawled).toBeLessThanOrEqual(200);
  });

  it('fetches a sample of 50 sitemap URLs (a quarter of the budget) on the large site although links fill the budget', () => {
    const large = results.get('test-structure-1400')!;
    expect(large.crawl.coverage?.sitemapSample).toHaveLength(50);
    const sampled = new Set(large.crawl.coverage?.sitemapSample);
    const read = large.pages.filter((page) => sampled.has(page.url));
    expect(read).toHaveLength(50);
    // The sample reaches what links alone never would on this budget: pages four clicks deep, orphans, dead entries.
    expect(read.some((page) => page.status === 404)).toBe(true);
    expect(read.some((page) => page.discoveredBy === 'sitemap' && page.url.includes('/archives/anciennes/'))).toBe(true);
  });
});

describe.each(Object.entries(structures))('%s', (_structure, sizes) => {
  it.each(['crawl-depth', 'orphan-pages'])('%s: the same verdict at 70 and 1,400 pages, or na because the crawl was capped', (id) => {
    const small = finding(sizes.small, id);
    const large = finding(sizes.large, id);
    expect(small.status).not.toBe('na');
    if (large.status === 'na') expect(large.message?.id).toBe('capped');
    else expect(large.status).toBe(small.status);
  });
});

describe('verdicts at each size', () => {
  it('fails depth and orphans on the small badly structured site, and says why it cannot tell on the large one', () => {
    expect(finding('test-structure-70', 'crawl-depth')).toMatchObject({ status: 'fail', message: { id: 'tooDeep' } });
    expect(finding('test-structure-70', 'orphan-pages')).toMatchObject({
      status: 'fail',
      message: { id: 'orphans', values: { orphans: 14, listed: 69 } },
    });
    const depth = finding('test-structure-1400', 'crawl-depth');
    expect(depth).toMatchObject({ status: 'na', message: { id: 'capped', values: { depth: 2 } } });
    expect(depth.message?.values?.['unexplored']).toBeGreaterThan(400);
    const orphans = finding('test-structure-1400', 'orphan-pages');
    expect(orphans).toMatchObject({ status: 'na', message: { id: 'capped' } });
    expect(orphans.evidence).toMatch(
      /^\d+ of \d+ pages of the sitemap sample are not linked from the pages read, but the crawl stopped at its limits/,
    );
  });

  it('passes orphans on the well-linked site at both sizes, judging the sitemap sample on the large one', () => {
    expect(finding('test-structure-flat-70', 'crawl-depth').status).toBe('pass');
    expect(finding('test-structure-flat-70', 'orphan-pages').status).toBe('pass');
    expect(finding('test-structure-flat-1400', 'crawl-depth')).toMatchObject({ status: 'na', message: { id: 'capped' } });
    expect(finding('test-structure-flat-1400', 'orphan-pages')).toMatchObject({
      status: 'pass',
      message: { id: 'sampleLinked', values: { sitemapUrls: 1400 } },
    });
  });

  it('sees dead sitemap entries at both sizes: the large site no longer passes by construction', () => {
    for (const site of ['test-structure-70', 'test-structure-1400']) {
      const healthy = finding(site, 'sitemap-urls-healthy');
      expect(healthy.status, site).not.toBe('pass');
      expect(healthy.message?.id, site).toBe('httpError');
    }
    // On the large site, only the sample is judged: the pages links reached are the healthy ones.
    expect(finding('test-structure-1400', 'sitemap-urls-healthy').message?.values).toMatchObject({ checked: 50, listed: 1680 });
  });
});
