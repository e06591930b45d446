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

/** Fewer clusters than this, and the cluster-robust variance is too unstable to give an interval. */
export const minimumClusters = 20;

export interface ClusteredProportion {
  /** Clusters the institutions fall in (a vendor, a platform, or the site alone). */
  clusters: number;
  /**
   * Kish's design effect: the variance of the share with sites clustered, over its variance were
   * the sites independent. 1: clustering changes nothing; 2: the study is worth half as many sites.
   * Null when the share is 0 or 1 (both variances are 0).
   */
  designEffect: number | null;
  /** The number of independent sites the study is worth: n / design effect (never above n). */
  effectiveSize: number | null;
  /** 95% interval accounting for clusters; null with fewer than `minimumClusters` clusters. */
  low: number | null;
  high: number | null;
}

/**
 * A share whose institutions come in clusters (sites built by one vendor share its flaws).
 * The share is a ratio estimator, p = Σyᵢ / Σnᵢ over the C clusters; its variance is the
 * cluster-robust (Taylor linearisation) variance of a ratio mean, with the usual C/(C−1)
 * correction: v = C/(C−1) · Σ(yᵢ − p·nᵢ)² / n² (Kish 1965, Survey Sampling, ratio means of
 * cluster samples; what survey software computes for a proportion from clusters drawn with
 * replacement). Kish's design effect is v over the variance of a simple random sample,
 * p(1−p)/n. The interval is Wilson's at the effective sample size n/deff, deff floored at 1, as
 * Korn & Graubard (1998, Survey Methodology 24(2)) do with Clopper-Pearson's. With few clusters
 * the cluster-robust variance is itself unreliable (Cameron & Miller 2015, Journal of Human
 * Resources 50(2)): below `minimumClusters` no clustered interval is given.
 */
export function clusteredProportion(clusters: Iterable<{ count: number; total: number }>): ClusteredProportion {
  const sizes: { count: number; total: number }[] = [];
  let count = 0;
  let total = 0;
  for (const cluster of clusters) {
    if (cluster.total <= 0) continue;
    sizes.push(cluster);
    count += cluster.count;
    total += cluster.total;
  }
  const c = sizes.length;
  if (total === 0) return { clusters: 0, designEffect: null, effectiveSize: null, low: null, high: null };
  const p = count / total;
  let squares = 0;
  for (const cluster of sizes) squares += (cluster.count - p * cluster.total) ** 2;
  const clustered = c > 1 ? ((c / (c - 1)) * squares) / (total * total) : null;
  const independent = (p * (1 - p)) / total;
  const designEffect = clustered !== null && independent > 0 ? clustered / independent : null;
  const effectiveSize = designEffect === null ? null : total / Math.max(1, designEffect);
  if (c < minimumClusters) return { clusters: c, designEffect, effectiveSize, low: null, high: null };
  const interval = wilsonInterval(p, effectiveSize ?? total);
  return { clusters: c, designEffect, effectiveSize, low: interval.low, high: interval.high };
}

/** Wilson's interval for a share p over an effective size n (which may be fractional). */
function wilsonInterval(p: number, n: number): { low: number; high: number } {
  const z2 = z95 * z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: p === 0 ? 0 : Math.max(0, centre - halfWidth), high: p === 1 ? 1 : Math.min(1, centre + halfWidth) };
}

/**
 * How much disagreement between two ordinal ratings of k categories counts: linear,
 * |i − j| / (k − 1), or quadratic, ((i − j) / (k − 1))². 0 for agreement, 1 for the widest gap.
 */
export type KappaWeights = 'linear' | 'quadratic';

/**
 * Cohen's weighted kappa (Cohen 1968, Psychological Bulletin 70(4)) between two ratings of the
 * same items on categories 0…k−1: κw = 1 − Σ wᵢⱼ·oᵢⱼ / Σ wᵢⱼ·eᵢⱼ, where o is the observed table of
 * proportions, e the table expected by chance from its margins, and w the disagreement weights.
 * Null when fewer than one item, or when chance alone predicts no disagreement (every item in one
 * category for both raters).
 */
export function weightedKappa(pairs: readonly (readonly [number, number])[], categories: number, weights: KappaWeights): number | null {
  const n = pairs.length;
  if (n === 0 || categories < 2) return null;
  const rows = new Array<number>(categories).fill(0);
  const columns = new Array<number>(categories).fill(0);
  let observed = 0;
  const weight = (i: number, j: number) => {
    const gap = Math.abs(i - j) / (categories - 1);
    return weights === 'linear' ? gap : gap * gap;
  };
  for (const [a, b] of pairs) {
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= categories || b >= categories) {
      throw new RangeError(`rating pair (${a}, ${b}) is outside categories 0–${categories - 1}`);
    }
    rows[a]! += 1;
    columns[b]! += 1;
    observed += weight(a, b);
  }
  let expected = 0;
  for (let i = 0; i < categories; i += 1) for (let j = 0; j < categories; j += 1) expected += (weight(i, j) * rows[i]! * columns[j]!) / n;
  if (expected === 0) return null;
  return 1 - observed / expected;
}
