// A study: many site audits scheduled with p-queue, each result written to SQLite as soon as it
// is finished. Interrupted or killed, a study resumes with the sites still pending. When a result
// cannot be written (a full disk), the study stops at once: nothing more could be kept.
// Sites sharing a host or a server address are not crawled at once beyond the politeness caps
// (src/crawl/site-leases.ts): a site whose host or address is busy goes back in the queue.
import { setMaxListeners } from 'node:events';
import PQueue from 'p-queue';
import { auditSite, type AuditOptions, type LighthouseRunner } from './audit.js';
import { addressResolver, MemoryLeaseStore, SiteLeases } from './crawl/index.js';
import { ExtractionPool } from './extract/extraction-pool.js';
import { SiteJudge } from './judge.js';
import { crawlMessage, type Institution, type Message, renderCrawlMessage, type SiteResult } from './model/index.js';
import type { StudyConfig } from './config.js';
import type { Logger } from './logger.js';
import { ProgressBoard } from './progress.js';
import type { StudyStore } from './store/study-store.js';

export interface StudyRun {
  institutions: Institution[];
  store: StudyStore;
  config: StudyConfig;
  lighthouse?: LighthouseRunner;
  logger: Logger;
  signal?: AbortSignal;
  /** Called after each site is stored. */
  onSite?: (result: SiteResult) => void;
  /** Resolver and certificates for the crawl, also used to find each site's server address (tests). */
  network?: AuditOptions['network'];
  /** See AuditOptions.allowPrivateNetwork. */
  allowPrivateNetwork?: boolean;
}

export interface StudyProgress {
  audited: number;
  skipped: number;
  pending: number;
  interrupted: boolean;
}

/** A site put back because its host or address was busy waits this long, growing with each try. */
const deferMinMs = 300;
const deferMaxMs = 10_000;

export async function runStudy(run: StudyRun): Promise<StudyProgress> {
  const { store, config, logger, signal } = run;
  store.registerInstitutions(run.institutions);
  const pending = store.pendingInstitutions();
  const total = store.counts().total;
  const skipped = total - pending.length;
  if (skipped > 0) logger.info(`${skipped} of ${total} sites already audited; ${pending.length} to go`);

  const sites = new PQueue({ concurrency: config.concurrency });
  // Requests across all hosts at once; each host is further limited by the crawler (2 by default).
  const globalLimiter = new PQueue({ concurrency: Math.max(4, config.concurrency * config.crawl.perHostConcurrency) });
  const leases = new MemoryLeaseStore();
  // One pool of extraction threads for every site: large pages of all sites share it.
  const extraction = new ExtractionPool();
  // One judge for every site: big sites are judged in its thread, one at a time.
  const judging = new SiteJudge();
  // Sites are checked one at a time (see AuditOptions.checking).
  const checking = new PQueue({ concurrency: 1 });
  const resolve = addressResolver({ lookup: run.network?.lookup, timeoutMs: config.crawl.connectTimeoutSecs * 1000 });
  const progress = new ProgressBoard({ logger, total, alreadyDone: skipped });
  let audited = 0;
  let outstanding = pending.length;
  let finished!: () => void;
  const allSettled = new Promise<void>((resolveAll) => (finished = resolveAll));
  const settle = () => {
    outstanding -= 1;
    if (outstanding === 0) finished();
  };
  const deferred = new Set<NodeJS.Timeout>();
  // Stopped by the caller's signal, or by a result that could not be stored.
  const stopping = new AbortController();
  setMaxListeners(0, stopping.signal); // Every in-flight crawl listens to it.
  let storageFailure: unknown;
  const stop = () => {
    sites.clear();
    for (const timer of deferred) clearTimeout(timer);
    deferred.clear();
    stopping.abort();
    void sites.onIdle().then(finished);
  };
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });

  const schedule = (institution: Institution, tries: number) => {
    void sites.add(async () => {
      if (stopping.signal.aborted) return;
      const siteLeases = new SiteLeases({
        store: leases,
        holder: institution.id,
        settings: config.crawl,
        resolve,
        signal: stopping.signal,
      });
      if (!(await siteLeases.tryEnter(institution.url))) {
        const wait = Math.min(deferMaxMs, deferMinMs * 2 ** Math.min(tries, 5)) * (0.5 + Math.random());
        const timer = setTimeout(() => {
          deferred.delete(timer);
          schedule(institution, tries + 1);
        }, wait);
        deferred.add(timer);
        return;
      }
      progress.siteStarted();
      let result: SiteResult;
      try {
        result = await auditSite(institution, {
          config,
          lighthouse: run.lighthouse,
          globalLimiter,
          signal: stopping.signal,
          network: run.network,
          allowPrivateNetwork: run.allowPrivateNetwork,
          enterHost: (url) => siteLeases.enter(url),
          extraction,
          judging,
          checking,
        });
      } catch (error) {
        // A bug in one stage must not lose the study: the site is recorded with the error.
        result = failedResult(institution, error);
      } finally {
        await siteLeases.release();
      }
      if (stopping.signal.aborted) {
        // Left pending: an interrupted audit is redone on resume.
        progress.siteAbandoned();
        return;
      }
      try {
        store.saveSiteResult(result);
      } catch (error) {
        // Nothing of this site was written (one transaction): it stays pending, as do the others.
        storageFailure ??= error;
        progress.siteAbandoned();
        stop();
        return;
      }
      audited += 1;
      progress.siteStored(result);
      run.onSite?.(result);
      settle();
    });
  };

  progress.start();
  try {
    if (pending.length === 0) finished();
    for (const institution of pending) schedule(institution, 0);
    await allSettled;
  } finally {
    progress.stop();
    signal?.removeEventListener('abort', stop);
    await Promise.all([extraction.close(), judging.close()]);
  }
  if (storageFailure !== undefined) throw storageFailure;
  return { audited, skipped, pending: store.counts().pending, interrupted: signal?.aborted === true };
}

/** The result of a site whose audit threw: a bug in one stage, recorded instead of losing the study. */
export function failedResult(institution: Institution, error: unknown): SiteResult {
  return errorResult(institution, crawlMessage('audit.internalError', { detail: error instanceof Error ? error.message : String(error) }));
}

/** An `error` outcome with its reason: a site that could not be audited is a result too. */
export function errorResult(institution: Institution, reason: Message): SiteResult {
  const now = new Date().toISOString();
  return {
    institution,
    outcome: 'error',
    reason: renderCrawlMessage(reason, 'en'),
    reasonMessages: [reason],
    startedAt: now,
    finishedAt: now,
    crawl: {
      pagesCrawled: 0,
      htmlPages: 0,
      documents: 0,
      maxDepth: 0,
      renderedWith: 'http',
      durationMs: 0,
      robotsTxt: { url: '', status: 'missing', httpStatus: null, sitemaps: [], problems: [] },
      sitemaps: [],
      traps: [],
      homeProbes: [],
      soft404: null,
    },
    pages: [],
    checks: [],
    lighthouse: { pages: [] },
  };
}
