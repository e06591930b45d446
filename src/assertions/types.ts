// What an assertion file says, once read: Lighthouse CI's syntax (`"categories:seo": ["error", {"minScore": 0.9}]`)
// plus muniseo's own keys, each entry checked and turned into one of the targets below.
import type { FormFactor, LighthouseCategory, LighthouseMetrics, MaturityLevel } from '../model/index.js';

export type AssertionLevel = 'warn' | 'error';

/** How the runs of one page are reduced to one value, as in Lighthouse CI. */
export const aggregationMethods = ['median', 'optimistic', 'pessimistic', 'median-run'] as const;
export type AggregationMethod = (typeof aggregationMethods)[number];

/** The check statuses an assertion may require, weakest last: `warn` accepts a warning. */
export const requiredStatuses = ['pass', 'warn'] as const;
export type RequiredStatus = (typeof requiredStatuses)[number];

export type AssertionTarget =
  /** A Lighthouse category score, 0–1, per page. */
  | { kind: 'category'; category: LighthouseCategory; minScore: number }
  /** A Lighthouse metric's numeric value (ms, or unitless for CLS), per page. */
  | { kind: 'metric'; auditId: string; metric: keyof LighthouseMetrics; maxNumericValue: number }
  /** A Lighthouse SEO or accessibility audit: 1 when it passed on the page's median run, else 0. */
  | { kind: 'audit'; auditId: string; minScore: number }
  /** The site's SEO practice index, 0–100. */
  | { kind: 'index'; minScore: number }
  /** The site's maturity level, 0–3. */
  | { kind: 'level'; minLevel: MaturityLevel }
  /** One dimension of the index, 0–100. */
  | { kind: 'dimension'; dimension: string; minScore: number }
  /** One check of the catalogue: its status for the site and, for a page check, the pages that warn or fail. */
  | { kind: 'check'; checkId: string; status?: RequiredStatus; maxPagesAffected?: number };

export interface Assertion {
  /** The key as written in the file. */
  key: string;
  level: AssertionLevel;
  /** Lighthouse keys only. */
  aggregationMethod?: AggregationMethod;
  target: AssertionTarget;
}

export interface AssertionGroup {
  /** Lighthouse CI's `matchingUrlPattern`: the group applies to pages (and, for muniseo keys, sites) whose URL matches. */
  matchingUrlPattern?: string;
  assertions: Assertion[];
}

export interface AssertionSet {
  groups: AssertionGroup[];
  /** True when some assertion needs Lighthouse results. */
  needsLighthouse: boolean;
}

/** One assertion on one site, or on one page of it: a JUnit test case. */
export interface AssertionResult {
  key: string;
  level: AssertionLevel;
  passed: boolean;
  site: { id: string; name: string; url: string };
  page?: { url: string; formFactor: FormFactor };
  /** The option asserted: minScore, maxNumericValue, minLevel, status or maxPagesAffected. */
  name: string;
  operator: '>=' | '<=';
  expected: number | string;
  /** The value compared; null when there was none (the reason is then in `message`). */
  actual: number | string | null;
  /** Each run's value, for a Lighthouse key (null for a run without one). */
  values?: (number | null)[];
  aggregationMethod?: AggregationMethod;
  /** The pages concerned: for a page check, every page that warns or fails on it (its examples for older results). */
  pages?: string[];
  /** Why there is no value, or what else to know. */
  message?: string;
}
