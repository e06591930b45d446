// --lighthouse-pages N|all on a whole site: the 32-page fixture crawled for real, the pages handed to
// Lighthouse recorded (Lighthouse itself runs in test/assertions/audit-assert-lighthouse.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite, type LighthouseRunner } from '../../src/audit.js';
import { defaultStudyConfig, type StudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { LighthousePageRequest, LighthousePageResult, SiteResult } from '../../src/model/index.js';

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb({ only: ['test-whole-site'] });
});
afterAll(async () => {
  await web?.close();
});

/** The site audited with `pages` Lighthouse pages; what Lighthouse was asked to audit is kept. */
async function audit(pages: number | 'all'): Promise<{ result: SiteResult; requested: LighthousePageRequest[] }> {
  const config: StudyConfig = defaultStudyConfig();
  config.lighthouse.pages = pages;
  config.crawl.allowPrivateNetwork = true;
  const requested: LighthousePageRequest[] = [];
  const lighthouse: LighthouseRunner = {
    audit: async (requests, formFactors) => {
      requested.push(...requests);
      return requests.flatMap((request) => formFactors.map((formFactor) => recorded(request, formFactor)));
    },
  };
  const url = `${web.origin('test-whole-site')}/`;
  const result = await auditSite({ id: 'toutes-les-pages', name: 'Toutes-les-Pages', kind: 'commune', url }, { config, lighthouse });
  return { result, requested };
}

function recorded(request: LighthousePageRequest, formFactor: 'mobile' | 'desktop'): LighthousePageResult {
  const scores = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };
  const metrics = { fcp: 1, lcp: 1, cls: 0, tbt: 0, speedIndex: 1, serverResponseTime: 1 };
  return {
    ...request,
    formFactor,
    runs: [{ scores, metrics }],
    medianRun: 0,
    scores,
    metrics,
    spread: scores,
    failingSeoAudits: [],
    failingAccessibilityAudits: [],
  };
}

describe('--lighthouse-pages on a 32-page site', () => {
  it('all: audits every HTML page the crawl found, each once, the home page first', async () => {
    const { result, requested } = await audit('all');
    const htmlPages = result.pages.filter((page) => page.status === 200 && page.contentType.includes('html')).map((page) => page.finalUrl);
    expect(new Set(htmlPages).size).toBe(32);
    expect(requested.map((request) => request.url).sort()).toEqual([...new Set(htmlPages)].sort());
    expect(requested[0]).toMatchObject({ url: `${web.origin('test-whole-site')}/`, pageType: 'home' });
    expect(result.lighthouse.pages).toHaveLength(32);
  });

  it('20: the home page and 20 others, the same ones crawl after crawl, nearest the home page first', async () => {
    const first = await audit(20);
    const second = await audit(20);
    expect(first.requested).toHaveLength(21);
    expect(second.requested.map((request) => request.url)).toEqual(first.requested.map((request) => request.url));
    // The page types come first, as with fewer pages: 20 adds pages after those 6 would choose.
    const six = await audit(6);
    expect(first.requested.slice(0, six.requested.length)).toEqual(six.requested);
    // Past the page types, by click depth: no page of the fill is deeper than a page left out.
    const depthOf = new Map(first.result.pages.map((page) => [page.finalUrl, page.depth]));
    const filled = first.requested.filter((request) => request.reasonMessage?.id === 'lighthouse.byDepth');
    expect(filled.length).toBeGreaterThan(0);
    const chosen = new Set(first.requested.map((request) => request.url));
    const leftOut = [...depthOf.keys()].filter((url) => !chosen.has(url));
    expect(leftOut).toHaveLength(32 - 21);
    const deepestFilled = Math.max(...filled.map((request) => depthOf.get(request.url) ?? 0));
    const shallowestLeftOut = Math.min(...leftOut.map((url) => depthOf.get(url) ?? 0));
    expect(deepestFilled).toBeLessThanOrEqual(shallowestLeftOut);
  });

  it('keeps, for each page, the page checks that fail on it', async () => {
    const { result } = await audit(0);
    const failing = result.pages.filter((page) => (page.failingChecks ?? []).length > 0);
    const affected = new Map(result.checks.filter((check) => check.scope === 'page').map((check) => [check.id, check.pagesAffected]));
    for (const [id, count] of affected) {
      expect(result.pages.filter((page) => page.failingChecks?.includes(id)).length, id).toBe(count);
    }
    expect(failing.length).toBeGreaterThan(0);
  });
});
