import type { Check, SiteContext } from './types.js';
import type { CheckResult, FindingStatus } from '../model/index.js';

const maxExamples = 5;

/** Runs the catalogue over one site. Page checks are summarised by the share of pages that pass. */
export function runChecks(site: SiteContext, checks: readonly Check[]): CheckResult[] {
  return checks.map((check) => (check.scope === 'site' ? runSiteCheck(check, site) : runPageCheck(check, site)));
}

function runSiteCheck(check: Extract<Check, { scope: 'site' }>, site: SiteContext): CheckResult {
  const finding = check.run(site);
  return {
    id: check.id,
    scope: 'site',
    dimension: check.dimension,
    status: finding.status,
    value: finding.value,
    evidence: finding.evidence,
    pagesAffected: 0,
    pagesChecked: 0,
    examples: (finding.examples ?? []).slice(0, maxExamples),
  };
}

function runPageCheck(check: Extract<Check, { scope: 'page' }>, site: SiteContext): CheckResult {
  const findings = site.pages.map((page) => ({ page, finding: check.run(page, site) }));
  const applicable = findings.filter(({ finding }) => finding.status !== 'na');
  const failing = applicable.filter(({ finding }) => finding.status === 'fail' || finding.status === 'warn');
  const passing = applicable.filter(({ finding }) => finding.status === 'pass').length;
  const share = applicable.length > 0 ? passing / applicable.length : 0;
  return {
    id: check.id,
    scope: 'page',
    dimension: check.dimension,
    status: applicable.length === 0 ? 'na' : statusForShare(share),
    value: applicable.length > 0 ? Math.round(share * 1000) / 1000 : undefined,
    evidence: failing[0]?.finding.evidence,
    pagesAffected: failing.length,
    pagesChecked: applicable.length,
    examples: failing.slice(0, maxExamples).map(({ page }) => page.url),
  };
}

/** Shares of pages that make a page check pass or warn for the whole site. */
export const pageShareThresholds = { pass: 0.9, warn: 0.5 } as const;

/** A site passes a page check when at least 90% of its pages do; below half, it fails. */
export function statusForShare(share: number): FindingStatus {
  if (share >= pageShareThresholds.pass) return 'pass';
  if (share >= pageShareThresholds.warn) return 'warn';
  return 'fail';
}
