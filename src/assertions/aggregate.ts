// The runs of one page reduced to one value, as Lighthouse CI does (packages/utils/src/assertions.js):
// `optimistic` takes the value most likely to pass, `pessimistic` the least likely, `median` the median
// of the values, `median-run` the value of the run muniseo reports (closest to the median FCP and TTI).
import type { AggregationMethod } from './types.js';

export interface Aggregated {
  /** Null when no value can be given; `message` says why. */
  value: number | null;
  message?: string;
}

/**
 * `values` holds each run's value (null for a run without one); `lowerIsBetter` for maxNumericValue.
 * As in Lighthouse CI, a run without a value fails `pessimistic`, and no value at all fails any method.
 */
export function aggregate(
  values: readonly (number | null)[],
  method: AggregationMethod,
  lowerIsBetter: boolean,
  medianRun: number,
): Aggregated {
  if (method === 'median-run') {
    const value = values[medianRun];
    return typeof value === 'number' && Number.isFinite(value) ? { value } : { value: null, message: 'the median run produced no value' };
  }
  const finite = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (finite.length === 0) return { value: null, message: 'no run produced a value' };
  if (method === 'pessimistic' && finite.length < values.length) {
    return { value: null, message: 'a run produced no value, which "pessimistic" counts as a failure; try another aggregationMethod' };
  }
  if (method === 'median') {
    const sorted = [...finite].sort((a, b) => a - b);
    const middle = Math.floor((sorted.length - 1) / 2);
    return {
      value: sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle] as number) + (sorted[middle + 1] as number)) / 2,
    };
  }
  const best = method === 'optimistic';
  const takeLowest = best === lowerIsBetter;
  return { value: takeLowest ? Math.min(...finite) : Math.max(...finite) };
}
