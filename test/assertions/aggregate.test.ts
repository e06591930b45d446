// The runs of one page reduced to one value as Lighthouse CI's aggregationMethod does
// (packages/utils/src/assertions.js): values worked out by hand from the runs below.
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/assertions/aggregate.js';

// Three runs of a page: performance scores 0.62, 0.91 and 0.74; the second is the median run.
const scores = [0.62, 0.91, 0.74];
// Their LCP in ms: lower is better.
const lcp = [3100, 2400, 2800];

describe('aggregationMethod over the runs of one URL', () => {
  it('optimistic takes the value most likely to pass: the best score, the lowest LCP', () => {
    expect(aggregate(scores, 'optimistic', false, 1)).toEqual({ value: 0.91 });
    expect(aggregate(lcp, 'optimistic', true, 1)).toEqual({ value: 2400 });
  });

  it('pessimistic takes the value least likely to pass: the worst score, the highest LCP', () => {
    expect(aggregate(scores, 'pessimistic', false, 1)).toEqual({ value: 0.62 });
    expect(aggregate(lcp, 'pessimistic', true, 1)).toEqual({ value: 3100 });
  });

  it('median takes the middle value, or the mean of the two middle ones for an even count', () => {
    expect(aggregate(scores, 'median', false, 1)).toEqual({ value: 0.74 });
    // 2400, 2800, 3100, 3300 → (2800 + 3100) / 2
    expect(aggregate([...lcp, 3300], 'median', true, 1)).toEqual({ value: 2950 });
  });

  it('median-run takes the value of the run muniseo reports, whatever the others', () => {
    expect(aggregate(scores, 'median-run', false, 1)).toEqual({ value: 0.91 });
    expect(aggregate(lcp, 'median-run', true, 2)).toEqual({ value: 2800 });
  });

  it('a run without a value: left out by optimistic and median, a failure for pessimistic', () => {
    const withGap = [0.62, null, 0.74];
    expect(aggregate(withGap, 'optimistic', false, 0)).toEqual({ value: 0.74 });
    expect(aggregate(withGap, 'median', false, 0).value).toBeCloseTo(0.68, 10);
    expect(aggregate(withGap, 'pessimistic', false, 0).value).toBeNull();
    expect(aggregate(withGap, 'median-run', false, 1).value).toBeNull();
  });

  it('no run with a value fails every method', () => {
    for (const method of ['median', 'optimistic', 'pessimistic', 'median-run'] as const) {
      expect(aggregate([null, null], method, false, 0).value, method).toBeNull();
    }
  });
});
