import { describe, expect, it } from 'vitest';
import {
  clusteredProportion,
  median,
  percentileRank,
  percentileRankInSorted,
  proportion,
  proportionChange,
  quantile,
  spread,
  weightedKappa,
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

describe('a share from clustered institutions (ratio estimator, cluster-robust variance, Kish design effect)', () => {
  // Worked by hand: clusters (yes, sites) (3, 4), (0, 2), (1, 1), (2, 3): p = 6/10; residuals
  // yᵢ − p·nᵢ = 0.6, −1.2, 0.4, 0.2, squares summing to 2.0; v = 4/3 · 2.0 / 10² = 0.026667;
  // independent sites: 0.6 · 0.4 / 10 = 0.024; design effect 1.1111, worth 9 independent sites.
  it('matches the design effect worked by hand on four clusters, and gives no interval with so few', () => {
    const share = clusteredProportion([
      { count: 3, total: 4 },
      { count: 0, total: 2 },
      { count: 1, total: 1 },
      { count: 2, total: 3 },
    ]);
    expect(share.clusters).toBe(4);
    expect(share.designEffect).toBeCloseTo(1.1111, 4);
    expect(share.effectiveSize).toBeCloseTo(9, 6);
    expect(share.low).toBeNull();
    expect(share.high).toBeNull();
  });

  // By hand: 8 lone sites with the property, 7 without, 3 vendors of 4 sites all with it, 2 of 4
  // all without: n = 35, p = 20/35 = 4/7. Σ(yᵢ − p·nᵢ)² = (8·9 + 7·16 + 3·144 + 2·256) / 49 = 1128/49;
  // v = 20/19 · 1128/49 / 35² = 0.019781; independent: (4/7)(3/7)/35 = 0.0069971; deff = 2.82707;
  // n_eff = 35 / 2.82707 = 12.3803; Wilson at p = 4/7 over 12.3803 sites: centre 0.55451,
  // half-width 0.24141, so 31.3–79.6 % (against 40.9–72.0 % were the 35 sites independent:
  // centre 0.56437, half-width 0.15579).
  const vendors = [
    ...Array.from({ length: 8 }, () => ({ count: 1, total: 1 })),
    ...Array.from({ length: 7 }, () => ({ count: 0, total: 1 })),
    ...Array.from({ length: 3 }, () => ({ count: 4, total: 4 })),
    ...Array.from({ length: 2 }, () => ({ count: 0, total: 4 })),
  ];

  it('matches the interval worked by hand on twenty clusters, wider than Wilson’s for independent sites', () => {
    const share = clusteredProportion(vendors);
    expect(share.clusters).toBe(20);
    expect(share.designEffect).toBeCloseTo(2.82707, 4);
    expect(share.effectiveSize).toBeCloseTo(12.3803, 3);
    expect(share.low).toBeCloseTo(0.3131, 3);
    expect(share.high).toBeCloseTo(0.7959, 3);
    const independent = proportion(20, 35);
    expect(independent.low).toBeCloseTo(0.4086, 3);
    expect(independent.high).toBeCloseTo(0.7202, 3);
    expect(share.high! - share.low!).toBeGreaterThan(independent.high! - independent.low!);
  });

  it('never claims more precision than independent sites: a design effect below 1 gives Wilson’s interval', () => {
    // 10 lone sites with, 5 without, 5 vendors of 4 sites with 2 each: deff = 10/21 by hand.
    const share = clusteredProportion([
      ...Array.from({ length: 10 }, () => ({ count: 1, total: 1 })),
      ...Array.from({ length: 5 }, () => ({ count: 0, total: 1 })),
      ...Array.from({ length: 5 }, () => ({ count: 2, total: 4 })),
    ]);
    expect(share.designEffect).toBeCloseTo(10 / 21, 6);
    expect(share.effectiveSize).toBe(35);
    expect(share.low).toBeCloseTo(proportion(20, 35).low!, 10);
    expect(share.high).toBeCloseTo(proportion(20, 35).high!, 10);
  });

  it('gives every site its own cluster the design effect of independent sites', () => {
    const lone = [
      ...Array.from({ length: 12 }, () => ({ count: 1, total: 1 })),
      ...Array.from({ length: 18 }, () => ({ count: 0, total: 1 })),
    ];
    const share = clusteredProportion(lone);
    // C/(C−1) is the only difference: 30/29.
    expect(share.designEffect).toBeCloseTo(30 / 29, 10);
    expect(share.clusters).toBe(30);
  });

  it('has no design effect for a share of 0 or 1, and nothing over nobody', () => {
    expect(clusteredProportion(Array.from({ length: 25 }, () => ({ count: 0, total: 2 }))).designEffect).toBeNull();
    expect(clusteredProportion([])).toEqual({ clusters: 0, designEffect: null, effectiveSize: null, low: null, high: null });
  });
});

describe('weighted kappa between two ratings of ordinal levels', () => {
  // Ten sites rated 0–3 by two labellers, four adjacent disagreements:
  //   a: 0 0 1 1 1 2 2 2 3 3
  //   b: 0 1 1 1 2 2 2 3 3 2
  // Margins a = (.2, .3, .3, .2), b = (.1, .3, .4, .2). Linear weights |i−j|/3: observed
  // disagreement 4 · (1/3) / 10 = 0.13333; expected Σ wᵢⱼ·aᵢ·bⱼ = 0.11333 + 0.09 + 0.07 + 0.08667
  // = 0.36; κw = 1 − 0.13333/0.36 = 17/27. Quadratic weights ((i−j)/3)²: observed 0.04444,
  // expected 0.21111, κw = 15/19. Unweighted (weights 1 off the diagonal): pₒ = 0.6, pₑ = 0.27,
  // κ = 0.33/0.73.
  const a = [0, 0, 1, 1, 1, 2, 2, 2, 3, 3];
  const b = [0, 1, 1, 1, 2, 2, 2, 3, 3, 2];
  const pairs = a.map((rating, index) => [rating, b[index]!] as const);

  it('matches the linear and quadratic kappas worked by hand', () => {
    expect(weightedKappa(pairs, 4, 'linear')).toBeCloseTo(17 / 27, 10);
    expect(weightedKappa(pairs, 4, 'quadratic')).toBeCloseTo(15 / 19, 10);
  });

  it('is unweighted Cohen’s kappa with two categories, where both weightings agree', () => {
    // Level ≥ 2 or not: a = 0 0 0 0 0 1 1 1 1 1, b = 0 0 0 0 1 1 1 1 1 1 → pₒ = 0.9, pₑ = 0.5·0.4 + 0.5·0.6 = 0.5, κ = 0.8.
    const binary = pairs.map(([x, y]) => [x >= 2 ? 1 : 0, y >= 2 ? 1 : 0] as const);
    expect(weightedKappa(binary, 2, 'linear')).toBeCloseTo(0.8, 10);
    expect(weightedKappa(binary, 2, 'quadratic')).toBeCloseTo(0.8, 10);
  });

  it('is 1 for perfect agreement, and undefined when nothing could disagree', () => {
    expect(
      weightedKappa(
        a.map((x) => [x, x] as const),
        4,
        'linear',
      ),
    ).toBe(1);
    expect(
      weightedKappa(
        [
          [2, 2],
          [2, 2],
        ],
        4,
        'linear',
      ),
    ).toBeNull();
    expect(weightedKappa([], 4, 'linear')).toBeNull();
    expect(() => weightedKappa([[0, 4]], 4, 'linear')).toThrow(RangeError);
  });
});
