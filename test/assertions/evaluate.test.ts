// Assertions judged against audited sites: Lighthouse keys page by page (each URL as Lighthouse CI
// asserts it), muniseo keys once per site; warn and error; the actual value and pages said.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeResult,
  evaluateAssertions,
  lighthouseAuditIds,
  parseAssertions,
  summarise,
  type AssertionResult,
  type LighthouseAuditIds,
} from '../../src/assertions/index.js';
import type { LighthousePageResult, LighthouseRun, PageRecord } from '../../src/model/index.js';
import { siteResult } from '../helpers/site-result.js';

let audits: LighthouseAuditIds;
beforeAll(async () => {
  audits = await lighthouseAuditIds();
});

function run(performance: number, lcp: number): LighthouseRun {
  return {
    scores: { performance, accessibility: 1, 'best-practices': 1, seo: 0.92 },
    metrics: { fcp: 1000, lcp, cls: 0.01, tbt: 100, speedIndex: 2000, serverResponseTime: 200 },
  };
}

function lighthousePage(url: string, runs: LighthouseRun[], medianRun: number, failingSeoAudits: string[] = []): LighthousePageResult {
  const median = runs[medianRun] as LighthouseRun;
  return {
    url,
    pageType: 'home',
    reason: 'home page',
    formFactor: 'mobile',
    runs,
    medianRun,
    scores: median.scores,
    metrics: median.metrics,
    spread: { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 },
    failingSeoAudits,
    failingAccessibilityAudits: [],
  };
}

// The home page ran three times (performance 0.62, 0.91, 0.74; LCP 3100, 2400, 2800 ms; median run 2);
// the contact page once (performance 0.85, LCP 2600 ms), without a meta description.
const home = 'https://ville.example.test/';
const contact = 'https://ville.example.test/contact';
const site = siteResult('ville', {
  lighthouse: {
    pages: [
      lighthousePage(home, [run(0.62, 3100), run(0.91, 2400), run(0.74, 2800)], 2),
      lighthousePage(contact, [run(0.85, 2600)], 0, ['meta-description']),
    ],
  },
});

function judge(assertions: Record<string, unknown>): AssertionResult[] {
  return evaluateAssertions(parseAssertions({ assertions }, audits), [site]);
}

describe('Lighthouse keys, page by page', () => {
  it('a category with each aggregation method', () => {
    const passedWith = (aggregationMethod: string) =>
      judge({ 'categories:performance': ['error', { minScore: 0.8, aggregationMethod }] }).map((result) => [
        result.page?.url,
        result.actual,
        result.passed,
      ]);
    // Home: optimistic 0.91, pessimistic 0.62, median 0.74, median-run (run 2) 0.74; contact 0.85 throughout.
    expect(passedWith('optimistic')).toEqual([
      [home, 0.91, true],
      [contact, 0.85, true],
    ]);
    expect(passedWith('pessimistic')).toEqual([
      [home, 0.62, false],
      [contact, 0.85, true],
    ]);
    expect(passedWith('median')).toEqual([
      [home, 0.74, false],
      [contact, 0.85, true],
    ]);
    expect(passedWith('median-run')).toEqual([
      [home, 0.74, false],
      [contact, 0.85, true],
    ]);
  });

  it('a metric with maxNumericValue: lower is better', () => {
    const results = judge({ 'largest-contentful-paint': ['error', { maxNumericValue: 2500 }] });
    // Optimistic takes the lowest LCP: home 2400 passes, contact 2600 fails.
    expect(results.map((result) => [result.actual, result.passed])).toEqual([
      [2400, true],
      [2600, false],
    ]);
    expect(describeResult(results[1] as AssertionResult)).toBe(
      `error  largest-contentful-paint  ${contact} (mobile): maxNumericValue <= 2500, actual 2600`,
    );
  });

  it('an SEO audit: 0 on the page where it failed', () => {
    const results = judge({ 'meta-description': 'error' });
    expect(results.map((result) => [result.page?.url, result.actual, result.passed])).toEqual([
      [home, 1, true],
      [contact, 0, false],
    ]);
  });

  it('matchingUrlPattern keeps the pages whose URL matches', () => {
    const results = evaluateAssertions(
      parseAssertions({ assertMatrix: [{ matchingUrlPattern: 'contact$', assertions: { 'categories:seo': 'error' } }] }, audits),
      [site],
    );
    expect(results.map((result) => result.page?.url)).toEqual([contact]);
  });

  it('a site without Lighthouse results fails a Lighthouse assertion, saying why', () => {
    const [result] = evaluateAssertions(parseAssertions({ assertions: { 'categories:seo': 'error' } }, audits), [
      siteResult('sans-lighthouse'),
    ]);
    expect(result).toMatchObject({ passed: false, actual: null, message: 'Lighthouse audited no page of the site' });
  });
});

describe('muniseo keys, once per site', () => {
  // The helper's site: index 50, level 1, on-page 100, indexability 0; sitemap-present fails;
  // title-present passes on both pages.
  it('the index and the level', () => {
    expect(judge({ 'muniseo:index': ['error', { minScore: 50 }] })[0]).toMatchObject({ actual: 50, passed: true });
    expect(judge({ 'muniseo:index': ['error', { minScore: 51 }] })[0]).toMatchObject({ actual: 50, passed: false });
    expect(judge({ 'muniseo:level': ['error', { minLevel: 2 }] })[0]).toMatchObject({ actual: 1, passed: false });
  });

  it('a dimension', () => {
    expect(judge({ 'muniseo:dimension:on-page': ['error', { minScore: 90 }] })[0]).toMatchObject({ actual: 100, passed: true });
    expect(judge({ 'muniseo:dimension:indexability': ['error', { minScore: 1 }] })[0]).toMatchObject({ actual: 0, passed: false });
  });

  it('a check by status, and a page check by the pages it affects, listing them', () => {
    expect(judge({ 'muniseo:check:sitemap-present': 'error' })[0]).toMatchObject({ expected: 'pass', actual: 'fail', passed: false });
    expect(judge({ 'muniseo:check:title-present': 'error' })[0]).toMatchObject({ actual: 'pass', passed: true });
    const flawed = siteResult('ville', {
      checks: [
        {
          id: 'title-present',
          scope: 'page',
          dimension: 'on-page',
          status: 'fail',
          value: 0,
          pagesAffected: 2,
          pagesChecked: 2,
          examples: [home, contact],
        },
      ],
    });
    const [result] = evaluateAssertions(
      parseAssertions({ assertions: { 'muniseo:check:title-present': ['error', { maxPagesAffected: 1 }] } }, audits),
      [flawed],
    );
    expect(result).toMatchObject({ name: 'maxPagesAffected', expected: 1, actual: 2, passed: false, pages: [home, contact] });
    expect(describeResult(result as AssertionResult)).toContain(`actual 2; pages: ${home}, ${contact}`);
  });

  it('lists every affected page the audit kept, not only the check’s five examples', () => {
    const urls = Array.from({ length: 7 }, (_, n) => `${home}page-${n}`);
    const flawed = siteResult('ville', {
      pages: urls.map((url) => ({ ...(site.pages[0] as PageRecord), url, finalUrl: url, failingChecks: ['title-present'] })),
      checks: [
        {
          id: 'title-present',
          scope: 'page',
          dimension: 'on-page',
          status: 'fail',
          value: 0,
          pagesAffected: 7,
          pagesChecked: 7,
          examples: urls.slice(0, 5),
        },
      ],
    });
    const [result] = evaluateAssertions(
      parseAssertions({ assertions: { 'muniseo:check:title-present': ['error', { maxPagesAffected: 0 }] } }, audits),
      [flawed],
    );
    expect(result?.pages).toEqual(urls);
    // The line names five and counts the rest.
    expect(describeResult(result as AssertionResult)).toMatch(/page-4, … \(2 more\)$/);
  });
});

describe('warn and error', () => {
  it('a failed warn assertion is counted as a warning, not as an error', () => {
    const results = judge({
      'muniseo:check:sitemap-present': 'warn',
      'muniseo:index': ['error', { minScore: 40 }],
    });
    expect(summarise(results)).toEqual({ checked: 2, failedErrors: 0, failedWarnings: 1 });
    expect(describeResult(results[0] as AssertionResult)).toMatch(/^warn {3}muniseo:check:sitemap-present {2}Commune ville/);
  });
});
