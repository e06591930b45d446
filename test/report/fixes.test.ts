import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/model/index.js';
import { rankFixes } from '../../src/report/index-definition.js';
import { computeIndex } from '../../src/scoring/index.js';
import { checkWeights } from '../../src/checks/catalogue.js';

const check = (
  id: string,
  dimension: CheckResult['dimension'],
  status: CheckResult['status'],
  scope: CheckResult['scope'] = 'site',
): CheckResult => ({
  id,
  scope,
  dimension,
  status,
  value: scope === 'page' ? (status === 'pass' ? 1 : 0) : undefined,
  pagesAffected: 0,
  pagesChecked: scope === 'page' ? 4 : 0,
  examples: [],
});

describe('the fixes that would raise an index most', () => {
  // Indexability: indexable (weight 3) fails, http-status (2) passes → 2/5 = 40.
  // On-page: title-length (1) fails, title-present (3) passes → 3/4 = 75.
  // Index = (30 × 40 + 25 × 75) / 55 = 55.9 → 56 (dimension weights 30 and 25; the others have no check).
  const checks = [
    check('indexable', 'indexability', 'fail', 'page'),
    check('http-status', 'indexability', 'pass', 'page'),
    check('title-length', 'on-page', 'fail', 'page'),
    check('title-present', 'on-page', 'pass', 'page'),
    check('legal-notice', 'public-sector', 'fail'),
  ];
  const current = computeIndex(checkWeights, checks);

  it('prices each fix with the index formula, largest gain first', () => {
    expect(current.score).toBe(56);
    // indexable passing: (30 × 100 + 25 × 75) / 55 = 88.6 → 89, +33. title-length passing: (30 × 40 + 25 × 100) / 55 = 67.3 → 67, +11.
    expect(rankFixes(checks, [], current).map((fix) => [fix.check.id, fix.gain])).toEqual([
      ['indexable', 33],
      ['title-length', 11],
    ]);
  });

  it('leaves out public-sector facts, which are not in the index, and checks already passing', () => {
    const ids = rankFixes(checks, [], current).map((fix) => fix.check.id);
    expect(ids).not.toContain('legal-notice');
    expect(ids).not.toContain('http-status');
  });

  it('offers nothing when every scored check passes', () => {
    const passing = checks.map((entry) => (entry.dimension === 'public-sector' ? entry : { ...entry, status: 'pass' as const, value: 1 }));
    expect(rankFixes(passing, [], computeIndex(checkWeights, passing))).toEqual([]);
  });
});
