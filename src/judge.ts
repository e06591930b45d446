// A crawled site judged: its pages' facts read back from their stored form, the catalogue of
// checks run over them, the index and visibility, and the pages Lighthouse should audit. Plain data
// in and out, so that a big site is judged in a worker thread (SiteJudge, below): on 2,500 pages
// reading the facts back and running the checks take some 2 s of CPU, and single checks 300–800 ms
// each (descriptions written per page, link texts), which on the main thread would stall every
// other site's requests and timers that long (bench/crawl: event-loop p99 over 300 ms).
// `SiteJudge` judges small sites on the main thread (in a turn of its event loop) and big ones in
// a worker thread (judge-worker.ts).
import { threadId } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { catalogue, checkWeights } from './checks/catalogue.js';
import { runChecks, type PageVerdicts } from './checks/run.js';
import { siteAttribution } from './checks/attribution.js';
import { robotsBlockedEngines, searchVisibility } from './checks/visibility.js';
import type { SiteContext } from './checks/types.js';
import { readFacts, SharedStrings } from './extract/stored-page.js';
import { readStoredPage, type StoredFacts } from './store/fact-store.js';
// The lane's own modules, not its index: the worker thread loads no Lighthouse.
import { type LighthousePageCount, selectLighthousePages } from './lighthouse/page-sampling.js';
import { performanceVariability } from './lighthouse/performance-variability.js';
import {
  type CheckResult,
  type CrawlSummary,
  declaredCanonical,
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
import { indexForSite } from './scoring/index.js';
import { inTurn } from './event-loop-turns.js';
import { workerScriptAt } from './typescript-workers.js';

export interface JudgeInput {
  institution: Institution;
  crawl: SiteCrawl;
  /** Each HTML page's facts as extraction stored them (src/store/fact-store.ts). */
  stored: StoredFacts;
  startedAt: string;
  /** How many pages besides the home page Lighthouse should audit; absent when it runs none. */
  lighthousePages?: LighthousePageCount;
}

export interface Judgement {
  /** The site's result before Lighthouse: its index counts no Lighthouse page yet. */
  result: SiteResult;
  /** The pages Lighthouse should audit, chosen while the facts were at hand; absent when there are none. */
  lighthouse?: LighthousePageRequest[];
}

/** A site's judgement, and the thread that made it (0 is the main thread). */
export interface JudgedSite extends Judgement {
  threadId: number;
}

export interface SiteJudgeOptions {
  /**
   * Sites of at least this many pages are judged in a worker thread. The catalogue costs about
   * 0.6 ms a page on this machine, and its costliest checks 0.1–0.3 ms a page each: a site of 100
   * pages is judged in some 60 ms, under the 100 ms a crawl's timers tolerate, while 2,500 pages
   * would take the main thread for 2 s.
   * @default 100
   */
  offThreadPages?: number;
}

export const defaultOffThreadPages = 100;
/** Pages read back per turn of the event loop: some 5 ms. */
const readChunk = 100;

/**
 * Judges sites, big ones in a worker thread. One thread: a study judges one site at a time anyway
 * (AuditOptions.checking), and the thread holds that site's facts only.
 */
export class SiteJudge {
  private thread?: Piscina<JudgeInput, JudgedSite>;
  private readonly offThreadPages: number;

  constructor(options: SiteJudgeOptions = {}) {
    this.offThreadPages = options.offThreadPages ?? defaultOffThreadPages;
  }

  async judge(input: JudgeInput): Promise<JudgedSite> {
    // A small site in turns of the event loop: one check, or a hundred pages read back, per turn.
    if (input.stored.pages.length < this.offThreadPages) return { ...(await judgeSite(input, inTurn)), threadId };
    const script = workerScriptAt(new URL('./judge-worker.js', import.meta.url));
    this.thread ??= new Piscina({
      filename: script.path,
      execArgv: script.execArgv,
      minThreads: 0,
      maxThreads: 1,
      // The thread ends with the site, and its young generation is kept small: judging 2,500
      // pages, its heap grew to 103 MB with V8's default and to 78 MB with 4 MB, for 20% more time
      // (bench/crawl 4 × 2,500: peak RSS 434 → 390 MB; judging is off the crawl's path either way).
      idleTimeout: 0,
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    // The thread reads the facts from the store's file itself.
    return this.thread.run(input);
  }

  /** Ends the worker thread (waiting for a site being judged); a closed judge starts again if used. */
  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = undefined;
    await thread?.close();
  }
}

/** The site's result from its crawl and stored facts, and the pages its Lighthouse run should audit. */
export async function judgeSite(
  { institution, crawl, stored, startedAt, lighthousePages }: JudgeInput,
  /** Where each step runs: in a turn of the event loop on the main thread, at once in a worker. */
  turn: <T>(job: () => T) => Promise<T> = async (job) => job(),
): Promise<Judgement> {
  const factsByUrl = new Map<string, PageFacts>();
  const strings = new SharedStrings();
  for (let start = 0; start < stored.pages.length; start += readChunk) {
    await turn(() => {
      for (const page of stored.pages.slice(start, start + readChunk)) {
        factsByUrl.set(page[0], readFacts(readStoredPage(stored.fd, page), strings));
      }
    });
  }
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
  const checks: CheckResult[] = [];
  for (const check of catalogue) checks.push(...(await turn(() => runChecks(context, [check], pageVerdicts))));
  const visibility = searchVisibility(context);
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
    ...(lighthousePages !== undefined && context.home
      ? {
          lighthouse: selectLighthousePages(
            { homeUrl: context.home.url, pages: context.pages, snapshots: context.snapshots },
            lighthousePages,
          ),
        }
      : {}),
  };
}

/** A site's Lighthouse results, with how far performance moved between runs when a page ran more than once. */
export function withVariability(pages: LighthousePageResult[]): SiteResult['lighthouse'] {
  const variability = performanceVariability(pages);
  return variability ? { pages, performanceVariability: variability } : { pages };
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
