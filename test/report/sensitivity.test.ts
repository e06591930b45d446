// The sensitivity analysis: weights and thresholds moved at random, levels recomputed from each
// institution's credits, the headline share's 5th–95th percentile range over the draws.
import { describe, expect, it } from 'vitest';
import { catalogue, checkWeights } from '../../src/checks/catalogue.js';
import type { CheckResult, SiteResult } from '../../src/model/index.js';
import { peerGroupKey } from '../../src/institutions/index.js';
import { computeIndex, levelReached, levelThresholds, scoredDimensions, totalScore, type LevelThreshold } from '../../src/scoring/index.js';
import { seededRandom } from '../../src/report/seeded-random.js';
import { compiledLevels, requiredIds, SensitivityInputs, sensitivityDesign } from '../../src/report/sensitivity.js';
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

describe('the levels the draws compute', () => {
  it('are the levels levelReached gives, for moved thresholds and sites of every kind', () => {
    const random = seededRandom('compiled levels');
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    const decided = new Map<number, number>();
    for (let draw = 0; draw < 50; draw += 1) {
      // Thresholds moved as the draws move them, sometimes far, sometimes onto a score exactly.
      const shift = () => pick([0, -5, 5, (2 * random() - 1) * 10, Math.round((2 * random() - 1) * 10)]);
      const thresholds: LevelThreshold[] = levelThresholds.map((threshold) =>
        threshold.level === 0
          ? threshold
          : {
              ...threshold,
              min: threshold.min + shift(),
              minDimensions: Object.fromEntries(Object.entries(threshold.minDimensions).map(([name, value]) => [name, value + shift()])),
            },
      );
      const levelOf = compiledLevels(thresholds);
      for (let site = 0; site < 400; site += 1) {
        const dimensions: Record<string, number | null> = {};
        for (const name of scoredDimensions)
          dimensions[name] = random() < 0.15 ? null : pick([0, 45, 60, 70, 80, 100, Math.round(random() * 100)]);
        const signals = Math.floor(random() * 6);
        const failed = new Set(requiredIds.filter(() => random() < 0.2));
        const mask = requiredIds.reduce((bits, id, bit) => (failed.has(id) ? bits | (1 << bit) : bits), 0);
        const scores = Float64Array.from(scoredDimensions, (name) => dimensions[name] ?? Number.NaN);
        const expected = levelReached({ score: totalScore(dimensions), dimensions, signals, failed }, thresholds);
        expect(levelOf(scores, signals, mask)).toBe(expected);
        decided.set(expected, (decided.get(expected) ?? 0) + 1);
      }
    }
    // Every level was reached by some of the 20,000 sites: the comparison covered each decision.
    expect([...decided.keys()].sort()).toEqual([0, 1, 2, 3]);
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
