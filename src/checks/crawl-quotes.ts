// What the crawl recorded, quoted in a check's message: its own messages when it has them (so a
// French report reads them in French), else the English text stored by an older muniseo.
import type { Message, PageSnapshot, ProbeResult, RobotsTxt, SitemapSummary, TrapReport } from '../model/index.js';

export type Quote = Message | string;

/** Why a request failed. */
export function failureOf(fetched: Pick<PageSnapshot | ProbeResult, 'error' | 'errorMessage'>): Quote {
  return fetched.errorMessage ?? fetched.error ?? '';
}

/** The robots.txt problem at `index` (the first one by default). */
export function robotsProblem(robots: RobotsTxt, index = 0): Quote {
  return robots.problemMessages?.[index] ?? robots.problems[index] ?? '';
}

/** A sitemap's error at `index`. */
export function sitemapError(sitemap: Pick<SitemapSummary, 'errors' | 'errorMessages'>, index = 0): Quote {
  return sitemap.errorMessages?.[index] ?? sitemap.errors[index] ?? '';
}

/** What a trap is: a URL family's pattern, or a described kind (session ids, a loop of relative links…). */
export function trapDescription(trap: TrapReport): Quote {
  return trap.patternMessage ?? trap.pattern;
}
