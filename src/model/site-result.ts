// One institution's audit as every stage after it reads it: the store writes it, the report and
// the exports read it, a remote worker returns it. A site that cannot be audited is a result too.
import type { CrawlOutcome, CrawlStats, SiteCrawl } from './crawl.js';
import type { CheckResult } from './findings.js';
import type { Institution } from './institution.js';
import type { LighthousePageResult, PerformanceVariability } from './lighthouse.js';
import type { Localised } from './localised.js';

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
  error?: string;
}

export interface CrawlSummary extends CrawlStats {
  robotsTxt: { url: string; status: string; httpStatus: number | null; sitemaps: string[]; problems: string[] };
  sitemaps: {
    url: string;
    source: string;
    kind: string;
    status: number | null;
    urlCount: number;
    outsideSite: number;
    lastmodRange?: { from: string; to: string };
    errors: string[];
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
  reason?: string;
  startedAt: string;
  finishedAt: string;
  crawl: CrawlSummary;
  pages: PageRecord[];
  checks: CheckResult[];
  /** `performanceVariability` only when pages were run more than once. */
  lighthouse: { pages: LighthousePageResult[]; performanceVariability?: PerformanceVariability };
  /** Absent when the site could not be audited: no index rather than a zero. */
  index?: SiteIndex;
}
