// The coordinator of a study run over the queue: enqueues one job per institution not yet stored,
// stores each result in the study's SQLite file as it arrives (it is the only writer), shows
// progress, and returns when every institution is stored. Results are taken out of Redis only
// once stored, so a coordinator killed at any point loses nothing: `--resume` stores first what
// the workers finished meanwhile, then enqueues again what is still pending. A result for an
// institution already stored (a job run twice after a lost lock) is dropped, so each institution
// is stored exactly once.
import { hostname } from 'node:os';
import { type Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { findChrome } from '../browser/chrome.js';
import type { StudyConfig } from '../config.js';
import { lighthouseVersion } from '../lighthouse/index.js';
import type { Logger } from '../logger.js';
import { crawlMessage, type Institution, type SiteResult } from '../model/index.js';
import { ProgressBoard } from '../progress.js';
import type { StudyStore } from '../store/study-store.js';
import { errorResult, type StudyProgress } from '../study.js';
import { probeRedis, type QueueAddress, redisOptions } from './connection.js';
import { keyPrefix, queueName, runOfJob, studiesKey, studyRunId } from './keys.js';
import { startLocalWorkers, type LocalWorkers } from './local-workers.js';
import { chromiumMajor, studyRequirements } from './requirements.js';
import { decodeResult } from './result-codec.js';
import type { SiteJob } from './site-job.js';
import { StudyJobs } from './study-jobs.js';
import { readWorkerRecords } from './worker-record.js';

export interface QueuedStudyRun {
  institutions: Institution[];
  store: StudyStore;
  config: StudyConfig;
  logger: Logger;
  signal?: AbortSignal;
  study: string;
  studyDir: string;
  queue: QueueAddress;
  /** `muniseo worker` processes started on this machine for the length of the run. @default 0 */
  localWorkers?: number;
  /** The study's sites are on private or loopback addresses: only workers allowed to reach them take its jobs. */
  allowPrivateNetwork?: boolean;
  /** The lock duration of the local workers (tests shorten it). */
  lockDurationSecs?: number;
  /** How often Redis is searched for results the events did not announce. @default 5000 */
  sweepEveryMs?: number;
  /** How often pending institutions without a job in Redis are enqueued again. @default 30000 */
  reconcileEveryMs?: number;
}

/** What `queue status` shows of a study; its coordinator keeps it up to date. */
export interface StudyRecord {
  study: string;
  runId: string;
  studyDir: string;
  coordinator: string;
  total: number;
  stored: number;
  startedAt: string;
  updatedAt: string;
  state: 'running' | 'stopped';
}

export async function runQueuedStudy(run: QueuedStudyRun): Promise<StudyProgress> {
  const { store, config, logger, signal, queue } = run;
  await probeRedis(queue);
  // runAudit holds the study lock for the whole run: the coordinator is the study's single writer.
  const connection = redisOptions(queue, `muniseo-coordinator-${hostname()}-${process.pid}`);
  const redis = new Redis(connection);
  const sites = new Queue(queueName, { connection, prefix: keyPrefix, streams: { events: { maxLen: 2000 } } });
  const events = new QueueEvents(queueName, { connection, prefix: keyPrefix });
  const complain = throttled((message: string) => logger.warn(`queue ${queue.display}: ${message}`), 30_000);
  redis.on('error', (error: Error) => complain(error.message));
  sites.on('error', (error: Error) => complain(error.message));
  events.on('error', (error: Error) => complain(error.message));
  let localWorkers: LocalWorkers | undefined;
  let progress: ProgressBoard | undefined;

  try {
    store.registerInstitutions(run.institutions);
    const meta = store.readMeta();
    const runId = studyRunId(run.study, meta?.startedAt ?? new Date().toISOString());
    const requires = studyRequirements(config, {
      lighthouse: lighthouseVersion,
      chromiumMajor: config.lighthouse.enabled ? await chromiumMajor(findChrome()) : undefined,
      privateNetwork: run.allowPrivateNetwork ?? false,
    });
    if (config.lighthouse.enabled && requires.chromiumMajor === undefined) {
      logger.warn('no Chromium on this machine: workers with any Chromium version will run Lighthouse for this study');
    }
    const jobs = new StudyJobs(sites, runId, (institution): SiteJob => ({ runId, study: run.study, institution, config, requires }));
    const pending = new Map(store.pendingInstitutions().map((institution) => [institution.id, institution]));
    const { total, done: skipped } = store.counts();
    const board = (progress = new ProgressBoard({ logger, total, alreadyDone: skipped }));
    let stored = 0;

    const record = (state: StudyRecord['state']): StudyRecord => ({
      study: run.study,
      runId,
      studyDir: run.studyDir,
      coordinator: `${hostname()}-${process.pid}`,
      total,
      stored: total - pending.size,
      startedAt: meta?.startedAt ?? '',
      updatedAt: new Date().toISOString(),
      state,
    });
    const publish = (state: StudyRecord['state']) => redis.hset(studiesKey, runId, JSON.stringify(record(state)));

    /** Stores the result a finished job holds, then takes it out of Redis. */
    const collect = async (id: string) => {
      const job = await jobs.job(id);
      if (!job) return;
      const state = await job.getState();
      if (state !== 'completed' && state !== 'failed') return;
      const institutionId = idOf(job);
      const institution = institutionId === undefined ? undefined : pending.get(institutionId);
      if (institution) {
        const result = resultOf(job, state, institution, queue);
        store.saveSiteResult(result);
        pending.delete(institution.id);
        stored += 1;
        board.siteStored(result, { worker: result.producedBy?.worker ?? job.processedBy, started: false });
      }
      await job.remove().catch(() => undefined);
    };
    const sweep = async () => {
      for (const id of await jobs.finished()) await collect(id);
    };
    const reconcile = async () => {
      const held = await jobs.held();
      const missing = [...pending.values()].filter((institution) => !held.has(jobs.jobId(institution)));
      if (missing.length === 0) return;
      logger.warn(`${missing.length} pending institutions had no job in Redis (was it restarted?): enqueued again`);
      await jobs.enqueue(missing);
    };

    // Results first: what workers finished while no coordinator was listening.
    const arrived = new Set<string>();
    let wake = () => undefined as void;
    const onFinished = ({ jobId }: { jobId: string }) => {
      if (runOfJob(jobId) !== runId) return;
      arrived.add(jobId);
      wake();
    };
    events.on('completed', onFinished);
    events.on('failed', onFinished);
    let reconnected = false;
    let connectedOnce = false;
    redis.on('ready', () => {
      if (connectedOnce) {
        reconnected = true;
        wake();
      }
      connectedOnce = true;
    });
    await forgetReplacedRuns(redis, jobs, run.studyDir, runId, logger);
    await publish('running');
    await sweep();
    if (skipped + stored > 0) logger.info(`${skipped + stored} of ${total} sites already audited; ${pending.size} to go`);
    await jobs.enqueue([...pending.values()]);
    logger.info(`study "${run.study}": ${pending.size} site audits queued on ${queue.display} (run ${runId})`);
    if ((run.localWorkers ?? 0) > 0) {
      localWorkers = startLocalWorkers(run.localWorkers ?? 0, {
        queueUrl: queue.url,
        concurrency: config.concurrency,
        allowPrivateNetwork: run.allowPrivateNetwork ?? false,
        lockDurationSecs: run.lockDurationSecs,
        logger,
      });
    }

    board.start();
    const sweepEveryMs = run.sweepEveryMs ?? 5_000;
    const reconcileEveryMs = run.reconcileEveryMs ?? 30_000;
    let lastSweep = Date.now();
    let lastReconcile = Date.now();
    let lastLook = 0;
    let lonely = Date.now();
    while (pending.size > 0 && !signal?.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(sweepEveryMs, 1_000));
        wake = () => (clearTimeout(timer), resolve());
        signal?.addEventListener('abort', wake, { once: true });
      });
      signal?.removeEventListener('abort', wake);
      wake = () => undefined;
      if (signal?.aborted) break;
      for (const id of [...arrived]) {
        arrived.delete(id);
        await collect(id);
      }
      const now = Date.now();
      if (now - lastSweep >= sweepEveryMs) {
        await sweep();
        lastSweep = now;
      }
      if (reconnected || now - lastReconcile >= reconcileEveryMs) {
        reconnected = false;
        await reconcile();
        lastReconcile = now;
      }
      if (now - lastLook >= 2_000) {
        lastLook = now;
        const workers = await readWorkerRecords(redis);
        board.setWorkers(
          workers.map((worker) => ({
            worker: worker.id,
            active: worker.active.filter((entry) => runOfJob(entry.jobId) === runId).length,
            done: worker.doneByRun[runId] ?? 0,
          })),
        );
        if (workers.length > 0) lonely = now;
        else if (now - lonely >= 60_000) {
          logger.warn(`no worker is connected to ${queue.display}; start some with: muniseo worker --queue ${queue.display}`);
          lonely = now;
        }
        await publish('running');
      }
    }
    if (pending.size === 0) await redis.hdel(studiesKey, runId);
    else await publish('stopped');
    return { audited: stored, skipped, pending: store.counts().pending, interrupted: signal?.aborted === true };
  } finally {
    progress?.stop();
    await localWorkers?.stop();
    await Promise.allSettled([events.close(), sites.close()]);
    redis.disconnect();
  }
}

function idOf(job: Job): string | undefined {
  const data = job.data as { institution?: { id?: unknown } } | undefined;
  return typeof data?.institution?.id === 'string' ? data.institution.id : undefined;
}

/** The result a finished job holds; a job that failed for good, or whose result is unreadable, is an `error` result. */
function resultOf(job: Job, state: 'completed' | 'failed', institution: Institution, queue: QueueAddress): SiteResult {
  if (state === 'failed') {
    const tries = Math.max(job.attemptsMade, 1);
    return errorResult(institution, crawlMessage('queue.failedOnWorkers', { tries, detail: job.failedReason ?? '' }));
  }
  try {
    const result = decodeResult(job.returnvalue, `${queue.display} job ${job.id}`, institution.id);
    if (result.institution.id !== institution.id) throw new Error(`the result is for "${result.institution.id}"`);
    return result;
  } catch (error) {
    return errorResult(institution, crawlMessage('queue.unreadableResult', { detail: (error as Error).message }));
  }
}

/** A study started again with --overwrite is a new run: the jobs of the run it replaces are removed. */
async function forgetReplacedRuns(redis: Redis, jobs: StudyJobs, studyDir: string, runId: string, logger: Logger): Promise<void> {
  const entries = await redis.hgetall(studiesKey);
  for (const [otherRun, value] of Object.entries(entries)) {
    if (otherRun === runId) continue;
    let other: Partial<StudyRecord>;
    try {
      other = JSON.parse(value) as Partial<StudyRecord>;
    } catch {
      continue;
    }
    if (other.studyDir !== studyDir) continue;
    const removed = await jobs.removeRun(otherRun);
    await redis.hdel(studiesKey, otherRun);
    logger.info(`removed ${removed} queued jobs of ${otherRun}, which this run replaces`);
  }
}

function throttled(say: (message: string) => void, everyMs: number): (message: string) => void {
  let last = 0;
  return (message) => {
    if (Date.now() - last < everyMs) return;
    last = Date.now();
    say(message);
  };
}
