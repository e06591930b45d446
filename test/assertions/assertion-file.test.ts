// An assertion file read strictly: Lighthouse CI's syntax, muniseo's keys, and every mistake named by its key.
import { beforeAll, describe, expect, it } from 'vitest';
import { AssertionFileError, lighthouseAuditIds, parseAssertions, type LighthouseAuditIds } from '../../src/assertions/index.js';

let audits: LighthouseAuditIds;
beforeAll(async () => {
  audits = await lighthouseAuditIds();
});

function mistakeIn(json: unknown): { key: string; problem: string } {
  try {
    parseAssertions(json, audits);
  } catch (error) {
    if (error instanceof AssertionFileError) return { key: error.key, problem: error.problem };
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('Lighthouse CI syntax', () => {
  it('reads a lighthouserc: categories, metrics with maxNumericValue, SEO audits, levels and aggregation', () => {
    const parsed = parseAssertions(
      {
        ci: {
          collect: { numberOfRuns: 3 },
          assert: {
            aggregationMethod: 'median',
            assertions: {
              'categories:performance': ['warn', { minScore: 0.8 }],
              'categories:seo': 'error',
              'largest-contentful-paint': ['error', { maxNumericValue: 2500, aggregationMethod: 'pessimistic' }],
              'document-title': 'error',
              'image-alt': 'off',
            },
          },
        },
      },
      audits,
    );
    const [group] = parsed.groups;
    expect(parsed.needsLighthouse).toBe(true);
    expect(group?.assertions).toEqual([
      {
        key: 'categories:performance',
        level: 'warn',
        aggregationMethod: 'median',
        target: { kind: 'category', category: 'performance', minScore: 0.8 },
      },
      // A bare level asserts LHCI's default minScore, 0.9.
      { key: 'categories:seo', level: 'error', aggregationMethod: 'median', target: { kind: 'category', category: 'seo', minScore: 0.9 } },
      {
        key: 'largest-contentful-paint',
        level: 'error',
        aggregationMethod: 'pessimistic',
        target: { kind: 'metric', auditId: 'largest-contentful-paint', metric: 'lcp', maxNumericValue: 2500 },
      },
      {
        key: 'document-title',
        level: 'error',
        aggregationMethod: 'median-run',
        target: { kind: 'audit', auditId: 'document-title', minScore: 0.9 },
      },
    ]);
  });

  it('defaults to optimistic, as Lighthouse CI does', () => {
    const parsed = parseAssertions({ assertions: { 'categories:accessibility': ['error', { minScore: 0.95 }] } }, audits);
    expect(parsed.groups[0]?.assertions[0]?.aggregationMethod).toBe('optimistic');
  });

  it('reads assertMatrix entries with their matchingUrlPattern', () => {
    const parsed = parseAssertions(
      {
        assertMatrix: [
          { matchingUrlPattern: '/actualites/', assertions: { 'categories:seo': 'warn' } },
          { assertions: { 'muniseo:index': ['error', { minScore: 60 }] } },
        ],
      },
      audits,
    );
    expect(parsed.groups.map((group) => group.matchingUrlPattern)).toEqual(['/actualites/', undefined]);
  });
});

describe('muniseo keys', () => {
  it('reads the index, the level, a dimension and a check by status or pages affected', () => {
    const parsed = parseAssertions(
      {
        assertions: {
          'muniseo:index': ['error', { minScore: 70 }],
          'muniseo:level': ['warn', { minLevel: 2 }],
          'muniseo:dimension:indexability': ['error', { minScore: 80 }],
          'muniseo:check:sitemap-present': 'error',
          'muniseo:check:title-present': ['error', { maxPagesAffected: 3 }],
          'muniseo:check:meta-description-present': ['warn', { status: 'warn' }],
        },
      },
      audits,
    );
    expect(parsed.needsLighthouse).toBe(false);
    expect(parsed.groups[0]?.assertions.map((assertion) => assertion.target)).toEqual([
      { kind: 'index', minScore: 70 },
      { kind: 'level', minLevel: 2 },
      { kind: 'dimension', dimension: 'indexability', minScore: 80 },
      { kind: 'check', checkId: 'sitemap-present', status: 'pass' },
      { kind: 'check', checkId: 'title-present', maxPagesAffected: 3 },
      { kind: 'check', checkId: 'meta-description-present', status: 'warn' },
    ]);
  });
});

describe('a mistake names its key', () => {
  it.each([
    [{ assertions: { 'categories:perfomance': 'error' } }, 'categories:perfomance', /not a Lighthouse category/],
    [{ assertions: { 'largest-contentful-paint': ['error', { minScore: 0.9 }] } }, 'largest-contentful-paint', /maxNumericValue/],
    [{ assertions: { 'document-titel': 'error' } }, 'document-titel', /did you mean "document-title"/],
    [{ assertions: { 'uses-long-cache-ttl': 'error' } }, 'uses-long-cache-ttl', /does not keep this Lighthouse audit/],
    [{ assertions: { 'categories:seo': 'fatal' } }, 'categories:seo', /level must be/],
    [{ assertions: { 'categories:seo': ['error', { minScore: 90 }] } }, 'categories:seo', /minScore must be a number from 0 to 1/],
    [{ assertions: { 'categories:seo': ['error', { aggregationMethod: 'mean' }] } }, 'categories:seo', /aggregationMethod must be/],
    [{ assertions: { 'muniseo:index': ['error', { minScore: 0.6 }] } }, 'muniseo:index', /did you mean 60/],
    [{ assertions: { 'muniseo:dimension:speed': ['error', { minScore: 50 }] } }, 'muniseo:dimension:speed', /not a dimension/],
    [{ assertions: { 'muniseo:check:no-such-check': 'off' } }, 'muniseo:check:no-such-check', /not a check of the catalogue/],
    [
      { assertions: { 'muniseo:check:sitemap-present': ['error', { maxPagesAffected: 2 }] } },
      'muniseo:check:sitemap-present',
      /applies to page checks/,
    ],
    [{ assertions: { 'muniseo:check:title-present': ['error', { status: 'fail' }] } }, 'muniseo:check:title-present', /status must be/],
    [{ assertions: { 'muniseo:level': ['error', { minLevel: 4 }] } }, 'muniseo:level', /minLevel/],
    [{ preset: 'lighthouse:recommended' }, 'preset', /list the assertions/],
    [{ assertion: {} }, 'assertion', /did you mean "assertions"/],
  ])('%j → %s', (json, key, problem) => {
    const mistake = mistakeIn(json);
    expect(mistake.key).toBe(key);
    expect(mistake.problem).toMatch(problem);
  });
});
