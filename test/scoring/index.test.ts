import { describe, expect, it } from 'vitest';
import { catalogue, checkWeights } from '../../src/checks/catalogue.js';
import type { CheckResult, FindingStatus, LighthousePageResult, SearchVisibility } from '../../src/model/index.js';
import {
  computeIndex,
  dimensionWeights,
  indexForSite,
  indexVersion,
  intentSignals,
  invisibleGate,
  levelThresholds,
  maturityLabels,
  maturityLevel,
  scoredDimensions,
} from '../../src/scoring/index.js';

function result(id: string, status: FindingStatus, value?: number): CheckResult {
  const check = catalogue.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return { id, scope: check.scope, dimension: check.dimension, status, value, pagesAffected: 0, pagesChecked: 0, examples: [] };
}

/** Every catalogue check with the same status. */
const everything = (status: FindingStatus) => catalogue.map((check) => result(check.id, status, status === 'pass' ? 1 : 0));

function lighthouse(formFactor: 'mobile' | 'desktop', performance: number | null, seo: number | null, error = false): LighthousePageResult {
  const scores = { performance, accessibility: 0.9, 'best-practices': 0.9, seo };
  const metrics = { fcp: null, lcp: null, cls: null, tbt: null, speedIndex: null, serverResponseTime: null };
  return {
    url: 'https://x.test/',
    pageType: 'home',
    reason: 'home page',
    formFactor,
    runs: [],
    medianRun: 0,
    scores,
    metrics,
    spread: { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 },
    failingSeoAudits: [],
    failingAccessibilityAudits: [],
    ...(error ? { error: { code: 'ERRORED_DOCUMENT_REQUEST', message: 'HTTP 403' } } : {}),
  };
}

describe('the index definition', () => {
  it('weighs the five scored dimensions to 100 and leaves public-sector facts out', () => {
    expect(Object.values(dimensionWeights).reduce((a, b) => a + b, 0)).toBe(100);
    expect(scoredDimensions).not.toContain('public-sector');
  });

  it('states levels 0–3 in rising order, each with a reason in both languages', () => {
    expect(levelThresholds.map((threshold) => threshold.level)).toEqual([0, 1, 2, 3]);
    for (let index = 1; index < levelThresholds.length; index += 1) {
      expect(levelThresholds[index]!.min).toBeGreaterThan(levelThresholds[index - 1]!.min);
      expect(levelThresholds[index]!.minIntentSignals).toBeGreaterThanOrEqual(levelThresholds[index - 1]!.minIntentSignals);
    }
    for (const threshold of levelThresholds) {
      expect(threshold.reason.fr.length).toBeGreaterThan(40);
      expect(threshold.reason.en.length).toBeGreaterThan(40);
      expect(threshold.label).toEqual(maturityLabels[threshold.level]);
    }
  });

  it('names only catalogue checks as required', () => {
    const ids = new Set(catalogue.map((check) => check.id));
    for (const threshold of levelThresholds) for (const id of threshold.requiredChecks) expect(ids.has(id), id).toBe(true);
  });
});

describe('computeIndex', () => {
  it('gives 100 and level 3 when everything passes, 0 and level 0 when everything fails', () => {
    const best = computeIndex(checkWeights, everything('pass'));
    expect(best.score).toBe(100);
    expect(best.level).toBe(3);
    expect(best.label).toEqual(maturityLabels[3]);
    const worst = computeIndex(checkWeights, everything('fail'));
    expect(worst.score).toBe(0);
    expect(worst.level).toBe(0);
  });

  it('weighs checks within a dimension by their metadata weight', () => {
    // indexable (weight 3) passes, canonical-present (weight 1) fails: 3 / 4 = 75.
    expect(checkWeights.get('indexable')).toBe(3);
    expect(checkWeights.get('canonical-present')).toBe(1);
    const index = computeIndex(checkWeights, [result('indexable', 'pass', 1), result('canonical-present', 'fail', 0)]);
    expect(index.dimensions['indexability']).toBe(75);
    expect(index.dimensions['on-page']).toBeNull();
    // Only indexability has a score, so it is the total.
    expect(index.score).toBe(75);
  });

  it('credits a site check’s warn with half, and a page check with its share of passing pages', () => {
    // redirect-chains (site, weight 1) warns: ½. title-present (page, weight 3) passes on 40% of pages: 0.4.
    const index = computeIndex(checkWeights, [result('redirect-chains', 'warn', 2), result('title-present', 'fail', 0.4)]);
    expect(index.dimensions['indexability']).toBe(50);
    expect(index.dimensions['on-page']).toBe(40);
    // (30 × 50 + 25 × 40) / 55 = 45.45…
    expect(index.score).toBe(45);
  });

  it('credits a page check by its share of pages, without a jump when the site reaches 90 %', () => {
    expect(computeIndex(checkWeights, [result('title-present', 'warn', 0.89)]).dimensions['on-page']).toBe(89);
    expect(computeIndex(checkWeights, [result('title-present', 'pass', 0.9)]).dimensions['on-page']).toBe(90);
    expect(computeIndex(checkWeights, [result('title-present', 'pass', 1)]).dimensions['on-page']).toBe(100);
  });

  it('leaves out checks that did not apply and public-sector facts', () => {
    const index = computeIndex(checkWeights, [
      result('indexable', 'pass', 1),
      result('hreflang-valid', 'na'),
      result('legal-notice', 'fail'),
      result('cms', 'na'),
    ]);
    expect(index.dimensions['indexability']).toBe(100);
    expect(index.dimensions).not.toHaveProperty('public-sector');
  });

  it('ignores results of checks no longer in the catalogue', () => {
    const retired: CheckResult = { ...result('indexable', 'fail', 0), id: 'retired-check' };
    expect(computeIndex(checkWeights, [result('indexable', 'pass', 1), retired]).dimensions['indexability']).toBe(100);
  });
});

describe('Lighthouse in the performance dimension', () => {
  const viewportPass = [result('viewport', 'pass', 1)];

  it('computes performance from the checks alone when Lighthouse is off, and says so', () => {
    const index = computeIndex(checkWeights, viewportPass, []);
    expect(index.dimensions['performance']).toBe(100);
    expect(index.lighthouse).toBe('absent');
    expect(index.notes?.map((note) => note.en).join(' ')).toMatch(/without Lighthouse/);
  });

  it('adds the median performance and SEO scores of the audited pages', () => {
    // viewport 2 × 1; performance 3 × median(0.4, 0.6, 0.5) = 0.5; SEO 2 × median(1, 0.8, 0.9) = 0.9.
    // (2 + 1.5 + 1.8) / 7 = 0.757…
    const pages = [lighthouse('mobile', 0.4, 1), lighthouse('mobile', 0.6, 0.8), lighthouse('mobile', 0.5, 0.9)];
    const index = computeIndex(checkWeights, viewportPass, pages);
    expect(index.dimensions['performance']).toBe(76);
    expect(index.lighthouse).toBe('used');
    expect(index.notes).toBeUndefined();
  });

  it('prefers mobile runs and skips pages Lighthouse could not audit', () => {
    // Mobile 0.2 only (the desktop 1.0 and the errored mobile page do not count): (2 + 3 × 0.2 + 2 × 0.2) / 7 = 0.428…
    const pages = [lighthouse('desktop', 1, 1), lighthouse('mobile', 0.2, 0.2), lighthouse('mobile', 1, 1, true)];
    expect(computeIndex(checkWeights, viewportPass, pages).dimensions['performance']).toBe(43);
  });

  it('treats a run where every page errored as Lighthouse absent', () => {
    expect(computeIndex(checkWeights, viewportPass, [lighthouse('mobile', null, null, true)]).lighthouse).toBe('absent');
  });
});

describe('maturity levels', () => {
  const allPass = everything('pass');
  const withStatus = (id: string, status: FindingStatus) =>
    allPass.map((check) => (check.id === id ? { ...check, status, value: 0 } : check));

  it('needs the required checks: a site-wide noindex keeps any score at level 0', () => {
    expect(computeIndex(checkWeights, withStatus('indexable', 'fail')).level).toBe(0);
  });

  it('keeps a JavaScript-only site below deliberate SEO whatever its other figures', () => {
    expect(computeIndex(checkWeights, withStatus('content-without-javascript', 'fail')).level).toBe(1);
  });

  it('counts intent signals: one passing intent check is not deliberate SEO', () => {
    const oneSignal = allPass.map((check) =>
      check.dimension === 'intent' && check.id !== 'descriptions-written-per-page'
        ? { ...check, status: 'fail' as const, value: 0 }
        : check,
    );
    expect(intentSignals(oneSignal)).toEqual(['descriptions-written-per-page']);
    expect(computeIndex(checkWeights, oneSignal).level).toBe(1);
  });

  it('reaches a level only when every lower level is reached too', () => {
    // A score of 90 with on-page at 50 misses level 1's on-page floor (60): level 0, not 3.
    const dimensions = { indexability: 100, 'on-page': 50, 'rich-results': 100, performance: 100, intent: 100 };
    expect(maturityLevel(90, dimensions, allPass)).toBe(0);
  });

  it('places each boundary where the thresholds say', () => {
    const dimensions = { indexability: 100, 'on-page': 100, 'rich-results': 100, performance: 100, intent: 100 };
    for (const threshold of levelThresholds.slice(1)) {
      expect(maturityLevel(threshold.min, dimensions, allPass)).toBeGreaterThanOrEqual(threshold.level);
      expect(maturityLevel(threshold.min - 1, dimensions, allPass)).toBe(threshold.level - 1);
    }
  });
});

describe('indexForSite', () => {
  it('gives no index, not a zero, to a site that could not be audited', () => {
    expect(indexForSite(checkWeights, 'unreachable', everything('fail'))).toBeUndefined();
    expect(indexForSite(checkWeights, 'blocked-by-robots', [])).toBeUndefined();
    expect(indexForSite(checkWeights, 'ok', [result('cms', 'pass'), result('hreflang-valid', 'na')])).toBeUndefined();
  });

  it('indexes an audited site, even one that fails everything', () => {
    expect(indexForSite(checkWeights, 'ok', everything('fail'))?.score).toBe(0);
  });
});

describe('search visibility decides first', () => {
  const allPass = everything('pass');
  const visible: SearchVisibility = { robotsBlocked: [], homeNoindex: false, pagesJudged: 20, noindexPages: 0 };

  it('lets a site search engines can show reach its level', () => {
    const index = computeIndex(checkWeights, allPass, [], visible);
    expect(index).toMatchObject({ score: 100, level: 3, version: indexVersion });
    expect(index.invisible).toBeUndefined();
  });

  it('puts a well-made site with noindex on the home page at level 0, « invisible », its index capped at 20', () => {
    const index = computeIndex(checkWeights, allPass, [], { ...visible, homeNoindex: true });
    expect(index).toMatchObject({ score: invisibleGate.maxScore, level: 0, invisible: 'home-noindex' });
    expect(index.label).toEqual({ fr: 'Invisible aux moteurs de recherche', en: 'Invisible to search engines' });
  });

  it('does the same when most pages say noindex, and not when a few do', () => {
    expect(computeIndex(checkWeights, allPass, [], { ...visible, noindexPages: 10 })).toMatchObject({
      level: 0,
      invisible: 'most-noindex',
    });
    expect(computeIndex(checkWeights, allPass, [], { ...visible, noindexPages: 9 }).invisible).toBeUndefined();
  });

  it('does the same when robots.txt forbids the site to Googlebot and Bingbot, but not to one of them only', () => {
    expect(computeIndex(checkWeights, allPass, [], { ...visible, robotsBlocked: ['Googlebot', 'Bingbot'] }).invisible).toBe('robots');
    expect(computeIndex(checkWeights, allPass, [], { ...visible, robotsBlocked: ['Bingbot'] }).invisible).toBeUndefined();
  });

  it('keeps a lower score as it is: the cap only lowers', () => {
    const index = computeIndex(checkWeights, everything('fail'), [], { ...visible, homeNoindex: true });
    expect(index.score).toBe(0);
  });

  it('audits a site robots.txt closes to every engine as invisible (level 0, score 0), counted rather than dropped', () => {
    expect(indexForSite(checkWeights, 'invisible', [], [], { ...visible, robotsBlocked: ['Googlebot', 'Bingbot'] })).toMatchObject({
      score: 0,
      level: 0,
      invisible: 'robots',
      dimensions: { indexability: 0, 'on-page': null },
    });
  });

  it('gives no index to a site that refuses only muniseo: it is not audited, and reported apart', () => {
    expect(indexForSite(checkWeights, 'refuses-crawler', [])).toBeUndefined();
  });

  it('states how many weighted checks applied', () => {
    const index = computeIndex(checkWeights, [result('indexable', 'pass', 1), result('canonical-present', 'na'), result('cms', 'pass')]);
    expect(index.applied).toEqual({
      checks: 1,
      of: 2,
      weight: checkWeights.get('indexable'),
      weightOf: (checkWeights.get('indexable') ?? 0) + (checkWeights.get('canonical-present') ?? 0),
    });
  });
});
