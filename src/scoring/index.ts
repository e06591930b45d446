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

export function computeIndex(
  weights: CheckWeights,
  checks: CheckResult[],
  lighthouse: LighthousePageResult[] = [],
  visibility?: SearchVisibility,
): SiteIndex {
  const sums = new Map<ScoredDimension, { weighted: number; weights: number }>();
  const add = (dimension: ScoredDimension, weight: number, credit: number) => {
    const sum = sums.get(dimension) ?? { weighted: 0, weights: 0 };
    sum.weighted += weight * credit;
    sum.weights += weight;
    sums.set(dimension, sum);
  };
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
    add(dimension, weight, credit);
  }
  const lighthouseUsed = lighthouseCredits(lighthouse);
  for (const { input, credit } of lighthouseUsed) add(input.dimension, input.weight, credit);

  const dimensions: Record<string, number | null> = {};
  for (const dimension of scoredDimensions) {
    const sum = sums.get(dimension);
    dimensions[dimension] = sum && sum.weights > 0 ? Math.round((100 * sum.weighted) / sum.weights) : null;
  }
  const invisible = visibility ? invisibility(visibility) : undefined;
  const score = invisible ? Math.min(totalScore(dimensions), invisibleGate.maxScore) : totalScore(dimensions);
  const level = invisible ? 0 : maturityLevel(score, dimensions, checks);
  return {
    score,
    level,
    label: invisible ? invisibleGate.label : maturityLabels[level],
    dimensions,
    version: indexVersion,
    ...(invisible ? { invisible } : {}),
    applied,
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
): SiteIndex | undefined {
  if (outcome === 'invisible') return closedSiteIndex();
  if (outcome !== 'ok') return undefined;
  const applied = checks.some((check) => check.status !== 'na' && check.dimension !== 'public-sector');
  return applied ? computeIndex(weights, checks, lighthouse, visibility) : undefined;
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
