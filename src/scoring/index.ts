// Provisional index: replaced by the full SEO practice index (issue 4).
import type { CheckResult } from '../checks/types.js';
import type { LighthousePageResult } from '../lighthouse/types.js';

export type MaturityLevel = 0 | 1 | 2 | 3;

export interface SiteIndex {
  score: number;
  level: MaturityLevel;
  label: { fr: string; en: string };
  /** 0–100 per dimension, null when no check of the dimension applied. */
  dimensions: Record<string, number | null>;
}

export const maturityLabels: Record<MaturityLevel, { fr: string; en: string }> = {
  0: { fr: 'SEO absent', en: 'No SEO' },
  1: { fr: 'Hygiène de base', en: 'Basic hygiene' },
  2: { fr: 'SEO délibéré', en: 'Deliberate SEO' },
  3: { fr: 'SEO avancé', en: 'Advanced SEO' },
};

const statusScore = { pass: 1, warn: 0.5, fail: 0 } as const;

export function computeIndex(checks: CheckResult[], _lighthouse: LighthousePageResult[] = []): SiteIndex {
  const byDimension = new Map<string, number[]>();
  for (const check of checks) {
    if (check.status === 'na' || check.dimension === 'public-sector') continue;
    const list = byDimension.get(check.dimension) ?? [];
    list.push(statusScore[check.status]);
    byDimension.set(check.dimension, list);
  }
  const dimensions: Record<string, number | null> = {};
  for (const [dimension, scores] of byDimension) {
    dimensions[dimension] = Math.round((100 * scores.reduce((a, b) => a + b, 0)) / scores.length);
  }
  const values = Object.values(dimensions).filter((value): value is number => value !== null);
  const score = values.length > 0 ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0;
  const level: MaturityLevel = score >= 85 ? 3 : score >= 65 ? 2 : score >= 40 ? 1 : 0;
  return { score, level, label: maturityLabels[level], dimensions };
}
