// ESLint-RuleTester-style cases for checks: HTML strings in, expected status out, no network.
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/extract/page-facts.js';
import { type Finding, type FindingStatus, missingRobotsTxt, type PageFacts, renderMessage } from '../../src/model/index.js';
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

/** A case whose verdict is explained: the message id the check must give (and values, when they matter). */
export interface Explained {
  message: string;
  values?: Record<string, unknown>;
}
export type ExplainedPageCase = PageCase & Explained;
export interface SiteCase {
  name: string;
  site: Partial<SiteContext>;
  message?: string;
  values?: Record<string, unknown>;
}
export type ExplainedSiteCase = SiteCase & Explained;

/** Passing cases may name a message; warn, fail and na cases must (as ESLint's RuleTester pins a messageId). */
export interface PageCases {
  pass?: (Case | ExplainedPageCase)[];
  warn?: ExplainedPageCase[];
  fail?: ExplainedPageCase[];
  na?: ExplainedPageCase[];
}
export interface SiteCases {
  pass?: SiteCase[];
  warn?: ExplainedSiteCase[];
  fail?: ExplainedSiteCase[];
  na?: ExplainedSiteCase[];
}

const label = (input: Case) => (typeof input === 'string' ? input : (input.name ?? input.html)).slice(0, 90) || '(empty page)';

function expectExplained(check: Check, finding: Finding, status: FindingStatus, expected: Partial<Explained>): void {
  const explanation = finding.message ? renderMessage(check.messages, { id: finding.message, values: finding.values }, 'en') : '';
  expect(finding.status, explanation).toBe(status);
  if (expected.message !== undefined) {
    expect(finding.message, explanation).toBe(expected.message);
    expect(Object.keys(check.messages), `${check.id} has no message "${expected.message}"`).toContain(expected.message);
  }
  if (expected.values !== undefined) expect(finding.values).toMatchObject(expected.values);
}

/** Page-check cases: each HTML string must give the status of its list, with the message it names. */
export function checkCases(check: Check, cases: PageCases, context: Partial<SiteContext> = {}): void {
  if (check.scope !== 'page') throw new Error(`${check.id} is a site check: use siteCheckCases`);
  describe(check.id, () => {
    for (const [status, inputs] of Object.entries(cases) as [FindingStatus, (Case | ExplainedPageCase)[]][]) {
      for (const input of inputs) {
        const name = typeof input === 'string' || !('message' in input) ? label(input) : `${input.message}: ${label(input)}`;
        it(`${status}: ${name}`, () => {
          const facts = factsOf(input);
          const finding = (check as PageCheck).run(facts, siteContext({ pages: [facts], home: facts, ...context }));
          expectExplained(check, finding, status, typeof input === 'string' ? {} : (input as Partial<Explained>));
        });
      }
    }
  });
}

/** Site-check cases: each context must give the status of its list, with the message it names. */
export function siteCheckCases(check: Check, cases: SiteCases): void {
  if (check.scope !== 'site') throw new Error(`${check.id} is a page check: use checkCases`);
  describe(check.id, () => {
    for (const [status, inputs] of Object.entries(cases) as [FindingStatus, SiteCase[]][]) {
      for (const input of inputs) {
        it(`${status}: ${input.message ? `${input.message}: ` : ''}${input.name}`, () => {
          const finding = (check as SiteCheck).run(siteContext(input.site));
          expectExplained(check, finding, status, input);
        });
      }
    }
  });
}
