// ESLint-RuleTester-style cases for checks: HTML strings in, expected status out, no network.
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/extract/page-facts.js';
import { type FindingStatus, missingRobotsTxt, type PageFacts } from '../../src/model/index.js';
import type { Check, PageCheck, SiteCheck, SiteContext } from '../../src/checks/types.js';

export const testOrigin = 'https://www.saint-exemple.test';

export interface PageCase {
  html: string;
  url?: string;
  headers?: Record<string, string>;
  status?: number;
  name?: string;
}

type Case = string | PageCase;

/** Facts of an HTML string as extract would produce them for `url` (default: the home page). */
export function factsOf(input: Case): PageFacts {
  const page = typeof input === 'string' ? { html: input } : input;
  return extractPageFacts({
    url: page.url ?? `${testOrigin}/`,
    status: page.status ?? 200,
    headers: page.headers ?? {},
    body: page.html,
    siteOrigin: testOrigin,
  });
}

/** A site context with sensible empty defaults; override what the case is about. */
export function siteContext(overrides: Partial<SiteContext> = {}): SiteContext {
  return {
    institution: { id: 'test', name: 'Saint-Exemple', kind: 'commune', url: `${testOrigin}/` },
    origin: testOrigin,
    pages: [],
    snapshots: [],
    robots: missingRobotsTxt(`${testOrigin}/robots.txt`, 404),
    sitemaps: [],
    homeProbes: [],
    soft404: null,
    traps: [],
    renderedWith: 'http',
    ...overrides,
  };
}

const label = (input: Case) => (typeof input === 'string' ? input : (input.name ?? input.html)).slice(0, 90) || '(empty page)';

/** Page-check cases: each HTML string must give the status of its list. */
export function checkCases(check: Check, cases: Partial<Record<FindingStatus, Case[]>>, context: Partial<SiteContext> = {}): void {
  if (check.scope !== 'page') throw new Error(`${check.id} is a site check: use siteCheckCases`);
  describe(check.id, () => {
    for (const [status, inputs] of Object.entries(cases) as [FindingStatus, Case[]][]) {
      for (const input of inputs) {
        it(`${status}: ${label(input)}`, () => {
          const facts = factsOf(input);
          const finding = (check as PageCheck).run(facts, siteContext({ pages: [facts], home: facts, ...context }));
          expect(finding.status, finding.evidence).toBe(status);
        });
      }
    }
  });
}

/** Site-check cases: each context must give the status of its list. */
export function siteCheckCases(check: Check, cases: Partial<Record<FindingStatus, { name: string; site: Partial<SiteContext> }[]>>): void {
  if (check.scope !== 'site') throw new Error(`${check.id} is a page check: use checkCases`);
  describe(check.id, () => {
    for (const [status, inputs] of Object.entries(cases) as [FindingStatus, { name: string; site: Partial<SiteContext> }[]][]) {
      for (const input of inputs) {
        it(`${status}: ${input.name}`, () => {
          const finding = (check as SiteCheck).run(siteContext(input.site));
          expect(finding.status, finding.evidence).toBe(status);
        });
      }
    }
  });
}
