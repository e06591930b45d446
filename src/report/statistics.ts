// The statistics of the report, kept in one place so that the methodology can name each method.

/** z for a two-sided 95% interval. */
const z95 = 1.959963984540054;

export interface Proportion {
  /** Institutions with the property. */
  count: number;
  /** Institutions it was measured on. */
  total: number;
  /** count / total; null when total is 0. */
  share: number | null;
  /** 95% Wilson score interval; null when total is 0. */
  low: number | null;
  high: number | null;
}

/**
 * Share with its 95% Wilson score interval. Wilson rather than the textbook normal interval
 * because peer groups are small and shares often near 0 or 1, where the normal interval
 * leaves [0, 1] or collapses to a width of zero.
 */
export function proportion(count: number, total: number): Proportion {
  if (total <= 0) return { count, total, share: null, low: null, high: null };
  const p = count / total;
  const z2 = z95 * z95;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const halfWidth = (z95 / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  // At 0% and 100% the bound is exactly 0 or 1; rounding would leave 0.9999999999999999.
  const low = count === 0 ? 0 : Math.max(0, centre - halfWidth);
  const high = count === total ? 1 : Math.min(1, centre + halfWidth);
  return { count, total, share: p, low, high };
}

export interface ProportionChange {
  before: Proportion;
  after: Proportion;
  /** after.share − before.share; null when either side has no data. */
  difference: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Difference of two independent shares with Newcombe's hybrid score interval (method 10 of
 * Newcombe 1998), built from the two Wilson intervals so that it behaves with small groups.
 */
export function proportionChange(before: Proportion, after: Proportion): ProportionChange {
  if (before.share === null || after.share === null || before.low === null || after.low === null) {
    return { before, after, difference: null, low: null, high: null };
  }
  const p1 = before.share;
  const p2 = after.share;
  const [l1, u1, l2, u2] = [before.low, before.high ?? 1, after.low, after.high ?? 1];
  const difference = p2 - p1;
  const low = difference - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2);
  const high = difference + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2);
  return { before, after, difference, low: Math.max(-1, low), high: Math.min(1, high) };
}

/** Quantile with linear interpolation between order statistics (Hyndman & Fan type 7, as R and spreadsheets). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (position - below);
}

export interface Spread {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0] ?? null,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? null,
  };
}

export function median(values: readonly number[]): number | null {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Percentile rank of a value among its group, 0–100: the share of the group below it, ties
 * counted half (mid-rank), so that a group where everyone scores the same puts everyone at 50.
 */
export function percentileRank(values: readonly number[], value: number): number | null {
  if (values.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const other of values) {
    if (other < value) below += 1;
    else if (other === value) equal += 1;
  }
  return (100 * (below + equal / 2)) / values.length;
}

/**
 * percentileRank over values sorted ascending, by binary search: the same number in O(log n), so
 * that placing each of a national study's 36,000 institutions among its peers stays cheap.
 */
export function percentileRankInSorted(sorted: readonly number[], value: number): number | null {
  if (sorted.length === 0) return null;
  const below = firstIndex(sorted, (other) => other >= value);
  const upTo = firstIndex(sorted, (other) => other > value);
  return (100 * (below + (upTo - below) / 2)) / sorted.length;
}

/** First index whose value meets `reached` (which, once true, stays true up the array); the length if none. */
function firstIndex(sorted: readonly number[], reached: (value: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(sorted[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low;
}
