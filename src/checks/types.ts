import type { Institution } from '../institutions/types.js';
import type { PageFacts } from '../extract/types.js';
import type { PageSnapshot, ProbeResult, SitemapSummary, TrapReport } from '../crawl/types.js';
import type { RobotsTxt } from '../crawl/robots.js';

export type FindingStatus = 'pass' | 'warn' | 'fail' | 'na';

export interface Finding {
  status: FindingStatus;
  /** A measured value (a length, a count, a share). */
  value?: number | string | boolean;
  /** Why, in a sentence a site owner can act on. */
  evidence?: string;
  /** Example URLs (site checks). */
  examples?: string[];
}

/** Dimensions of the SEO practice index; `public-sector` facts are reported beside it, never inside. */
export const dimensions = ['indexability', 'on-page', 'rich-results', 'performance', 'intent', 'public-sector'] as const;
export type Dimension = (typeof dimensions)[number];

export interface Localised {
  fr: string;
  en: string;
}

interface CheckMeta {
  /** Stable id: never renamed once published. */
  id: string;
  dimension: Dimension;
  /** Weight in its dimension's score; 0 for facts reported but not scored. */
  weight: number;
  title: Localised;
  rationale: Localised;
}

export interface PageCheck extends CheckMeta {
  scope: 'page';
  run(page: PageFacts, site: SiteContext): Finding;
}

export interface SiteCheck extends CheckMeta {
  scope: 'site';
  run(site: SiteContext): Finding;
}

export type Check = PageCheck | SiteCheck;

/** Everything a site check may look at. Pure data: checks never fetch. */
export interface SiteContext {
  institution: Institution;
  origin: string;
  /** Facts of every HTML page crawled (status < 400). */
  pages: PageFacts[];
  /** Every URL crawled, HTML or not, with status and redirects. */
  snapshots: PageSnapshot[];
  robots: RobotsTxt;
  sitemaps: SitemapSummary[];
  homeProbes: ProbeResult[];
  soft404: ProbeResult | null;
  traps: TrapReport[];
  /** The home page's facts, when it could be read. */
  home?: PageFacts;
  renderedWith: 'http' | 'browser';
  rawVsRendered?: { rawWords: number; renderedWords: number; rawLinks: number; renderedLinks: number };
}

/** A check's result for one site: page checks are aggregated over the site's pages. */
export interface CheckResult {
  id: string;
  scope: 'page' | 'site';
  dimension: Dimension;
  status: FindingStatus;
  value?: number | string | boolean;
  evidence?: string;
  /** Page checks: pages that warn or fail. */
  pagesAffected: number;
  /** Page checks: pages the check applied to. */
  pagesChecked: number;
  examples: string[];
}
