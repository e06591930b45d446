// A site-audit worker: takes jobs from the queue until stopped, audits each institution with the
// very same job as a single-process study (auditSite), and returns the SiteResult compressed.
// It never writes the study: only the coordinator does.
//
// Lock and stall settings (BullMQ): a job's lock lasts `lockDuration` (30 s by default) and is
// renewed every half of it, so a worker whose event loop is blocked for up to 15 s keeps its jobs
// (a 1 MiB page parsed on the main thread blocks it 2–3 s on a busy machine). Stalled jobs are
// looked for every `lockDuration` too: a job whose worker was killed comes back to the queue
// within two lock durations and another worker takes it. A job stalled more than twice (a page
// that kills every worker that opens it) fails, and the coordinator stores it as an `error`.
import { hostname } from 'node:os';
import { DelayedError, type Job, UnrecoverableError, WaitingError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import PQueue from 'p-queue';
import { auditSite, type AuditOptions, type LighthouseRunner } from '../audit.js';
import { findChrome } from '../browser/chrome.js';
import { toolVersion } from '../config.js';
import { addressResolver, SiteLeases } from '../crawl/index.js';
import { defaultLighthouseConcurrency, lighthouseVersion, measureBenchmarkIndex } from '../lighthouse/index.js';
import type { Logger } from '../logger.js';
import type { SiteResult } from '../model/index.js';
import { failedResult } from '../study.js';
import { type QueueAddress, redisOptions } from './connection.js';
import { keyPrefix, queueName, runOfJob } from './keys.js';
import { MachineLighthouse } from './machine-lighthouse.js';
import { leaseRenewMs, RedisLeaseStore } from './redis-leases.js';
import { chromiumMajor, refusalOf, type WorkerCapabilities } from './requirements.js';
import { encodeResult } from './result-codec.js';
import { parseSiteJob, requirementsOf, SiteJobError } from './site-job.js';
import { removeWorkerRecord, type WorkerRecord, workerRecordEveryMs, writeWorkerRecord } from './worker-record.js';

export interface SiteWorkerOptions {
  queue: QueueAddress;
  /** Sites this process audits at once. */
  concurrency: number;
  /** The worker's own network policy: it may reach loopback and private addresses. Never taken from a job. */
  allowPrivateNetwork: boolean;
  /** Lighthouse workers this process starts. @default the machine's Lighthouse slots */
  lighthouseConcurrency?: number;
  /** Seconds a job's lock lasts without renewal; also how often stalled jobs are looked for. @default 30 */
  lockDurationSecs?: number;
  logger: Logger;
  /** Resolver and certificates for the crawl (tests). */
  network?: AuditOptions['network'];
  /** Its name in `queue status` and in each result. @default `<host name>-<pid>` */
  id?: string;
}

export interface SiteWorker {
  readonly id: string;
  /** 'finish': no new job, those in progress end normally. 'requeue': those in progress stop and go back to the queue. */
  stop(mode: 'finish' | 'requeue'): Promise<void>;
}

/** A job put back because its host or address is busy waits this long (milliseconds, jittered). */
const busyDelayMs = { min: 1_000, jitter: 4_000 };
/** A job this worker refused waits longer: another worker may take it meanwhile. */
const refusedDelayMs = { min: 5_000, jitter: 10_000 };
const maxStalledCount = 2;

export async function startSiteWorker(options: SiteWorkerOptions): Promise<SiteWorker> {
  const { logger } = options;
  const host = hostname();
  const id = options.id ?? `${host}-${process.pid}`;
  const lockDuration = (options.lockDurationSecs ?? 30) * 1000;
  const redis = new Redis(redisOptions(options.queue, `muniseo-worker-${id}`));
  redis.on('error', () => undefined);
  const leases = new RedisLeaseStore(redis);
  const chromePath = findChrome();
  const capabilities: WorkerCapabilities = {
    muniseo: toolVersion,
    lighthouse: lighthouseVersion,
    chromiumMajor: await chromiumMajor(chromePath),
    chromePath,
    allowPrivateNetwork: options.allowPrivateNetwork,
  };
  const benchmarkIndex = await measureBenchmarkIndex();
  const machineLighthouse = chromePath
    ? new MachineLighthouse({
        leases,
        worker: id,
        chromePath,
        machineSlots: defaultLighthouseConcurrency(),
        processSlots: options.lighthouseConcurrency,
        log: (message) => logger.info(message),
      })
    : undefined;
  const resolve = addressResolver({ lookup: options.network?.lookup });
  const globalLimiter = new PQueue({ concurrency: Math.max(4, options.concurrency * 2) });
  // Aborted by stop('requeue'): audits in progress end at once and their jobs go back to the queue.
  const requeue = new AbortController();

  const record: WorkerRecord = {
    id,
    host,
    pid: process.pid,
    startedAt: new Date().toISOString(),
    seenAt: new Date().toISOString(),
    concurrency: options.concurrency,
    allowPrivateNetwork: options.allowPrivateNetwork,
    muniseo: capabilities.muniseo,
    lighthouse: capabilities.lighthouse,
    chromiumMajor: capabilities.chromiumMajor,
    benchmarkIndex,
    active: [],
    done: 0,
    failed: 0,
    deferred: 0,
    refused: 0,
    doneByRun: {},
  };
  const publish = () => {
    record.seenAt = new Date().toISOString();
    return writeWorkerRecord(redis, record).catch(() => undefined);
  };
  const heartbeat = setInterval(() => void publish(), workerRecordEveryMs);
  await publish();
  const refusedRuns = new Set<string>();

  const auditJob = async (job: Job, token?: string): Promise<string> => {
    const jobId = job.id ?? '';
    const runId = runOfJob(jobId);
    const putBack = async (delay: { min: number; jitter: number }) => {
      await job.moveToDelayed(Date.now() + delay.min + Math.random() * delay.jitter, token);
      throw new DelayedError();
    };
    let requires;
    try {
      requires = requirementsOf(job.data);
    } catch (error) {
      throw new UnrecoverableError((error as Error).message);
    }
    const refusal = refusalOf(requires, capabilities);
    if (refusal) {
      record.refused += 1;
      record.lastRefusal = `${runId}: ${refusal}`;
      if (!refusedRuns.has(runId)) logger.warn(`refusing the jobs of ${runId}: ${refusal}`);
      refusedRuns.add(runId);
      return putBack(refusedDelayMs);
    }
    let siteJob;
    try {
      siteJob = parseSiteJob(job.data);
    } catch (error) {
      throw new UnrecoverableError(error instanceof SiteJobError ? error.message : String(error));
    }
    const { institution, config } = siteJob;
    const siteLeases = new SiteLeases({
      store: leases,
      holder: `${id}/${jobId}`,
      settings: config.crawl,
      resolve,
      signal: requeue.signal,
      renewEveryMs: leaseRenewMs,
      onLapsed: (keys) => logger.warn(`${institution.name}: politeness leases lapsed (${keys.join(', ')}); was the event loop blocked?`),
    });
    if (!(await siteLeases.tryEnter(institution.url))) {
      record.deferred += 1;
      return putBack(busyDelayMs);
    }
    const active = { jobId, institution: institution.name, since: new Date().toISOString() };
    record.active.push(active);
    void publish();
    let result: SiteResult;
    try {
      let lighthouse: LighthouseRunner | undefined;
      if (config.lighthouse.enabled && machineLighthouse) lighthouse = await machineLighthouse.runnerFor(config.lighthouse);
      result = await auditSite(institution, {
        config,
        lighthouse,
        globalLimiter,
        signal: requeue.signal,
        allowPrivateNetwork: options.allowPrivateNetwork,
        network: options.network,
        enterHost: (url) => siteLeases.enter(url),
      });
    } catch (error) {
      result = failedResult(institution, error);
    } finally {
      await siteLeases.release().catch(() => undefined);
      record.active = record.active.filter((entry) => entry !== active);
      void publish();
    }
    if (requeue.signal.aborted) {
      // Stopped half-way: a partial audit is no result. The job goes back for another worker.
      await job.moveToWait(token);
      throw new WaitingError();
    }
    result.producedBy = { worker: id, host, benchmarkIndex };
    record.done += 1;
    record.doneByRun[runId] = (record.doneByRun[runId] ?? 0) + 1;
    logger.progress(
      `${institution.name}: ${result.outcome}${result.reason ? ` — ${result.reason}` : ''} (${result.crawl.pagesCrawled} pages)`,
    );
    return encodeResult(result);
  };

  const worker = new Worker(queueName, auditJob, {
    connection: redisOptions(options.queue, `muniseo-worker-${id}`),
    prefix: keyPrefix,
    name: id,
    concurrency: options.concurrency,
    lockDuration,
    stalledInterval: lockDuration,
    maxStalledCount,
    autorun: false,
  });
  let lastError = 0;
  worker.on('error', (error) => {
    // Redis gone for a while: say so every 30 s, keep trying (ioredis reconnects).
    if (Date.now() - lastError < 30_000) return;
    lastError = Date.now();
    logger.warn(`queue ${options.queue.display}: ${error.message}`);
  });
  worker.on('failed', (job, error) => {
    if (!job || error instanceof DelayedError || error instanceof WaitingError) return;
    if (error.name === 'DelayedError' || error.name === 'WaitingError') return;
    record.failed += 1;
    logger.warn(`${job.id}: ${error.message}`);
  });
  void worker.run();
  logger.info(
    `worker ${id}: ${options.concurrency} sites at once from ${options.queue.display}` +
      `${options.allowPrivateNetwork ? ', private addresses allowed' : ''}; benchmarkIndex ${benchmarkIndex ?? 'unknown'}` +
      `${chromePath ? `, Chromium ${capabilities.chromiumMajor ?? '?'}` : ', no Chromium (Lighthouse jobs refused)'}`,
  );

  let stopping: Promise<void> | undefined;
  return {
    id,
    stop(mode) {
      if (mode === 'requeue') requeue.abort(new Error('the worker is stopping'));
      stopping ??= (async () => {
        await worker.close();
        clearInterval(heartbeat);
        await machineLighthouse?.close();
        await removeWorkerRecord(redis, id).catch(() => undefined);
        redis.disconnect();
      })();
      return stopping;
    },
  };
}
