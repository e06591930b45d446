// A study: many site audits scheduled with p-queue, each result written to SQLite as soon as it
// is finished. Interrupted or killed, a study resumes with the sites still pending. When a result
// cannot be written (a full disk), the study stops at once: nothing more could be kept.
import { setMaxListeners } from 'node:events';
import PQueue from 'p-queue';
import { auditSite, type LighthouseRunner } from './audit.js';
import { crawlMessage, type Institution, renderCrawlMessage, type SiteResult } from './model/index.js';
import type { StudyConfig } from './config.js';
import type { Logger } from './logger.js';
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
}

export interface StudyProgress {
  audited: number;
  skipped: number;
  pending: number;
  interrupted: boolean;
}

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
  let audited = 0;
  // Stopped by the caller's signal, or by a result that could not be stored.
  const stopping = new AbortController();
  setMaxListeners(0, stopping.signal); // Every in-flight crawl listens to it.
  const stop = () => {
    sites.clear();
    stopping.abort();
  };
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  let storageFailure: unknown;

  for (const institution of pending) {
    void sites.add(async () => {
      if (stopping.signal.aborted) return;
      let result: SiteResult;
      try {
        result = await auditSite(institution, { config, lighthouse: run.lighthouse, globalLimiter, signal: stopping.signal });
      } catch (error) {
        // A bug in one stage must not lose the study: the site is recorded with the error.
        result = failedResult(institution, error);
      }
      if (stopping.signal.aborted) return; // Left pending: an interrupted audit is redone on resume.
      try {
        store.saveSiteResult(result);
      } catch (error) {
        // Nothing of this site was written (one transaction): it stays pending, as do the others.
        storageFailure ??= error;
        stop();
        return;
      }
      audited += 1;
      const done = skipped + audited;
      const pages = result.crawl.pagesCrawled;
      const index = result.index ? `, index ${result.index.score} (level ${result.index.level})` : '';
      logger.progress(
        `[${done}/${total}] ${institution.name}: ${result.outcome}${result.reason ? ` — ${result.reason}` : ''} (${pages} pages${index})`,
      );
      run.onSite?.(result);
    });
  }
  await sites.onIdle();
  signal?.removeEventListener('abort', stop);
  if (storageFailure !== undefined) throw storageFailure;
  return { audited, skipped, pending: store.counts().pending, interrupted: signal?.aborted === true };
}

function failedResult(institution: Institution, error: unknown): SiteResult {
  const now = new Date().toISOString();
  const reason = crawlMessage('audit.internalError', { detail: error instanceof Error ? error.message : String(error) });
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
