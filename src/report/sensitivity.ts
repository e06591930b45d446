// How much the headline share depends on choices made by hand: the weight of each check and the
// thresholds of the levels. Each draw moves them all at random, recomputes every institution's
// level from its stored credits, and counts the share at level 2 or above; the report gives the
// 5th–95th percentile range of that share over the draws. Kept compact (a few numbers per scored
// check and institution, never whole results), so that a national study can afford 1,000 draws.
import { checkWeights } from '../checks/catalogue.js';
import type { SiteResult } from '../model/index.js';
import type { MaturityLevel } from '../model/index.js';
import {
  dimensionScore,
  dimensionWeights,
  intentSignals,
  levelThresholds,
  lighthouseInputs,
  scoredCredits,
  scoredDimensions,
  type LevelThreshold,
  type ScoredDimension,
} from '../scoring/index.js';
import { seededRandom } from './seeded-random.js';
import { quantile } from './statistics.js';

/** How the definition is moved in each draw (issue 12): every weight times [0.5, 1.5], every threshold ± 5 points. */
export const sensitivityDesign = {
  /** Each weighed input's weight is multiplied by a factor drawn uniformly in [min, max]. */
  weightFactor: { min: 0.5, max: 1.5 },
  /** Each index threshold of a level (its total and its dimensions) moves by a uniform amount in [−n, +n] points. */
  thresholdShift: 5,
  /** The range reported: 5th to 95th percentile of the draws. */
  percentiles: [0.05, 0.95] as const,
  /** A range reaching further than this from the share (in points of a share, 0–1) is said in the headline. */
  headlineTolerance: 0.05,
} as const;

export interface SensitivityOptions {
  /** Draws of the definition; 0 turns the analysis off. @default 1000 */
  draws: number;
  /** Seed of the generator: the same seed gives the same draws, hence the same ranges. @default 'muniseo' */
  seed: string;
}

export const defaultSensitivityOptions: SensitivityOptions = { draws: 1000, seed: 'muniseo' };

/** The share at level 2 or above in one set of institutions, and how far the draws move it. */
export interface SensitivityRange {
  audited: number;
  /** The share under the definition as it stands, recomputed from the same credits. */
  share: number | null;
  /** 5th and 95th percentiles of the share over the draws. */
  low: number | null;
  high: number | null;
  /** Whether the range reaches more than `headlineTolerance` from the share on either side. */
  wide: boolean;
}

export interface SensitivityAnalysis {
  draws: number;
  seed: string;
  all: SensitivityRange;
  /** By peer-group key. */
  groups: Map<string, SensitivityRange>;
}

/** The weighed inputs, in a fixed order (the catalogue's, then Lighthouse's) so that draws do not depend on the data. */
const inputIds = [...checkWeights.keys(), ...lighthouseInputs.map((input) => input.id)];
const inputPosition = new Map(inputIds.map((id, position) => [id, position]));
const inputWeight = Float64Array.from(
  inputIds,
  (id) => checkWeights.get(id) ?? lighthouseInputs.find((input) => input.id === id)?.weight ?? 0,
);
/** Checks a level requires not to fail: each one a bit of a site's mask. */
export const requiredIds = [...new Set(levelThresholds.flatMap((threshold) => threshold.requiredChecks))];

/** Every audited institution's credits, kept between the report's passes. */
export class SensitivityInputs {
  // Plain arrays while sites stream in (fast to append); typed arrays once the draws start.
  private readonly input: number[] = [];
  private readonly dimension: number[] = [];
  private readonly credit: number[] = [];
  /** Per institution: where its credits end, its signals, failed required checks, group, whether invisible. */
  private readonly end: number[] = [];
  private readonly signals: number[] = [];
  private readonly failedMask: number[] = [];
  private readonly group: number[] = [];
  private readonly invisible: boolean[] = [];
  private readonly groupKeys: string[] = [];
  private readonly groupPositions = new Map<string, number>();

  get institutions(): number {
    return this.end.length;
  }

  /** Keeps what the index of an audited institution needs; a site without an index is not in the shares. */
  add(result: SiteResult, groupKey: string): void {
    if (!result.index) return;
    let group = this.groupPositions.get(groupKey);
    if (group === undefined) {
      group = this.groupKeys.length;
      this.groupKeys.push(groupKey);
      this.groupPositions.set(groupKey, group);
    }
    for (const entry of scoredCredits(checkWeights, result.checks, result.lighthouse.pages).credits) {
      const position = inputPosition.get(entry.id);
      if (position === undefined) continue;
      this.input.push(position);
      this.dimension.push(scoredDimensions.indexOf(entry.dimension));
      this.credit.push(entry.credit);
    }
    this.end.push(this.credit.length);
    this.signals.push(intentSignals(result.checks).length);
    const failed = new Set(result.checks.filter((check) => check.status === 'fail').map((check) => check.id));
    this.failedMask.push(requiredIds.reduce((mask, id, bit) => (failed.has(id) ? mask | (1 << bit) : mask), 0));
    this.group.push(group);
    // Closed by robots.txt, or shown by no search engine: level 0 whatever the weights.
    this.invisible.push(result.index.invisible !== undefined);
  }

  /** Runs the draws. The same inputs and options give the same ranges. */
  analyse(options: SensitivityOptions = defaultSensitivityOptions): SensitivityAnalysis {
    const draws = Math.max(0, Math.floor(options.draws));
    const groups = this.groupKeys.length;
    const audited = new Int32Array(groups);
    for (const group of this.group) audited[group]! += 1;
    const random = seededRandom(options.seed);
    const shares = (counts: Int32Array) => ({ all: sum(counts) / Math.max(1, this.institutions), groups: counts });

    const packed = this.packed();
    const baseline = shares(this.deliberate(packed, new Float64Array(inputIds.length).fill(1), levelThresholds));
    const allDraws = new Float64Array(draws);
    const groupDraws = Array.from({ length: groups }, () => new Float64Array(draws));
    for (let draw = 0; draw < draws; draw += 1) {
      const { factors, thresholds } = drawDefinition(random);
      const counts = this.deliberate(packed, factors, thresholds);
      allDraws[draw] = sum(counts) / Math.max(1, this.institutions);
      for (let group = 0; group < groups; group += 1) groupDraws[group]![draw] = counts[group]! / Math.max(1, audited[group]!);
    }
    const range = (n: number, share: number, values: Float64Array): SensitivityRange => {
      if (n === 0) return { audited: 0, share: null, low: null, high: null, wide: false };
      if (values.length === 0) return { audited: n, share, low: null, high: null, wide: false };
      const sorted = Array.from(values).sort((a, b) => a - b);
      const low = quantile(sorted, sensitivityDesign.percentiles[0]) ?? share;
      const high = quantile(sorted, sensitivityDesign.percentiles[1]) ?? share;
      const tolerance = sensitivityDesign.headlineTolerance + 1e-9;
      return { audited: n, share, low, high, wide: share - low > tolerance || high - share > tolerance };
    };
    return {
      draws,
      seed: options.seed,
      all: range(this.institutions, baseline.all, allDraws),
      groups: new Map(
        this.groupKeys.map((key, group) => [
          key,
          range(audited[group]!, baseline.groups[group]! / Math.max(1, audited[group]!), groupDraws[group]!),
        ]),
      ),
    };
  }

  /**
   * The inputs as typed arrays, for the draws' inner loop, each institution's credits ordered by
   * dimension (a stable sort: within a dimension, the order they came in, so that every sum adds the
   * same numbers in the same order as before and the draws' results do not change by a bit).
   */
  private packed() {
    // Positions of the credits, each institution's sorted in place (ties keep their order: `a - b`).
    const order = Int32Array.from(this.credit, (_, entry) => entry);
    let start = 0;
    for (const last of this.end) {
      order.subarray(start, last).sort((a, b) => this.dimension[a]! - this.dimension[b]! || a - b);
      start = last;
    }
    return {
      input: Int32Array.from(order, (entry) => this.input[entry]!),
      dimension: Uint8Array.from(order, (entry) => this.dimension[entry]!),
      credit: Float64Array.from(order, (entry) => this.credit[entry]!),
      end: Int32Array.from(this.end),
      signals: Int32Array.from(this.signals),
      failedMask: Int32Array.from(this.failedMask),
      group: Int32Array.from(this.group),
      invisible: Uint8Array.from(this.invisible, (hidden) => (hidden ? 1 : 0)),
    };
  }

  /** Institutions at level 2 or above, by group, with weights multiplied by `factors` and these thresholds. */
  private deliberate(
    packed: ReturnType<SensitivityInputs['packed']>,
    factors: Float64Array,
    thresholds: readonly LevelThreshold[],
  ): Int32Array {
    const { input, dimension, credit, end, signals, failedMask, group, invisible } = packed;
    const counts = new Int32Array(this.groupKeys.length);
    const weights = inputWeight.map((weight, position) => weight * factors[position]!);
    const levelOf = compiledLevels(thresholds);
    const scores = new Float64Array(scoredDimensions.length);
    let entry = 0;
    for (let site = 0; site < end.length; site += 1) {
      const last = end[site]!;
      if (invisible[site]) {
        entry = last;
        continue;
      }
      // A dimension without credits has no score.
      scores.fill(Number.NaN);
      // Credits come dimension by dimension (packed()), each dimension's sums kept in locals: the draws
      // on 10,000 and 3,000 synthetic institutions took 3.0 s and 0.7 s instead of 4.0 s and 1.1 s, with
      // the same counts in every draw (.exp/senscmp.mjs, 2026-12-02).
      while (entry < last) {
        const index = dimension[entry]!;
        let weighted = 0;
        let total = 0;
        for (; entry < last && dimension[entry] === index; entry += 1) {
          const weight = weights[input[entry]!]!;
          weighted += weight * credit[entry]!;
          total += weight;
        }
        scores[index] = dimensionScore(weighted, total) ?? Number.NaN;
      }
      if (levelOf(scores, signals[site]!, failedMask[site]!) >= 2) counts[group[site]!]! += 1;
    }
    return counts;
  }
}

/** Each scored dimension's share of the total, in `scoredDimensions`' order. */
const dimensionShare = Float64Array.from(scoredDimensions, (name) => dimensionWeights[name]);

/**
 * `levelReached` (with `totalScore`) over `thresholds`, for a site given as numbers: its dimension
 * scores in `scoredDimensions`' order (NaN for none), its intent signals, and the mask of the
 * required checks it fails (bit n for `requiredIds[n]`). The same decision without an object per
 * site: a national study's 1,000 draws make 36 million of them, and the object form spent 47 s of
 * a 36,000-institution report on them (bench/report, 1 Dec 2026). test/report/sensitivity.test.ts
 * checks that the two forms agree.
 */
export function compiledLevels(
  thresholds: readonly LevelThreshold[],
): (scores: Float64Array, signals: number, failedMask: number) => MaturityLevel {
  const levels = thresholds.map((threshold) => {
    const names = Object.keys(threshold.minDimensions) as ScoredDimension[];
    return {
      level: threshold.level,
      min: threshold.min,
      minSignals: threshold.minIntentSignals,
      // A name outside the scored dimensions has no score: -1, as levelReached reads it.
      dimensions: Int32Array.from(names, (name) => scoredDimensions.indexOf(name)),
      minimums: Float64Array.from(names, (name) => threshold.minDimensions[name] ?? 0),
      required: requiredIds.reduce((mask, id, bit) => (threshold.requiredChecks.includes(id) ? mask | (1 << bit) : mask), 0),
    };
  });
  return (scores, signals, failedMask) => {
    let weightedSum = 0;
    let shares = 0;
    for (let index = 0; index < scores.length; index += 1) {
      const score = scores[index]!;
      if (Number.isNaN(score)) continue;
      weightedSum += dimensionShare[index]! * score;
      shares += dimensionShare[index]!;
    }
    const total = shares > 0 ? Math.round(weightedSum / shares) : 0;
    let reached: MaturityLevel = 0;
    for (const level of levels) {
      let met = total >= level.min && signals >= level.minSignals;
      for (let position = 0; met && position < level.dimensions.length; position += 1) {
        const index = level.dimensions[position]!;
        const score = index < 0 || Number.isNaN(scores[index]!) ? -1 : scores[index]!;
        met = score >= level.minimums[position]!;
      }
      if ((failedMask & level.required) !== 0) met = false;
      if (!met) break;
      reached = level.level;
    }
    return reached;
  };
}

/** One draw: a factor per weighed input, in the fixed order, then a shift per threshold, level by level. */
function drawDefinition(random: () => number): { factors: Float64Array; thresholds: LevelThreshold[] } {
  const { min, max } = sensitivityDesign.weightFactor;
  const factors = Float64Array.from(inputIds, () => min + (max - min) * random());
  const shift = () => (2 * random() - 1) * sensitivityDesign.thresholdShift;
  const thresholds = levelThresholds.map((threshold) => {
    // Level 0 has no condition to move: every audited site reaches it.
    if (threshold.level === 0) return threshold;
    const total = threshold.min + shift();
    const minDimensions = Object.fromEntries(Object.entries(threshold.minDimensions).map(([name, value]) => [name, value + shift()]));
    return { ...threshold, min: total, minDimensions };
  });
  return { factors, thresholds };
}

function sum(values: Int32Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
