// One institution's audit as every stage after it reads it: the store writes it, the report and
// the exports read it, a remote worker returns it. A site that cannot be audited is a result too.
import type { SiteAttribution } from './attribution.js';
import type { CrawlOutcome, CrawlStats, SiteCrawl } from './crawl.js';
import type { CheckResult } from './findings.js';
import type { Institution } from './institution.js';
import type { LighthousePageResult, PerformanceVariability } from './lighthouse.js';
import type { Localised } from './localised.js';
import type { InvisibilityReason, SearchVisibility } from './visibility.js';
import type { Message } from './messages.js';

/** 0 none, 1 basics, 2 deliberate SEO, 3 advanced. */
export type MaturityLevel = 0 | 1 | 2 | 3;

export interface SiteIndex {
  /** 0–100. */
  score: number;
  level: MaturityLevel;
  label: Localised;
  /** 0–100 per dimension, null when no check of the dimension applied. */
  dimensions: Record<string, number | null>;
  /** Whether Lighthouse scores entered the performance dimension. */
  lighthouse?: 'used' | 'absent';
  /** What the reader should know to interpret the figures (e.g. performance computed without Lighthouse). */
  notes?: Localised[];
  /** Version of the index definition the figures were computed under; absent means 1 (muniseo 0.1). */
  version?: number;
  /** Set when search engines cannot show the site: why. The level is then 0 and the score capped. */
  invisible?: InvisibilityReason;
  /** The scored checks that applied to the site (not `na`), of those the catalogue weighs, and their weights. */
  applied?: { checks: number; of: number; weight: number; weightOf: number };
}

export interface PageRecord {
  url: string;
  finalUrl: string;
  status: number;
  depth: number;
  discoveredBy: string;
  contentType: string;
  size: number;
  truncated: boolean;
  timingMs: number;
  renderedWith: 'http' | 'browser';
  redirects: number;
  title?: string;
  metaDescription?: string;
  h1Count?: number;
  wordCount?: number;
  canonical?: string;
  indexable?: boolean;
  /** Page checks that warn or fail on this page (those whose `pagesAffected` counts it), in catalogue order. */
  failingChecks?: string[];
  /** Why the page could not be read, in English. */
  error?: string;
  /** The same, as a crawl message. */
  errorMessage?: Message;
}

export interface CrawlSummary extends CrawlStats {
  robotsTxt: {
    url: string;
    status: string;
    httpStatus: number | null;
    sitemaps: string[];
    problems: string[];
    problemMessages?: Message[];
  };
  sitemaps: {
    url: string;
    source: string;
    kind: string;
    status: number | null;
    urlCount: number;
    outsideSite: number;
    lastmodRange?: { from: string; to: string };
    errors: string[];
    errorMessages?: Message[];
  }[];
  traps: SiteCrawl['traps'];
  homeProbes: SiteCrawl['homeProbes'];
  soft404: SiteCrawl['soft404'];
  rawVsRendered?: SiteCrawl['rawVsRendered'];
}

/** One institution's audit. A site that cannot be audited is a result, not a gap. */
export interface SiteResult {
  institution: Institution;
  outcome: CrawlOutcome;
  /** Why the outcome is not a plain `ok`, or notes on the crawl, in English. */
  reason?: string;
  /** The same notes as crawl messages (src/model/crawl-messages.ts), for the report's language. */
  reasonMessages?: Message[];
  startedAt: string;
  finishedAt: string;
  crawl: CrawlSummary;
  pages: PageRecord[];
  checks: CheckResult[];
  /** `performanceVariability` only when pages were run more than once. */
  lighthouse: { pages: LighthousePageResult[]; performanceVariability?: PerformanceVariability };
  /** CMS, SEO plugins, theme, platform and vendor, as far as the site shows them. */
  attribution?: SiteAttribution;
  /** What the audit saw of the site's visibility to search engines (robots.txt for their crawlers, noindex). */
  visibility?: SearchVisibility;
  /** Absent when the site could not be audited: no index rather than a zero. */
  index?: SiteIndex;
  /** The worker that audited the site, in a study run over a queue (absent in a single-process study). */
  producedBy?: SiteProducer;
}

/** Who audited a site in a distributed study: results from unequal machines can be told apart. */
export interface SiteProducer {
  /** The worker's id, e.g. "host-a:12345" (`muniseo queue status` lists them). */
  worker: string;
  /** The machine's host name. */
  host: string;
  /**
   * Lighthouse's benchmarkIndex (its CPU benchmark, higher is faster), measured by the worker when
   * it started; Lighthouse's performance scores depend on it.
   */
  benchmarkIndex?: number;
}
