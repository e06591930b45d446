import type {
  CrawlCoverage,
  Dimension,
  HomeLinks,
  LinkTargetVerification,
  Finding,
  Institution,
  Localised,
  MessageCatalogue,
  PageFacts,
  PageSnapshot,
  ProbeResult,
  RobotsTxt,
  SitemapSummary,
  TrapReport,
} from '../model/index.js';

/** How the report groups the public-sector facts (reported beside the index, never inside). */
export const publicSectorThemes = ['accessibility', 'legal', 'analytics', 'dsfr', 'other'] as const;
export type PublicSectorTheme = (typeof publicSectorThemes)[number];

export interface CheckMeta<MessageId extends string = string> {
  /** Stable id: never renamed once published. */
  id: string;
  dimension: Dimension;
  /** Weight in its dimension's score; 0 for facts reported but not scored. */
  weight: number;
  title: Localised;
  rationale: Localised;
  /** The authority the verdict follows (Google Search Central, a Lighthouse audit, an RFC, a law). */
  source: string | readonly string[];
  /** Every explanation the check can give, in both languages, with `{placeholders}`. */
  messages: MessageCatalogue<MessageId>;
  /** Public-sector facts: the report's theme for the check. */
  theme?: PublicSectorTheme;
}

export interface PageCheck<MessageId extends string = string> extends CheckMeta<MessageId> {
  scope: 'page';
  run(page: PageFacts, site: SiteContext): Finding<MessageId>;
}

export interface SiteCheck<MessageId extends string = string> extends CheckMeta<MessageId> {
  scope: 'site';
  run(site: SiteContext): Finding<MessageId>;
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
  rawVsRendered?: { rawWords: number; renderedWords: number; rawLinks: number; renderedLinks: number; homeLinks?: HomeLinks };
  /** How much of the site the crawl saw (absent: a complete crawl, as results before it existed were read). */
  coverage?: CrawlCoverage;
  /** Internal link targets the crawl did not fetch, and the sample verified by HEAD. */
  linkTargets?: LinkTargetVerification;
}
