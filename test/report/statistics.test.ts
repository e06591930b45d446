import { describe, expect, it } from 'vitest';
import {
  median,
  percentileRank,
  percentileRankInSorted,
  proportion,
  proportionChange,
  quantile,
  spread,
} from '../../src/report/statistics.js';

describe('proportion with a 95% Wilson interval', () => {
  // Reference values: Newcombe (1998), Statistics in Medicine 17, table I, method 3 (Wilson score).
  it('matches published Wilson intervals', () => {
    const half = proportion(5, 10);
    expect(half.share).toBe(0.5);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const rare = proportion(81, 263);
    expect(rare.low).toBeCloseTo(0.2553, 4);
    expect(rare.high).toBeCloseTo(0.3662, 4);
  });

  it('stays inside [0, 1] and keeps a width at 0% and 100%', () => {
    const none = proportion(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = proportion(10, 10);
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBe(1);
  });

  it('has no share and no interval over nobody', () => {
    expect(proportion(0, 0)).toEqual({ count: 0, total: 0, share: null, low: null, high: null });
  });
});

describe('change of a share between two editions (Newcombe method 10)', () => {
  it('matches Newcombe’s worked example: 56/70 against 48/80', () => {
    const change = proportionChange(proportion(48, 80), proportion(56, 70));
    expect(change.difference).toBeCloseTo(0.2, 10);
    expect(change.low).toBeCloseTo(0.0524, 4);
    expect(change.high).toBeCloseTo(0.3339, 4);
  });

  it('is signed from before to after', () => {
    const change = proportionChange(proportion(56, 70), proportion(48, 80));
    expect(change.difference).toBeCloseTo(-0.2, 10);
    expect(change.low).toBeCloseTo(-0.3339, 4);
    expect(change.high).toBeCloseTo(-0.0524, 4);
  });

  it('has no difference when an edition audited nobody', () => {
    expect(proportionChange(proportion(0, 0), proportion(3, 4)).difference).toBeNull();
  });
});

describe('quantiles, median and percentile rank', () => {
  it('interpolates between order statistics (type 7)', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('summarises a distribution without relying on input order', () => {
    expect(spread([90, 10, 50, 30, 70])).toEqual({ n: 5, min: 10, q1: 30, median: 50, q3: 70, max: 90 });
    expect(spread([])).toEqual({ n: 0, min: null, q1: null, median: null, q3: null, max: null });
  });

  it('counts ties half, so that equal scores all sit at the 50th percentile', () => {
    expect(percentileRank([60, 60, 60, 60], 60)).toBe(50);
    expect(percentileRank([10, 20, 30, 40], 30)).toBe(62.5);
    expect(percentileRank([10, 20, 30, 40], 5)).toBe(0);
    expect(percentileRank([10, 20, 30, 40], 45)).toBe(100);
    expect(percentileRank([], 45)).toBeNull();
  });

  it('finds the same percentile rank by binary search in sorted scores, ties included', () => {
    // [10, 20, 20, 20, 30]: 20 has 1 below and 3 equal → (1 + 3/2) / 5 = 50; 25 has 4 below → 80; 10 → ½ / 5 = 10.
    const sorted = [10, 20, 20, 20, 30];
    expect(percentileRankInSorted(sorted, 20)).toBe(50);
    expect(percentileRankInSorted(sorted, 25)).toBe(80);
    expect(percentileRankInSorted(sorted, 10)).toBe(10);
    expect(percentileRankInSorted(sorted, 5)).toBe(0);
    expect(percentileRankInSorted(sorted, 30)).toBe(90);
    expect(percentileRankInSorted([60, 60, 60, 60], 60)).toBe(50);
    expect(percentileRankInSorted([], 45)).toBeNull();
    for (const value of [0, 10, 15, 20, 30, 31]) expect(percentileRankInSorted(sorted, value)).toBe(percentileRank(sorted, value));
  });
});
