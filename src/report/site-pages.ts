// The institutions' pages (sites/*.html), written in pass 2 of the report (see index.ts): each
// stored result is read, its page written at once and the result dropped. A national study's
// pages are shared between threads — this one and `threads − 1` worker threads
// (site-pages-worker.ts), each reading its own share of the study (StudyStore.siteResults' shard)
// and writing its pages itself — so that they take the time of one share on as many cores.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PeersFile, SiteResult } from '../model/index.js';
import { pathInStudy } from '../store/study-folder.js';
import type { StudyMeta, StudyStore } from '../store/study-store.js';
import { workerScriptAt } from '../typescript-workers.js';
import { frame } from './page-frame.js';
import type { ReportContext } from './report-context.js';
import type { ReportLang } from './format.js';
import { sitePage } from './site-page.js';
import { SensitivityInputs } from './sensitivity.js';
import { SiteFileNames } from './site-file-names.js';
import type { SiteSummary, StudySummary } from './study-summary.js';
import type { PageTemplates } from './templates.js';

/** Below this many institutions, one thread writes every page: starting a worker costs more than it saves. */
export const minSitesPerExtraThread = 2000;

/** Threads at most: beyond, pages wait on the disk and the main thread's reading. */
const maxThreads = 4;

/** Threads for the pages of a study of `sites` institutions, unless the caller says. */
export function pageThreads(sites: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return Math.max(1, Math.min(maxThreads, availableParallelism(), Math.floor(sites / minSitesPerExtraThread)));
}

/** What a worker thread needs to write its share of the pages. */
export interface SitePagesJob {
  storePath: string;
  studyDir: string;
  lang: ReportLang;
  meta: StudyMeta;
  /**
   * The aggregates of pass 1, without what only the index reads and would cost a copy per thread:
   * the file-name registry (pages read names from `sites`) and the sensitivity analysis' inputs.
   */
  summary: Omit<StudySummary, 'fileNames' | 'sensitivity'>;
  shard: { index: number; count: number };
  /** `--peers`: plain data, cloned to the thread. */
  peers?: PeersFile;
}

/** A worker's answer: the ids of the institutions whose pages it wrote, or why it stopped. */
export type SitePagesAnswer = { written: string[] } | { error: string };

/** Writes one institution's page; returns its path. */
export async function writeSitePage(
  context: ReportContext,
  templates: PageTemplates,
  studyDir: string,
  result: SiteResult,
  site: SiteSummary,
): Promise<string> {
  const path = pathInStudy(studyDir, `sites/${site.fileName}.html`);
  const page = await sitePage(context, result, site);
  const html = templates.render('site', {
    ...frame(context, '../', `${page.name} — ${context.t('reportTitle', { name: context.meta.name })}`),
    site: page,
  });
  // Encoded first: Node writes a string built of many pieces (the template's output) at half the
  // speed of the same text as a buffer (0.6 ms a page more, 20 s of CPU for 36,000 pages).
  writeFileSync(path, Buffer.from(html, 'utf8'));
  return path;
}

/** Writes the pages of one shard of the study (every page without one); returns the ids written. */
export async function writeShard(
  store: StudyStore,
  context: ReportContext,
  templates: PageTemplates,
  studyDir: string,
  shard?: { index: number; count: number },
): Promise<string[]> {
  const byId = new Map(context.summary.sites.map((site) => [site.id, site]));
  const written: string[] = [];
  for (const result of store.siteResults(shard)) {
    const site = byId.get(result.institution.id);
    if (!site) continue;
    await writeSitePage(context, templates, studyDir, result, site);
    written.push(site.id);
  }
  return written;
}

/** The pages written: their paths in registry order, and how many each thread wrote (this one first). */
export interface WrittenPages {
  paths: string[];
  byThread: number[];
}

/**
 * Every institution's page, written by `threads` threads. A worker that fails fails the report,
 * and the others are stopped. `before` is this thread's work before its own share (the index
 * page), done while the worker threads write theirs.
 */
export async function writeSitePages(
  store: StudyStore,
  context: ReportContext,
  templates: PageTemplates,
  studyDir: string,
  threads: number,
  before?: () => Promise<void>,
): Promise<WrittenPages> {
  const { fileNames, sensitivity, ...summary } = context.summary;
  void fileNames;
  void sensitivity;
  const workers: Worker[] = [];
  const answers: Promise<string[]>[] = [];
  for (let index = 1; index < threads; index += 1) {
    const job: SitePagesJob = {
      storePath: store.path,
      studyDir,
      lang: context.lang,
      meta: context.meta,
      summary,
      shard: { index, count: threads },
      ...(context.peers ? { peers: context.peers } : {}),
    };
    const script = workerScriptAt(new URL('./site-pages-worker.js', import.meta.url));
    const worker = new Worker(script.path, { workerData: job, execArgv: script.execArgv });
    workers.push(worker);
    const answer = workerAnswer(worker);
    // Read below; a failure seen first elsewhere must not leave this one unhandled.
    answer.catch(() => undefined);
    answers.push(answer);
  }
  const written = new Set<string>();
  const byThread: number[] = [];
  try {
    await before?.();
    const shares = [
      await writeShard(store, context, templates, studyDir, threads > 1 ? { index: 0, count: threads } : undefined),
      ...(await Promise.all(answers)),
    ];
    for (const ids of shares) {
      byThread.push(ids.length);
      for (const id of ids) written.add(id);
    }
  } catch (error) {
    await Promise.allSettled(workers.map((worker) => worker.terminate()));
    throw error;
  }
  const paths = context.summary.sites
    .filter((site) => written.has(site.id))
    .map((site) => pathInStudy(studyDir, `sites/${site.fileName}.html`));
  return { paths, byThread };
}

function workerAnswer(worker: Worker): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let answered = false;
    worker.once('message', (answer: SitePagesAnswer) => {
      answered = true;
      if ('error' in answer) reject(new Error(answer.error));
      else resolve(answer.written);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`a thread writing institution pages stopped (exit code ${code}) before it had finished`));
    });
  });
}

/** The summary a worker thread received, with the parts it was not sent made again, empty. */
export function receivedSummary(summary: SitePagesJob['summary']): StudySummary {
  return { ...summary, fileNames: new SiteFileNames(), sensitivity: new SensitivityInputs() };
}
