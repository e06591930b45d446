// The SEO practice index: check results (and Lighthouse, when it ran) → a 0–100 score per
// dimension and in total, and a maturity level. Its definition lives in definition.ts.
import {
  type CheckResult,
  type CheckWeights,
  type CrawlOutcome,
  invisibility,
  type LighthousePageResult,
  type MaturityLevel,
  type SearchVisibility,
  type SiteIndex,
} from '../model/index.js';
import {
  dimensionWeights,
  indexVersion,
  invisibleGate,
  levelThresholds,
  type LevelThreshold,
  maturityLabels,
  scoredDimensions,
  statusCredit,
  type ScoredDimension,
} from './definition.js';
import { lighthouseCredits } from './lighthouse-inputs.js';

export * from './definition.js';
export { lighthouseInputs, lighthouseCredits, type LighthouseInput } from './lighthouse-inputs.js';

/**
 * A check's credit, 0–1. Site checks: 1 for pass, ½ for warn, 0 for fail. Page checks: the mean
 * credit of the pages (a warning page counts half), whatever status that share gives the site, so
 * the credit grows smoothly with the pages fixed (no jump at 90 %).
 */
export function checkCredit(check: CheckResult): number | undefined {
  if (check.status === 'na') return undefined;
  if (check.scope === 'page' && typeof check.value === 'number') return check.value;
  return statusCredit[check.status];
}

/** One weighed input of a site's index: a scored check that applied, or a Lighthouse score. */
export interface ScoredCredit {
  /** The check id, or the Lighthouse input's (`lighthouse-performance`). */
  id: string;
  dimension: ScoredDimension;
  weight: number;
  /** 0–1. */
  credit: number;
}

/**
 * What enters a site's index, in the order the sums add them: the scored checks that applied
 * (not `na`, weight > 0, in a scored dimension), then the Lighthouse inputs; and how many weighed
 * checks applied. The sensitivity analysis recomputes the index from these alone.
 */
export function scoredCredits(
  weights: CheckWeights,
  checks: readonly CheckResult[],
  lighthouse: readonly LighthousePageResult[] = [],
): { credits: ScoredCredit[]; applied: NonNullable<SiteIndex['applied']>; lighthouseUsed: boolean } {
  const credits: ScoredCredit[] = [];
  const applied = { checks: 0, of: 0, weight: 0, weightOf: 0 };
  for (const check of checks) {
    const dimension = scoredDimensions.find((name) => name === check.dimension);
    const weight = weights.get(check.id) ?? 0;
    if (!dimension || weight <= 0) continue;
    applied.of += 1;
    applied.weightOf += weight;
    const credit = checkCredit(check);
    if (credit === undefined) continue;
    applied.checks += 1;
    applied.weight += weight;
    credits.push({ id: check.id, dimension, weight, credit });
  }
  const lighthouseUsed = lighthouseCredits(lighthouse);
  for (const { input, credit } of lighthouseUsed) credits.push({ id: input.id, dimension: input.dimension, weight: input.weight, credit });
  return { credits, applied, lighthouseUsed: lighthouseUsed.length > 0 };
}

/** Each scored dimension's score from the credits, null for a dimension none of them falls in. */
export function dimensionScores(credits: readonly ScoredCredit[]): Record<string, number | null> {
  const sums = new Map<ScoredDimension, { weighted: number; weights: number }>();
  for (const { dimension, weight, credit } of credits) {
    const sum = sums.get(dimension) ?? { weighted: 0, weights: 0 };
    sum.weighted += weight * credit;
    sum.weights += weight;
    sums.set(dimension, sum);
  }
  const dimensions: Record<string, number | null> = {};
  for (const dimension of scoredDimensions) {
    const sum = sums.get(dimension);
    dimensions[dimension] = sum ? dimensionScore(sum.weighted, sum.weights) : null;
  }
  return dimensions;
}

/**
 * The index of a site from its check results. `thresholds` are the level conditions: the
 * definition's by default; the report's sensitivity analysis passes moved ones.
 */
export function computeIndex(
  weights: CheckWeights,
  checks: CheckResult[],
  lighthouse: LighthousePageResult[] = [],
  visibility?: SearchVisibility,
  thresholds: readonly LevelThreshold[] = levelThresholds,
): SiteIndex {
  const { credits, applied, lighthouseUsed } = scoredCredits(weights, checks, lighthouse);
  const dimensions = dimensionScores(credits);
  const invisible = visibility ? invisibility(visibility) : undefined;
  const score = invisible ? Math.min(totalScore(dimensions), invisibleGate.maxScore) : totalScore(dimensions);
  const level = invisible ? 0 : maturityLevel(score, dimensions, checks, thresholds);
  return {
    score,
    level,
    label: invisible ? invisibleGate.label : maturityLabels[level],
    dimensions,
    version: indexVersion,
    ...(invisible ? { invisible } : {}),
    applied,
    lighthouse: lighthouseUsed ? 'used' : 'absent',
    ...(lighthouseUsed
      ? {}
      : {
          notes: [
            {
              fr: 'Performance calculée sans Lighthouse, sur les seules règles lues dans les pages (viewport, HTTPS, contenu mixte).',
              en: 'Performance computed without Lighthouse, from the rules read in the pages only (viewport, HTTPS, mixed content).',
            },
          ],
        }),
  };
}

/**
 * The index of an audited site; none (not a zero) for a site that could not be audited. A site
 * robots.txt closes to every search engine is audited as such: level 0, score 0, only its
 * indexability known.
 */
export function indexForSite(
  weights: CheckWeights,
  outcome: CrawlOutcome,
  checks: CheckResult[],
  lighthouse: LighthousePageResult[] = [],
  visibility?: SearchVisibility,
  thresholds: readonly LevelThreshold[] = levelThresholds,
): SiteIndex | undefined {
  if (outcome === 'invisible') return closedSiteIndex();
  if (outcome !== 'ok') return undefined;
  const applied = checks.some((check) => check.status !== 'na' && check.dimension !== 'public-sector');
  return applied ? computeIndex(weights, checks, lighthouse, visibility, thresholds) : undefined;
}

function closedSiteIndex(): SiteIndex {
  const dimensions: Record<string, number | null> = Object.fromEntries(scoredDimensions.map((dimension) => [dimension, null]));
  dimensions['indexability'] = 0;
  return {
    score: 0,
    level: 0,
    label: invisibleGate.label,
    dimensions,
    version: indexVersion,
    invisible: 'robots',
    applied: { checks: 0, of: 0, weight: 0, weightOf: 0 },
  };
}

/** A dimension's score, 0–100: the weighted mean of its credits; null when no weighed check applied. */
export function dimensionScore(weighted: number, weights: number): number | null {
  return weights > 0 ? Math.round((100 * weighted) / weights) : null;
}

/** Weighted mean of the dimensions that have a score, each with its share of the total. */
export function totalScore(dimensions: Record<string, number | null>): number {
  let weighted = 0;
  let weights = 0;
  for (const dimension of scoredDimensions) {
    const value = dimensions[dimension];
    if (value === null || value === undefined) continue;
    weighted += dimensionWeights[dimension] * value;
    weights += dimensionWeights[dimension];
  }
  return weights > 0 ? Math.round(weighted / weights) : 0;
}

/** Intent checks the site passes: each one an independent sign of deliberate SEO work. */
export function intentSignals(checks: readonly CheckResult[]): string[] {
  return checks.filter((check) => check.dimension === 'intent' && check.status === 'pass').map((check) => check.id);
}

export function maturityLevel(
  score: number,
  dimensions: Record<string, number | null>,
  checks: readonly CheckResult[],
  thresholds: readonly LevelThreshold[] = levelThresholds,
): MaturityLevel {
  const failed = new Set(checks.filter((check) => check.status === 'fail').map((check) => check.id));
  return levelReached({ score, dimensions, signals: intentSignals(checks).length, failed }, thresholds);
}

/** What the level conditions read of a site: enough to decide its level without its check results. */
export interface LevelFacts {
  score: number;
  dimensions: Readonly<Record<string, number | null>>;
  /** Intent signals the site shows (`intentSignals`). */
  signals: number;
  /** Ids of the checks the site fails. */
  failed: ReadonlySet<string>;
}

/** The highest level whose conditions, and those of every level below, the site meets. */
export function levelReached(facts: LevelFacts, thresholds: readonly LevelThreshold[] = levelThresholds): MaturityLevel {
  let reached: MaturityLevel = 0;
  for (const threshold of thresholds) {
    let met = facts.score >= threshold.min && facts.signals >= threshold.minIntentSignals;
    for (const dimension in threshold.minDimensions) {
      if (!met) break;
      met = (facts.dimensions[dimension] ?? -1) >= (threshold.minDimensions[dimension as ScoredDimension] ?? 0);
    }
    for (const id of threshold.requiredChecks) if (facts.failed.has(id)) met = false;
    if (!met) break;
    reached = threshold.level;
  }
  return reached;
}
