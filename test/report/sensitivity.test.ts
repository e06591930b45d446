// The sensitivity analysis: weights and thresholds moved at random, levels recomputed from each
// institution's credits, the headline share's 5th–95th percentile range over the draws.
import { describe, expect, it } from 'vitest';
import { catalogue, checkWeights } from '../../src/checks/catalogue.js';
import type { CheckResult, SiteResult } from '../../src/model/index.js';
import { peerGroupKey } from '../../src/institutions/index.js';
import { computeIndex } from '../../src/scoring/index.js';
import { seededRandom } from '../../src/report/seeded-random.js';
import { SensitivityInputs, sensitivityDesign } from '../../src/report/sensitivity.js';
import { syntheticSiteResult } from './synthetic-study.js';

const results: SiteResult[] = Array.from({ length: 300 }, (_, i) => syntheticSiteResult(i));

function inputsOf(list: readonly SiteResult[]): SensitivityInputs {
  const inputs = new SensitivityInputs();
  for (const result of list) inputs.add(result, peerGroupKey(result.institution));
  return inputs;
}

const deliberateShare = (list: readonly SiteResult[]) => {
  const audited = list.filter((result) => result.index);
  return audited.filter((result) => result.index!.level >= 2).length / audited.length;
};

describe('the sensitivity analysis of the share at level 2 or above', () => {
  const inputs = inputsOf(results);

  it('recomputes, from the compact credits alone, the share the definition gives', () => {
    const analysis = inputs.analyse({ draws: 0, seed: 'x' });
    expect(analysis.all.audited).toBe(results.filter((result) => result.index).length);
    expect(analysis.all.share).toBe(deliberateShare(results));
    for (const [key, range] of analysis.groups) {
      const members = results.filter((result) => peerGroupKey(result.institution) === key);
      expect(range.share, key).toBe(deliberateShare(members));
    }
    // No draw, no range.
    expect(analysis.all.low).toBeNull();
  });

  it('gives the same ranges for the same seed; another seed gives nearly the same (the ranges describe the study, not the seed)', () => {
    const first = inputs.analyse({ draws: 200, seed: 'édition 2026' });
    const again = inputsOf(results).analyse({ draws: 200, seed: 'édition 2026' });
    expect(again).toEqual(first);
    const other = inputs.analyse({ draws: 200, seed: 'édition 2027' });
    expect(other.seed).toBe('édition 2027');
    expect(Math.abs(other.all.low! - first.all.low!)).toBeLessThan(0.03);
    expect(Math.abs(other.all.high! - first.all.high!)).toBeLessThan(0.03);
  });

  it('brackets the share with a range that moving weights and thresholds opens', () => {
    const { all } = inputs.analyse({ draws: 300, seed: 'muniseo' });
    expect(all.low!).toBeLessThan(all.high!);
    expect(all.low!).toBeLessThanOrEqual(all.share! + 1e-9);
    expect(all.high!).toBeGreaterThanOrEqual(all.share! - 1e-9);
    expect(all.wide).toBe(
      all.share! - all.low! > sensitivityDesign.headlineTolerance || all.high! - all.share! > sensitivityDesign.headlineTolerance,
    );
  });

  it('leaves a study whose sites are far from every threshold unmoved, and says its range is narrow', () => {
    const perfect = results
      .filter((result) => result.index)
      .slice(0, 30)
      .map((result): SiteResult => {
        const checks = result.checks.map(
          (check): CheckResult => ({ ...check, status: 'pass', value: check.scope === 'page' ? 1 : check.value }),
        );
        return { ...result, checks, index: computeIndex(checkWeights, checks, []) };
      });
    const { all } = inputsOf(perfect).analyse({ draws: 100, seed: 's' });
    expect(all).toMatchObject({ share: 1, low: 1, high: 1, wide: false });
  });

  it('keeps an invisible site at level 0 whatever the draw', () => {
    const hidden = results
      .filter((result) => result.index)
      .slice(0, 25)
      .map((result): SiteResult => {
        const checks = catalogue.map(
          (check): CheckResult => ({
            id: check.id,
            scope: check.scope,
            dimension: check.dimension,
            status: 'pass',
            value: 1,
            pagesAffected: 0,
            pagesChecked: 1,
            examples: [],
          }),
        );
        return { ...result, checks, index: { ...computeIndex(checkWeights, checks, []), level: 0, score: 20, invisible: 'home-noindex' } };
      });
    const { all } = inputsOf(hidden).analyse({ draws: 50, seed: 's' });
    expect(all).toMatchObject({ share: 0, low: 0, high: 0 });
  });
});

describe('the seeded generator', () => {
  it('repeats itself for a seed and stays in [0, 1)', () => {
    const a = seededRandom('muniseo');
    const b = seededRandom('muniseo');
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    // Roughly uniform: the mean of 1,000 draws is within 0.05 of ½.
    expect(Math.abs(values.reduce((sum, value) => sum + value, 0) / values.length - 0.5)).toBeLessThan(0.05);
  });
});
