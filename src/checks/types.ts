import type {
  Dimension,
  Finding,
  Institution,
  Localised,
  PageFacts,
  PageSnapshot,
  ProbeResult,
  RobotsTxt,
  SitemapSummary,
  TrapReport,
} from '../model/index.js';

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
