// The crawl stage: one site in, a SiteCrawl out (pages as snapshots, robots.txt, sitemaps,
// probes, traps), HTML handed to the caller's parse hook and never kept. The types it returns
// and the rules it shares with the checks (robots.txt matching, URLs, traps) live in src/model/.
export { crawlSite, type CrawlHooks, type ParsedPage } from './site-crawl.js';
export { parseRobotsTxt } from './robots.js';
export {
  SiteLeases,
  MemoryLeaseStore,
  hostKey,
  resolveAddress,
  addressResolver,
  type AddressResolver,
  type LeaseClaim,
  type LeaseStore,
  type LeaseSettings,
  type SiteLeaseOptions,
} from './site-leases.js';
export { isSharedFrontEnd, sharedFrontEndRanges } from './shared-front-ends.js';
