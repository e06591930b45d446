// The SEO practice index: check results (and Lighthouse, when it ran) → a 0–100 score per
// dimension and in total, and a maturity level. Its definition lives in definition.ts.
import type { CheckResult, CheckWeights, CrawlOutcome, LighthousePageResult, MaturityLevel, SiteIndex } from '../model/index.js';
import { dimensionWeights, levelThresholds, maturityLabels, scoredDimensions, statusCredit, type ScoredDimension } from './definition.js';
import { lighthouseCredits } from './lighthouse-inputs.js';

export * from './definition.js';
export { lighthouseInputs, lighthouseCredits, type LighthouseInput } from './lighthouse-inputs.js';

/**
 * A check's credit, 0–1. Site checks: 1 for pass, ½ for warn, 0 for fail. Page checks: the share
 * of pages that pass, counted in full once the site passes (90% of pages).
 */
export function checkCredit(check: CheckResult): number | undefined {
  if (check.status === 'na') return undefined;
  if (check.scope === 'page' && check.status !== 'pass' && typeof check.value === 'number') return check.value;
  return statusCredit[check.status];
}

export function computeIndex(weights: CheckWeights, checks: CheckResult[], lighthouse: LighthousePageResult[] = []): SiteIndex {
  const sums = new Map<ScoredDimension, { weighted: number; weights: number }>();
  const add = (dimension: ScoredDimension, weight: number, credit: number) => {
    const sum = sums.get(dimension) ?? { weighted: 0, weights: 0 };
    sum.weighted += weight * credit;
    sum.weights += weight;
    sums.set(dimension, sum);
  };
  for (const check of checks) {
    const dimension = scoredDimensions.find((name) => name === check.dimension);
    const weight = weights.get(check.id) ?? 0;
    const credit = checkCredit(check);
    if (dimension && weight > 0 && credit !== undefined) add(dimension, weight, credit);
  }
  const lighthouseUsed = lighthouseCredits(lighthouse);
  for (const { input, credit } of lighthouseUsed) add(input.dimension, input.weight, credit);

  const dimensions: Record<string, number | null> = {};
  for (const dimension of scoredDimensions) {
    const sum = sums.get(dimension);
    dimensions[dimension] = sum && sum.weights > 0 ? Math.round((100 * sum.weighted) / sum.weights) : null;
  }
  const score = totalScore(dimensions);
  const level = maturityLevel(score, dimensions, checks);
  return {
    score,
    level,
    label: maturityLabels[level],
    dimensions,
    lighthouse: lighthouseUsed.length > 0 ? 'used' : 'absent',
    ...(lighthouseUsed.length > 0
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

/** The index of an audited site; none (not a zero) for a site that could not be audited. */
export function indexForSite(
  weights: CheckWeights,
  outcome: CrawlOutcome,
  checks: CheckResult[],
  lighthouse: LighthousePageResult[] = [],
): SiteIndex | undefined {
  if (outcome !== 'ok') return undefined;
  const applied = checks.some((check) => check.status !== 'na' && check.dimension !== 'public-sector');
  return applied ? computeIndex(weights, checks, lighthouse) : undefined;
}

/** Weighted mean of the dimensions that have a score, each with its share of the total. */
function totalScore(dimensions: Record<string, number | null>): number {
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

export function maturityLevel(score: number, dimensions: Record<string, number | null>, checks: readonly CheckResult[]): MaturityLevel {
  const signals = intentSignals(checks).length;
  const failed = new Set(checks.filter((check) => check.status === 'fail').map((check) => check.id));
  let reached: MaturityLevel = 0;
  for (const threshold of levelThresholds) {
    const met =
      score >= threshold.min &&
      Object.entries(threshold.minDimensions).every(([dimension, min]) => (dimensions[dimension] ?? -1) >= min) &&
      signals >= threshold.minIntentSignals &&
      threshold.requiredChecks.every((id) => !failed.has(id));
    if (!met) break;
    reached = threshold.level;
  }
  return reached;
}
