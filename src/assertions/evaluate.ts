// Assertions judged against the audited sites: Lighthouse keys on every page Lighthouse audited (each
// URL and form factor, as Lighthouse CI asserts each URL), muniseo keys once per site.
import type { CheckResult, FindingStatus, LighthousePageResult, SiteResult } from '../model/index.js';
import { aggregate } from './aggregate.js';
import type { Assertion, AssertionGroup, AssertionResult, AssertionSet, AssertionTarget, RequiredStatus } from './types.js';

export function evaluateAssertions(set: AssertionSet, sites: Iterable<SiteResult>): AssertionResult[] {
  const results: AssertionResult[] = [];
  for (const site of sites) {
    for (const group of set.groups) results.push(...evaluateGroup(group, site));
  }
  return results;
}

function evaluateGroup(group: AssertionGroup, site: SiteResult): AssertionResult[] {
  const pattern = group.matchingUrlPattern === undefined ? undefined : new RegExp(group.matchingUrlPattern);
  const matches = (url: string) => !pattern || pattern.test(url);
  const pages = site.lighthouse.pages.filter((page) => matches(page.url));
  const results: AssertionResult[] = [];
  for (const assertion of group.assertions) {
    const { target } = assertion;
    if (target.kind === 'category' || target.kind === 'metric' || target.kind === 'audit') {
      if (site.lighthouse.pages.length === 0) results.push(noLighthouse(assertion, site));
      for (const page of pages) results.push(pageResult(assertion, target, site, page));
    } else if (matches(site.institution.url)) {
      results.push(...siteResults(assertion, target, site));
    }
  }
  return results;
}

function siteOf(site: SiteResult): AssertionResult['site'] {
  return { id: site.institution.id, name: site.institution.name, url: site.institution.url };
}

function noLighthouse(assertion: Assertion, site: SiteResult): AssertionResult {
  const { name, expected, operator } = threshold(assertion.target);
  const why = site.index ? 'Lighthouse audited no page of the site' : `the site was not audited (${site.outcome})`;
  return {
    key: assertion.key,
    level: assertion.level,
    passed: false,
    site: siteOf(site),
    name,
    operator,
    expected,
    actual: null,
    message: why,
  };
}

function threshold(target: AssertionTarget): { name: string; expected: number | string; operator: '>=' | '<=' } {
  switch (target.kind) {
    case 'metric':
      return { name: 'maxNumericValue', expected: target.maxNumericValue, operator: '<=' };
    case 'level':
      return { name: 'minLevel', expected: target.minLevel, operator: '>=' };
    case 'check':
      return target.status
        ? { name: 'status', expected: target.status, operator: '>=' }
        : { name: 'maxPagesAffected', expected: target.maxPagesAffected ?? 0, operator: '<=' };
    default:
      return { name: 'minScore', expected: target.minScore, operator: '>=' };
  }
}

function pageResult(
  assertion: Assertion,
  target: Extract<AssertionTarget, { kind: 'category' | 'metric' | 'audit' }>,
  site: SiteResult,
  page: LighthousePageResult,
): AssertionResult {
  const { name, expected, operator } = threshold(target);
  const method = assertion.aggregationMethod ?? 'optimistic';
  let values: (number | null)[];
  if (target.kind === 'category') values = page.runs.map((run) => run.scores[target.category] ?? null);
  else if (target.kind === 'metric') values = page.runs.map((run) => run.metrics[target.metric] ?? null);
  else {
    // Only the median run's failing SEO and accessibility audits are kept: one value, 0 or 1.
    const failing = [...page.failingSeoAudits, ...page.failingAccessibilityAudits].includes(target.auditId);
    values = page.runs.map((_, index) => (index === page.medianRun && !page.error ? (failing ? 0 : 1) : null));
  }
  const lowerIsBetter = target.kind === 'metric';
  const { value, message } = aggregate(values, method, lowerIsBetter, page.medianRun);
  const passed = value !== null && (lowerIsBetter ? value <= (expected as number) : value >= (expected as number));
  const lighthouseError = page.error ? `Lighthouse failed on this page: ${page.error.code}` : undefined;
  return {
    key: assertion.key,
    level: assertion.level,
    passed,
    site: siteOf(site),
    page: { url: page.url, formFactor: page.formFactor },
    name,
    operator,
    expected,
    actual: value,
    values: target.kind === 'audit' ? undefined : values,
    aggregationMethod: method,
    ...(value === null ? { message: lighthouseError ?? message } : {}),
  };
}

const statusRank: Record<FindingStatus, number> = { fail: 0, warn: 1, pass: 2, na: 2 };
const requiredRank: Record<RequiredStatus, number> = { warn: 1, pass: 2 };

function siteResults(
  assertion: Assertion,
  target: Exclude<AssertionTarget, { kind: 'category' | 'metric' | 'audit' }>,
  site: SiteResult,
): AssertionResult[] {
  const base = { key: assertion.key, level: assertion.level, site: siteOf(site) };
  const { name, expected, operator } = threshold(target);
  const index = site.index;
  const notAudited = `the site was not audited (${site.outcome}${site.reason ? `: ${site.reason}` : ''})`;
  switch (target.kind) {
    case 'index':
      return [
        {
          ...base,
          name,
          operator,
          expected,
          actual: index?.score ?? null,
          passed: index !== undefined && index.score >= target.minScore,
          ...(index ? {} : { message: notAudited }),
        },
      ];
    case 'level':
      return [
        {
          ...base,
          name,
          operator,
          expected,
          actual: index?.level ?? null,
          passed: index !== undefined && index.level >= target.minLevel,
          ...(index ? {} : { message: notAudited }),
        },
      ];
    case 'dimension': {
      const value = index?.dimensions[target.dimension] ?? null;
      const message = !index ? notAudited : value === null ? 'no check of this dimension applied to the site' : undefined;
      return [
        {
          ...base,
          name,
          operator,
          expected,
          actual: value,
          passed: value !== null && value >= target.minScore,
          ...(message ? { message } : {}),
        },
      ];
    }
    case 'check': {
      const check = site.checks.find((candidate) => candidate.id === target.checkId);
      if (!check) {
        const message = index ? 'the check did not run on this site' : notAudited;
        return [{ ...base, name, operator, expected, actual: null, passed: false, message }];
      }
      return checkResults(base, target, check, affectedPages(site, check));
    }
  }
}

/** Every page a page check warns or fails on, as the audit kept them; else the check's examples. */
function affectedPages(site: SiteResult, check: CheckResult): string[] {
  const pages = site.pages.filter((page) => page.failingChecks?.includes(check.id)).map((page) => page.finalUrl);
  return pages.length > 0 ? pages : check.examples;
}

function checkResults(
  base: Pick<AssertionResult, 'key' | 'level' | 'site'>,
  target: Extract<AssertionTarget, { kind: 'check' }>,
  check: CheckResult,
  affected: string[],
): AssertionResult[] {
  const pages = affected.length > 0 ? { pages: affected } : {};
  const results: AssertionResult[] = [];
  if (target.status) {
    // Not applicable passes, as a not-applicable audit does in Lighthouse CI.
    const passed = statusRank[check.status] >= requiredRank[target.status];
    results.push({
      ...base,
      name: 'status',
      operator: '>=',
      expected: target.status,
      actual: check.status,
      passed,
      ...pages,
      ...(check.evidence ? { message: check.evidence } : {}),
    });
  }
  if (target.maxPagesAffected !== undefined) {
    const passed = check.pagesAffected <= target.maxPagesAffected;
    results.push({
      ...base,
      name: 'maxPagesAffected',
      operator: '<=',
      expected: target.maxPagesAffected,
      actual: check.pagesAffected,
      passed,
      ...pages,
    });
  }
  return results;
}
