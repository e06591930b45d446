// What `muniseo audit` and `muniseo demo` share: open the study, start the Lighthouse lane,
// run the study, handle Ctrl-C, write the report.
import { setMaxListeners } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LighthouseRunner } from '../audit.js';
import { toolName, toolVersion, type StudyConfig } from '../config.js';
import { readStoredConfig, storedConfigVersion } from '../stored-config.js';
import type { Institution } from '../model/index.js';
import { findChrome, installChromeHelp } from '../browser/chrome.js';
import type { LighthouseLane } from '../lighthouse/index.js';
import type { QueueAddress } from '../queue/index.js';
import type { Logger } from '../logger.js';
import { StudyStore, type StudyMeta } from '../store/study-store.js';
import { runStudy, type StudyProgress } from '../study.js';
import { CommandError, UsageError } from './usage-error.js';

export interface AuditRequest {
  institutions: Institution[];
  study: string;
  reportsDir: string;
  config: StudyConfig;
  resume: boolean;
  /** Start the study again from scratch, discarding earlier results. */
  overwrite: boolean;
  report: boolean;
  lang: 'fr' | 'en';
  pdf: boolean;
  fictional?: boolean;
  logger: Logger;
  /** Run the study over a queue (`audit --queue URL`): this process coordinates, workers audit. */
  queue?: QueueRequest;
}

/** `audit --queue URL [--local-workers N]`; see src/queue/coordinator.ts. */
export interface QueueRequest {
  address: QueueAddress;
  localWorkers: number;
  /** The study's sites are on private or loopback addresses (local workers get the flag too). */
  allowPrivateNetwork: boolean;
}

export interface AuditOutcome {
  studyDir: string;
  indexPath?: string;
  interrupted: boolean;
}

export function studyDirOf(reportsDir: string, study: string): string {
  if (!/^[\w.-]+$/.test(study)) throw new UsageError(`study name "${study}" may hold only letters, digits, "-", "_" and "."`);
  return resolve(reportsDir, study);
}

export async function runAudit(request: AuditRequest): Promise<AuditOutcome> {
  const { logger } = request;
  const studyDir = studyDirOf(request.reportsDir, request.study);
  const dbPath = join(studyDir, 'study.sqlite');
  if (request.overwrite) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  if (existsSync(dbPath) && !request.resume) {
    const store = StudyStore.open(dbPath);
    const { done } = store.counts();
    store.close();
    if (done > 0) {
      throw new UsageError(
        `study "${request.study}" already holds ${done} audited sites (${dbPath}).\n` +
          `Continue it with --resume, or start again with --overwrite.`,
      );
    }
  }

  // A resumed study keeps the configuration it started with, so that its sites stay comparable.
  const config = request.resume ? (storedConfig(dbPath) ?? request.config) : request.config;

  // Over a queue, Lighthouse runs on the workers: this machine needs a browser only for the PDF.
  const lighthouseHere = config.lighthouse.enabled && !request.queue;
  const chromePath = lighthouseHere || request.pdf ? findChrome() : undefined;
  if ((lighthouseHere || request.pdf) && !chromePath) throw new CommandError(installChromeHelp);

  const store = StudyStore.open(dbPath);
  const controller = new AbortController();
  // Every in-flight crawl listens to the same signal.
  setMaxListeners(0, controller.signal);
  let interrupts = 0;
  const onSigint = () => {
    interrupts += 1;
    if (interrupts > 1) {
      logger.warn('second Ctrl-C: stopping now; in-flight sites stay pending');
      process.exit(130);
    }
    logger.warn('Ctrl-C: no new sites will start; finishing what is in flight (Ctrl-C again to stop at once)');
    controller.abort();
  };
  process.on('SIGINT', onSigint);

  let lane: LighthouseLane | undefined;
  try {
    const previous = store.readMeta();
    const meta: StudyMeta = {
      name: request.study,
      startedAt: previous?.startedAt ?? new Date().toISOString(),
      tool: { name: toolName, version: toolVersion },
      config,
      configVersion: storedConfigVersion,
      environment: { userAgent: config.crawl.userAgent, node: process.version },
      fictional: request.fictional,
    };
    store.writeMeta(meta);
    let runner: LighthouseRunner | undefined;
    if (lighthouseHere && chromePath) {
      // Loaded on demand: Lighthouse and the report renderer are heavy, and --help should be instant.
      const { selectLighthousePages, startLighthouseLane } = await import('../lighthouse/index.js');
      lane = await startLighthouseLane(config.lighthouse, { chromePath, log: (message: string) => logger.info(message) });
      runner = { selectPages: selectLighthousePages, audit: (pages, formFactors) => lane!.audit(pages, formFactors) };
      meta.environment = { ...meta.environment, lighthouse: lane.info };
      store.writeMeta(meta);
    }
    logger.info(`study "${request.study}": ${request.institutions.length} institutions → ${studyDir}`);
    const progress = request.queue
      ? await coordinate(request, request.queue, { store, config, studyDir, signal: controller.signal })
      : await runStudy({
          institutions: request.institutions,
          store,
          config,
          lighthouse: runner,
          logger,
          signal: controller.signal,
        });
    if (progress.pending === 0) store.writeMeta({ ...meta, finishedAt: new Date().toISOString() });
    if (progress.interrupted) {
      const { done, pending } = store.counts();
      logger.warn(
        `interrupted: ${done} sites stored, ${pending} pending. Resume with:\n  muniseo audit --study ${request.study} --reports ${request.reportsDir} --resume${request.queue ? ` --queue ${request.queue.address.display}` : ''} ${request.institutions.length > 0 ? '(same sites and options)' : ''}`,
      );
    }
    let indexPath: string | undefined;
    if (request.report && !progress.interrupted) {
      const { writeReport } = await import('../report/index.js');
      const written = await writeReport(store, { studyDir, lang: request.lang, pdf: request.pdf, chromePath });
      indexPath = written.indexPath;
    }
    return { studyDir, indexPath, interrupted: progress.interrupted };
  } finally {
    process.off('SIGINT', onSigint);
    await lane?.close();
    store.close();
  }
}

/** `audit --queue`: this process enqueues, stores and reports; workers audit (loaded on demand: BullMQ, ioredis). */
async function coordinate(
  request: AuditRequest,
  queue: QueueRequest,
  run: { store: StudyStore; config: StudyConfig; studyDir: string; signal: AbortSignal },
): Promise<StudyProgress> {
  const { runQueuedStudy } = await import('../queue/index.js');
  return runQueuedStudy({
    ...run,
    institutions: request.institutions,
    logger: request.logger,
    study: request.study,
    queue: queue.address,
    localWorkers: queue.localWorkers,
    allowPrivateNetwork: queue.allowPrivateNetwork,
  });
}

/** The configuration the study was started with; undefined for a study never started. */
function storedConfig(dbPath: string): StudyConfig | undefined {
  if (!existsSync(dbPath)) return undefined;
  const store = StudyStore.open(dbPath);
  try {
    const meta = store.readMeta();
    return meta ? readStoredConfig(meta, dbPath) : undefined;
  } finally {
    store.close();
  }
}
