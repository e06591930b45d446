// The site-audit job: one institution in, one SiteResult out, plain data both ways so that the
// same job can run locally or on a remote worker. crawl → extract → checks → lighthouse → scoring.
import type PQueue from 'p-queue';
import type { StudyConfig } from './config.js';
import { type CrawlHooks, crawlSite } from './crawl/index.js';
import {
  type CheckResult,
  type CrawlSummary,
  declaredCanonical,
  type FormFactor,
  type Institution,
  isAllowed,
  isIndexable,
  type LighthousePageRequest,
  type LighthousePageResult,
  type PageFacts,
  type PageRecord,
  type PageSnapshot,
  type RobotsTxt,
  type SearchVisibility,
  type SiteCrawl,
  type SiteResult,
} from './model/index.js';
import { ExtractionPool, readFacts } from './extract/extraction-pool.js';
import { catalogue, checkWeights } from './checks/catalogue.js';
import { runChecks, type PageVerdicts } from './checks/run.js';
import { siteAttribution } from './checks/attribution.js';
import { robotsBlockedEngines, searchVisibility } from './checks/visibility.js';
import type { SiteContext } from './checks/types.js';
import { indexForSite } from './scoring/index.js';
import { performanceVariability } from './lighthouse/index.js';

/** Where Lighthouse work goes; a lane shared by all site jobs of a study. */
export interface LighthouseRunner {
  selectPages(input: { homeUrl: string; pages: PageFacts[]; snapshots: PageSnapshot[] }, count: number | 'all'): LighthousePageRequest[];
  audit(pages: LighthousePageRequest[], formFactors: FormFactor[]): Promise<LighthousePageResult[]>;
}

export interface AuditOptions {
  config: StudyConfig;
  lighthouse?: LighthouseRunner;
  globalLimiter?: PQueue;
  signal?: AbortSignal;
  /**
   * Whether the crawl may connect to loopback, private and CGNAT addresses: the decision of whoever
   * runs the audit (a queue worker's own `--allow-private-network`), never of the job or study it was
   * given. When set, it replaces `config.crawl.allowPrivateNetwork`; a local audit leaves it unset and
   * follows its own configuration. Link-local and cloud-metadata addresses stay closed either way.
   */
  allowPrivateNetwork?: boolean;
  /** Resolver and trusted certificates for the crawl (tests map fictional host names to loopback addresses). */
  network?: CrawlHooks['network'];
  /** Resolves when the crawl may reach a host: the audit's leases (src/crawl/site-leases.ts). */
  enterHost?(url: string): Promise<void>;
  /**
   * Lets one site at a time read its facts back and run its checks, for a study's sites: checks
   * take the main thread's CPU anyway, and each site checked at once adds its facts to the heap
   * (36 MB for 2,500 pages). Lighthouse runs outside it.
   * @default none: the site is checked at once
   */
  checking?: PQueue;
  /**
   * Where pages are extracted, shared by a study's sites; the caller closes it.
   * @default a pool of the audit's own, closed when the audit ends
   */
  extraction?: ExtractionPool;
}

export async function auditSite(institution: Institution, options: AuditOptions): Promise<SiteResult> {
  if (options.extraction) return auditWith(institution, options, options.extraction);
  const extraction = new ExtractionPool();
  try {
    return await auditWith(institution, options, extraction);
  } finally {
    await extraction.close();
  }
}

async function auditWith(institution: Institution, options: AuditOptions, extraction: ExtractionPool): Promise<SiteResult> {
  const startedAt = new Date().toISOString();
  // Serialized until the crawl is over: the heap holds the facts of the sites being checked only.
  const storedByUrl = new Map<string, Uint8Array>();
  const crawlConfig =
    options.allowPrivateNetwork === undefined
      ? options.config.crawl
      : { ...options.config.crawl, allowPrivateNetwork: options.allowPrivateNetwork };
  const crawl = await crawlSite(institution.url, crawlConfig, {
    parse: async (snapshot, siteOrigin) => {
      const extracted = await extraction.extract({
        url: snapshot.finalUrl,
        status: snapshot.status,
        headers: snapshot.headers,
        body: snapshot.body,
        siteOrigin,
      });
      storedByUrl.set(snapshot.finalUrl, extracted.stored);
      // The links, content hash and JavaScript-only signals the crawl reads at once.
      return extracted.crawl;
    },
    globalLimiter: options.globalLimiter,
    signal: options.signal,
    network: options.network,
    enterHost: options.enterHost,
  });

  const judge = () => judgeSite(institution, crawl, storedByUrl, startedAt, options);
  const judged = options.checking ? await options.checking.add(judge) : await judge();
  // The facts are gone by now: a site waiting for Lighthouse holds its results, not its pages.
  if (!judged.lighthouse) return judged.result;
  const lighthousePages = await judged.lighthouse();
  const { result } = judged;
  return {
    ...result,
    finishedAt: new Date().toISOString(),
    lighthouse: withVariability(lighthousePages),
    index: indexForSite(checkWeights, crawl.outcome, result.checks, lighthousePages, result.visibility),
  };
}

/** The site's result from its crawl and stored facts, and its Lighthouse run still to make (pages chosen). */
async function judgeSite(
  institution: Institution,
  crawl: SiteCrawl,
  storedByUrl: Map<string, Uint8Array>,
  startedAt: string,
  options: AuditOptions,
): Promise<{ result: SiteResult; lighthouse?: () => Promise<LighthousePageResult[]> }> {
  const factsByUrl = new Map<string, PageFacts>();
  for (const [url, stored] of storedByUrl) factsByUrl.set(url, readFacts(stored));
  storedByUrl.clear();
  const pages = [...factsByUrl.values()];
  const base = {
    institution,
    outcome: crawl.outcome,
    reason: crawl.reason,
    ...(crawl.reasonMessages ? { reasonMessages: crawl.reasonMessages } : {}),
    startedAt,
    crawl: summariseCrawl(crawl),
    pages: crawl.pages.map((snapshot) => pageRecord(snapshot, factsByUrl.get(snapshot.finalUrl), crawl.robots)),
  };
  if (crawl.outcome === 'invisible') {
    // robots.txt closes the site to every search engine and to muniseo: what is known is that.
    const visibility: SearchVisibility = {
      robotsBlocked: robotsBlockedEngines(crawl.robots, new URL(crawl.startUrl).origin),
      homeNoindex: false,
      pagesJudged: 0,
      noindexPages: 0,
    };
    return {
      result: {
        ...base,
        finishedAt: new Date().toISOString(),
        checks: [],
        lighthouse: { pages: [] },
        visibility,
        index: indexForSite(checkWeights, crawl.outcome, [], [], visibility),
      },
    };
  }
  if (crawl.outcome !== 'ok' || pages.length === 0) {
    return { result: { ...base, finishedAt: new Date().toISOString(), checks: [], lighthouse: { pages: [] } } };
  }

  const context = siteContext(institution, crawl, pages);
  const pageVerdicts: PageVerdicts = new Map();
  const checks = await runChecksYielding(context, pageVerdicts);
  const visibility = searchVisibility(context);
  const lighthouse = lighthouseRun(context, options);
  return {
    result: {
      ...base,
      pages: base.pages.map((page) => {
        const failingChecks = pageVerdicts.get(page.finalUrl);
        return failingChecks ? { ...page, failingChecks } : page;
      }),
      finishedAt: new Date().toISOString(),
      checks,
      lighthouse: withVariability([]),
      attribution: siteAttribution(context.pages, context.robots),
      visibility,
      index: indexForSite(checkWeights, crawl.outcome, checks, [], visibility),
    },
    lighthouse,
  };
}

/**
 * The catalogue over one site, one check at a time with a turn of the event loop between them:
 * on 2,500 pages the whole catalogue is 1.5 s of CPU, which would stall the other sites' crawls.
 */
async function runChecksYielding(context: SiteContext, pageVerdicts: PageVerdicts): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of catalogue) {
    results.push(...runChecks(context, [check], pageVerdicts));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}

function siteContext(institution: Institution, crawl: SiteCrawl, pages: PageFacts[]): SiteContext {
  const homeSnapshot = crawl.pages.find((page) => page.discoveredBy === 'seed');
  const origin = new URL(homeSnapshot?.finalUrl ?? crawl.startUrl).origin;
  return {
    institution,
    origin,
    pages: pages.filter((page) => page.status < 400),
    snapshots: crawl.pages,
    robots: crawl.robots,
    sitemaps: crawl.sitemaps,
    homeProbes: crawl.homeProbes,
    soft404: crawl.soft404,
    traps: crawl.traps,
    home: homeSnapshot ? pages.find((page) => page.url === homeSnapshot.finalUrl) : undefined,
    renderedWith: crawl.stats.renderedWith,
    rawVsRendered: crawl.rawVsRendered,
    coverage: crawl.stats.coverage,
    linkTargets: crawl.linkTargets,
  };
}

/** The site's Lighthouse run, its pages chosen now (while the facts are at hand); undefined when there is none to make. */
function lighthouseRun(context: SiteContext, options: AuditOptions): (() => Promise<LighthousePageResult[]>) | undefined {
  const lane = options.lighthouse;
  if (!lane || !options.config.lighthouse.enabled || !context.home || options.signal?.aborted) return undefined;
  const requests = lane.selectPages(
    { homeUrl: context.home.url, pages: context.pages, snapshots: context.snapshots },
    options.config.lighthouse.pages,
  );
  const formFactor = options.config.lighthouse.formFactor;
  const formFactors: FormFactor[] = formFactor === 'both' ? ['mobile', 'desktop'] : [formFactor];
  return () => lane.audit(requests, formFactors);
}

function withVariability(pages: LighthousePageResult[]): SiteResult['lighthouse'] {
  const variability = performanceVariability(pages);
  return variability ? { pages, performanceVariability: variability } : { pages };
}

function summariseCrawl(crawl: SiteCrawl): CrawlSummary {
  return {
    ...crawl.stats,
    robotsTxt: {
      url: crawl.robots.url,
      status: crawl.robots.status,
      httpStatus: crawl.robots.httpStatus,
      sitemaps: crawl.robots.sitemaps,
      problems: crawl.robots.problems,
      ...(crawl.robots.problemMessages ? { problemMessages: crawl.robots.problemMessages } : {}),
    },
    sitemaps: crawl.sitemaps.map(({ urls: _urls, ...sitemap }) => sitemap),
    traps: crawl.traps,
    homeProbes: crawl.homeProbes,
    soft404: crawl.soft404,
    rawVsRendered: crawl.rawVsRendered,
  };
}

/** What the study keeps of a page; `indexable` as Googlebot would find it (robots.txt, then noindex). */
function pageRecord(snapshot: PageSnapshot, facts: PageFacts | undefined, robots: RobotsTxt): PageRecord {
  return {
    url: snapshot.requestedUrl,
    finalUrl: snapshot.finalUrl,
    status: snapshot.status,
    depth: snapshot.depth,
    discoveredBy: snapshot.discoveredBy,
    contentType: snapshot.contentType,
    size: snapshot.size,
    truncated: snapshot.truncated,
    timingMs: snapshot.timingMs,
    renderedWith: snapshot.renderedWith,
    redirects: snapshot.redirectChain.length,
    title: facts?.title,
    metaDescription: facts?.metaDescription,
    h1Count: facts?.headings.filter((heading) => heading.level === 1).length,
    wordCount: facts?.wordCount,
    canonical: facts ? declaredCanonical(facts) : undefined,
    indexable: facts ? isAllowed(robots, facts.url, 'Googlebot') && isIndexable(facts) : undefined,
    error: snapshot.error,
    ...(snapshot.errorMessage ? { errorMessage: snapshot.errorMessage } : {}),
  };
}
