// The crawl stage: one site in, a SiteCrawl out (pages as snapshots, robots.txt, sitemaps,
// probes, traps), HTML handed to the caller's parse hook and never kept.
export { crawlSite, type CrawlHooks, type ParsedPage } from './site-crawl.js';
export { isAllowed, blocksWholeSite, parseRobotsTxt, type RobotsTxt } from './robots.js';
export { normaliseUrl, sameSite } from './urls.js';
export { trapPattern, hasSessionParameter } from './traps.js';
export type * from './types.js';
