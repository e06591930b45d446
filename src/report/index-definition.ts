// What the report says about the index comes from src/scoring itself: the methodology prints
// its weights and thresholds, and the fixes are priced with its formula.
import type { CheckResult, LighthousePageResult, Localised, MaturityLevel, SearchVisibility, SiteIndex } from '../model/index.js';
import {
  computeIndex,
  dimensionReasons,
  dimensionWeights,
  levelThresholds,
  lighthouseInputs,
  maturityLabels,
  scoredDimensions,
} from '../scoring/index.js';
import { checkWeights } from '../checks/catalogue.js';

export interface LevelDefinition {
  level: MaturityLevel;
  label: Localised;
  /** Smallest index of the level. */
  min: number;
  /** Smallest score some dimensions must also reach. */
  minDimensions: Record<string, number>;
  reason: Localised;
}

export interface IndexDefinition {
  levels: LevelDefinition[];
  dimensions: { dimension: string; weight: number; reason: Localised }[];
  lighthouseInputs: { title: Localised; dimension: string; weight: number; rationale: Localised }[];
}

export function indexDefinition(): IndexDefinition {
  return {
    levels: levelThresholds.map((threshold) => ({
      level: threshold.level,
      label: threshold.label ?? maturityLabels[threshold.level],
      min: threshold.min,
      minDimensions: { ...threshold.minDimensions } as Record<string, number>,
      reason: threshold.reason,
    })),
    dimensions: scoredDimensions.map((dimension) => ({
      dimension,
      weight: dimensionWeights[dimension],
      reason: dimensionReasons[dimension],
    })),
    lighthouseInputs: lighthouseInputs.map((input) => ({
      title: input.title,
      dimension: input.dimension,
      weight: input.weight,
      rationale: input.rationale,
    })),
  };
}

export interface Fix {
  check: CheckResult;
  gain: number;
  /** The index and level the site would reach with this fix alone. */
  index: SiteIndex;
}

/**
 * The checks whose passing alone would raise the index most, largest gain first (ties in
 * catalogue order). Priced by re-running the scoring with that one check passing, so the
 * ranking follows the weights the index really uses.
 */
/** The checks whose failure is what makes a site invisible (robots.txt, noindex). */
const gateChecks = new Set(['indexable', 'robots-txt-not-blocking']);

export function rankFixes(
  checks: CheckResult[],
  lighthouse: LighthousePageResult[],
  current: SiteIndex,
  visibility?: SearchVisibility,
): Fix[] {
  const fixes: Fix[] = [];
  checks.forEach((check, position) => {
    if (check.status !== 'fail' && check.status !== 'warn') return;
    if (check.dimension === 'public-sector') return;
    // Fixed: every page passes (a page check's credit is its share of pages).
    const passing = { ...check, status: 'pass' as const, value: check.scope === 'page' ? 1 : check.value };
    const fixed = checks.map((other, index) => (index === position ? passing : other));
    // Fixing what makes the site invisible lifts the gate.
    const liftsGate = gateChecks.has(check.id);
    const index = computeIndex(checkWeights, fixed, lighthouse, liftsGate ? undefined : visibility);
    const gain = index.score - current.score;
    if (gain > 0) fixes.push({ check, gain, index });
  });
  return fixes.sort((a, b) => b.gain - a.gain);
}
