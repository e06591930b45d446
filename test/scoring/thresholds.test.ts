// Level thresholds are a parameter of the index (the report's sensitivity analysis moves them);
// left out, they are the definition's, and the results are those of the definition.
import { describe, expect, it } from 'vitest';
import { catalogue, checkWeights } from '../../src/checks/catalogue.js';
import type { CheckResult, FindingStatus } from '../../src/model/index.js';
import {
  computeIndex,
  dimensionScores,
  intentSignals,
  levelReached,
  levelThresholds,
  maturityLevel,
  scoredCredits,
  type LevelThreshold,
} from '../../src/scoring/index.js';
import { syntheticSiteResult } from '../report/synthetic-study.js';

function result(id: string, status: FindingStatus, value?: number): CheckResult {
  const check = catalogue.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return { id, scope: check.scope, dimension: check.dimension, status, value, pagesAffected: 0, pagesChecked: 0, examples: [] };
}

const moved = (shift: number): LevelThreshold[] =>
  levelThresholds.map((threshold) =>
    threshold.level === 0
      ? threshold
      : {
          ...threshold,
          min: threshold.min + shift,
          minDimensions: Object.fromEntries(Object.entries(threshold.minDimensions).map(([dimension, min]) => [dimension, min + shift])),
        },
  );

describe('level thresholds as a parameter', () => {
  const sites = Array.from({ length: 120 }, (_, i) => syntheticSiteResult(i)).filter((site) => site.index);

  it('gives the definition’s results when left out or passed as they are', () => {
    for (const site of sites) {
      const implicit = computeIndex(checkWeights, site.checks, site.lighthouse.pages);
      const explicit = computeIndex(checkWeights, site.checks, site.lighthouse.pages, undefined, levelThresholds);
      expect(explicit).toEqual(implicit);
      expect(implicit).toEqual(site.index);
    }
  });

  it('moves levels only the way the thresholds move: raised thresholds never raise a level, lowered never lower one', () => {
    let changed = 0;
    for (const site of sites) {
      const base = site.index!.level;
      const stricter = computeIndex(checkWeights, site.checks, site.lighthouse.pages, undefined, moved(5)).level;
      const looser = computeIndex(checkWeights, site.checks, site.lighthouse.pages, undefined, moved(-5)).level;
      expect(stricter).toBeLessThanOrEqual(base);
      expect(looser).toBeGreaterThanOrEqual(base);
      if (stricter !== base || looser !== base) changed += 1;
    }
    // Not blind: some of 100-odd sites sit within 5 points of a threshold.
    expect(changed).toBeGreaterThan(0);
  });

  it('decides a level from the facts alone (score, dimensions, signals, failed checks) as from the check results', () => {
    for (const site of sites) {
      const { credits } = scoredCredits(checkWeights, site.checks, site.lighthouse.pages);
      const dimensions = dimensionScores(credits);
      expect(dimensions).toEqual(site.index!.dimensions);
      const failed = new Set(site.checks.filter((check) => check.status === 'fail').map((check) => check.id));
      const facts = { score: site.index!.score, dimensions, signals: intentSignals(site.checks).length, failed };
      for (const thresholds of [levelThresholds, moved(4), moved(-3)]) {
        expect(levelReached(facts, thresholds)).toBe(maturityLevel(site.index!.score, dimensions, site.checks, thresholds));
      }
    }
  });

  it('lets a threshold moved by a few points decide a site standing between the two', () => {
    // Everything passes but intent, where two signals pass: level 2 needs 60 and on-page ≥ 70.
    const checks = catalogue.map((check) =>
      result(
        check.id,
        check.dimension !== 'intent' || ['search-engine-verification', 'structured-data-institution'].includes(check.id) ? 'pass' : 'fail',
        1,
      ),
    );
    const index = computeIndex(checkWeights, checks);
    expect(index.level).toBe(2);
    const above = levelThresholds.map((threshold) => (threshold.level === 2 ? { ...threshold, min: index.score + 1 } : threshold));
    expect(computeIndex(checkWeights, checks, [], undefined, above).level).toBe(1);
  });
});
