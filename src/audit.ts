// The site-audit job: one institution in, one SiteResult out, plain data both ways so that the
// same job can run locally or on a remote worker. crawl → extract → checks → lighthouse → scoring.
// The checks, the index before Lighthouse and the choice of Lighthouse's pages are the judgement
// (src/judge.ts), made in a worker thread for sites of 100 pages or more.
import type PQueue from 'p-queue';
import type { StudyConfig } from './config.js';
import { type CrawlHooks, crawlSite } from './crawl/index.js';
import {
  type FormFactor,
  type Institution,
  type LighthousePageRequest,
  type LighthousePageResult,
  type SiteCrawl,
  type SiteResult,
} from './model/index.js';
import { ExtractionPool } from './extract/extraction-pool.js';
import { FactStore } from './store/fact-store.js';
import { checkWeights } from './checks/catalogue.js';
import { type Judgement, SiteJudge, withVariability } from './judge.js';
import { indexForSite } from './scoring/index.js';

/** Where Lighthouse work goes; a lane shared by all site jobs of a study. */
export interface LighthouseRunner {
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
   * Lets one site at a time be judged (its facts read back, its checks run: src/judge.ts), for a
   * study's sites: judging takes a core anyway, and each site judged at once adds its facts to a
   * heap (some 70 MB for 2,500 pages, read back and checked). Lighthouse runs outside it.
   * @default none: the site is checked at once
   */
  checking?: PQueue;
  /**
   * Where pages are extracted, shared by a study's sites; the caller closes it.
   * @default a pool of the audit's own, closed when the audit ends
   */
  extraction?: ExtractionPool;
  /**
   * Where sites are judged (src/judge.ts), shared by a study's sites; the caller closes it.
   * @default a judge of the audit's own, closed when the audit ends
   */
  judging?: SiteJudge;
}

export async function auditSite(institution: Institution, options: AuditOptions): Promise<SiteResult> {
  const extraction = options.extraction ?? new ExtractionPool();
  const judging = options.judging ?? new SiteJudge();
  try {
    return await auditWith(institution, options, extraction, judging);
  } finally {
    if (!options.extraction) await extraction.close();
    if (!options.judging) await judging.close();
  }
}

/**
 * The crawl's parse hook as the audit uses it: each page extracted, its facts stored by final URL
 * (serialized, in the site's fact store) for the judgement, the signals the crawl needs handed back.
 */
export function storingParse(extraction: ExtractionPool, store: FactStore): CrawlHooks['parse'] {
  return async (snapshot, siteOrigin) => {
    const extracted = await extraction.extract({
      url: snapshot.finalUrl,
      status: snapshot.status,
      headers: snapshot.headers,
      body: snapshot.body,
      siteOrigin,
    });
    store.put(snapshot.finalUrl, extracted.stored);
    // The links, content hash and JavaScript-only signals the crawl reads at once.
    return extracted.crawl;
  };
}

async function auditWith(
  institution: Institution,
  options: AuditOptions,
  extraction: ExtractionPool,
  judging: SiteJudge,
): Promise<SiteResult> {
  const startedAt = new Date().toISOString();
  // In a file until the crawl is over: the heap holds the facts of the site being judged only.
  const store = new FactStore();
  const crawlConfig =
    options.allowPrivateNetwork === undefined
      ? options.config.crawl
      : { ...options.config.crawl, allowPrivateNetwork: options.allowPrivateNetwork };
  const lane = options.lighthouse;
  const lighthouse = options.config.lighthouse;
  let crawl: SiteCrawl;
  let judged: Judgement;
  try {
    crawl = await crawlSite(institution.url, crawlConfig, {
      parse: storingParse(extraction, store),
      globalLimiter: options.globalLimiter,
      signal: options.signal,
      network: options.network,
      enterHost: options.enterHost,
      readyForRequest: () => extraction.caughtUp(),
    });
    const judge = () =>
      judging.judge({
        institution,
        crawl,
        stored: store.stored(),
        startedAt,
        ...(lane && lighthouse.enabled ? { lighthousePages: lighthouse.pages } : {}),
      });
    judged = options.checking ? await options.checking.add(judge) : await judge();
  } finally {
    store.close();
  }
  const { result, lighthouse: requests } = judged;
  // The facts are gone by now: a site waiting for Lighthouse holds its results, not its pages.
  if (!lane || !requests || options.signal?.aborted) return result;
  const formFactors: FormFactor[] = lighthouse.formFactor === 'both' ? ['mobile', 'desktop'] : [lighthouse.formFactor];
  const lighthousePages = await lane.audit(requests, formFactors);
  return {
    ...result,
    finishedAt: new Date().toISOString(),
    lighthouse: withVariability(lighthousePages),
    index: indexForSite(checkWeights, crawl.outcome, result.checks, lighthousePages, result.visibility),
  };
}
