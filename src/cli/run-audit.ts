// What `muniseo audit` and `muniseo demo` share: lock and open the study, start the Lighthouse
// lane, run the study, handle SIGINT and SIGTERM, write the report.
import { setMaxListeners } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LighthouseRunner } from '../audit.js';
import { toolName, toolVersion, type StudyConfig } from '../config.js';
import { readStoredConfig, storedConfigVersion } from '../stored-config.js';
import { catalogueVersion } from '../checks/catalogue-versions.js';
import type { Institution, PeersFile } from '../model/index.js';
import { findChrome, installChromeHelp } from '../browser/chrome.js';
import type { LighthouseLane } from '../lighthouse/index.js';
import type { Logger } from '../logger.js';
import { studyFolder } from '../store/study-folder.js';
import { acquireStudyLock } from '../store/study-lock.js';
import { StudyStore, type RegistryImport, type StudyMeta } from '../store/study-store.js';
import type { QueueAddress } from '../queue/index.js';
import { runStudy, type StudyProgress } from '../study.js';
import { changedSettings, type RequestedConfig } from './config-file.js';
import { CommandError, InterruptedError, type InterruptSignal, UsageError } from './usage-error.js';
import { boundHeapGrowth, reportHeapGrowingPercent } from '../heap-growth.js';

export interface AuditRequest {
  institutions: Institution[];
  study: string;
  reportsDir: string;
  /** The configuration asked for, and which of its settings were chosen (a resumed study compares those). */
  config: RequestedConfig;
  resume: boolean;
  /** Start the study again from scratch, discarding earlier results. */
  overwrite: boolean;
  report: boolean;
  lang: 'fr' | 'en';
  pdf: boolean;
  fictional?: boolean;
  /** The account of the registry file the institutions were read from, kept with the study. */
  registry?: RegistryImport;
  logger: Logger;
  /** Run the study over a queue (`audit --queue URL`): this process coordinates, workers audit. */
  queue?: QueueRequest;
  /** A published study's peers (`--peers`): the report places each site among them. */
  peers?: PeersFile;
}

/** `audit --queue URL [--local-workers N]`; see src/queue/coordinator.ts. */
export interface QueueRequest {
  address: QueueAddress;
  localWorkers: number;
}

export interface AuditOutcome {
  studyDir: string;
  indexPath?: string;
}

export async function runAudit(request: AuditRequest): Promise<AuditOutcome> {
  const { logger } = request;
  const studyDir = studyFolder(request.reportsDir, request.study);
  const dbPath = join(studyDir, 'study.sqlite');
  const resumeCommand = `muniseo audit --study ${request.study} --reports ${request.reportsDir} --resume${request.queue ? ` --queue ${request.queue.address.display}` : ''}`;
  if (request.resume && !existsSync(dbPath)) {
    throw new UsageError(
      `there is no study "${request.study}" to resume in ${request.reportsDir} (no ${dbPath})`,
      'Check --study and --reports, or start the study without --resume.',
    );
  }
  // A resumed study keeps the configuration it started with, so that its sites stay comparable.
  const config = request.resume ? resumedConfig(dbPath, request) : request.config.config;

  // Over a queue, Lighthouse runs on the workers: this machine needs a browser only for the PDF.
  const lighthouseHere = config.lighthouse.enabled && !request.queue;
  const chromePath = lighthouseHere || request.pdf ? findChrome() : undefined;
  if ((lighthouseHere || request.pdf) && !chromePath) throw new CommandError(installChromeHelp);

  const lock = acquireStudyLock(studyDir, {
    onTakeOver: (stale) =>
      logger.warn(`took over the lock of process ${stale.pid} (${stale.command}, since ${stale.takenAt}), which is no longer running`),
  });
  let store: StudyStore | undefined;
  let lane: LighthouseLane | undefined;
  const interrupts = new InterruptHandler(logger);
  try {
    // Under the lock: no other run can be writing the database deleted or counted here.
    if (request.overwrite) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    if (existsSync(dbPath) && !request.resume) refuseExistingStudy(dbPath, request.study);

    store = StudyStore.open(dbPath);
    interrupts.listen();
    const previous = store.readMeta();
    const meta: StudyMeta = {
      name: request.study,
      startedAt: previous?.startedAt ?? new Date().toISOString(),
      tool: { name: toolName, version: toolVersion },
      config,
      configVersion: storedConfigVersion,
      catalogueVersion,
      environment: { userAgent: config.crawl.userAgent, node: process.version },
      fictional: request.fictional,
    };
    store.writeMeta(meta);
    if (request.registry) store.recordRegistryImport(request.registry);
    let runner: LighthouseRunner | undefined;
    if (lighthouseHere && chromePath && !interrupts.signal.aborted) {
      // Loaded on demand: Lighthouse and the report renderer are heavy, and --help should be instant.
      const { startLighthouseLane } = await import('../lighthouse/index.js');
      const started = await startLighthouseLane(config.lighthouse, {
        chromePath,
        log: (message: string) => logger.info(message),
        network: { allowPrivateNetwork: config.crawl.allowPrivateNetwork, exclude: config.crawl.exclude },
      });
      lane = started;
      runner = { audit: (pages, formFactors) => started.audit(pages, formFactors) };
      meta.environment = { ...meta.environment, lighthouse: started.info };
      store.writeMeta(meta);
    }
    logger.info(`study "${request.study}": ${request.institutions.length} institutions → ${studyDir}`);
    const progress = request.queue
      ? await coordinate(request, request.queue, { store, config, studyDir, signal: interrupts.signal })
      : await runStudy({
          institutions: request.institutions,
          store,
          config,
          lighthouse: runner,
          logger,
          signal: interrupts.signal,
        });
    if (progress.pending === 0) store.writeMeta({ ...meta, finishedAt: new Date().toISOString() });
    if (interrupts.received) {
      const { total, done, pending } = store.counts();
      if (pending === 0) {
        throw new InterruptedError(
          interrupts.received,
          `interrupted by ${interrupts.received} before the report: all ${total} sites are stored`,
          `Write the report with: muniseo report --study ${request.study} --reports ${request.reportsDir}`,
        );
      }
      throw new InterruptedError(
        interrupts.received,
        `interrupted by ${interrupts.received}: ${done} of ${total} sites are stored and kept; the ${pending} others, ` +
          `those that were in progress included, will be audited on --resume`,
        `Resume with: ${resumeCommand}`,
      );
    }
    let indexPath: string | undefined;
    if (request.report) {
      interrupts.writingReport();
      const { writeReport } = await import('../report/index.js');
      // The bound that suits a report's small heap (src/heap-growth.ts).
      boundHeapGrowth(reportHeapGrowingPercent);
      const written = await writeReport(store, {
        studyDir,
        lang: request.lang,
        pdf: request.pdf,
        chromePath,
        ...(request.peers ? { peers: request.peers } : {}),
      });
      indexPath = written.indexPath;
    }
    return { studyDir, indexPath };
  } finally {
    interrupts.stop();
    try {
      await lane?.close();
      store?.close();
    } finally {
      lock.release();
    }
  }
}

/** The configuration stored with the study; a resume that asks for other settings is refused. */
function resumedConfig(dbPath: string, request: AuditRequest): StudyConfig {
  const store = StudyStore.open(dbPath);
  let stored: StudyConfig | undefined;
  try {
    const meta = store.readMeta();
    stored = meta ? readStoredConfig(meta, dbPath) : undefined;
  } finally {
    store.close();
  }
  if (!stored) return request.config.config;
  // An owner's request not to be crawled applies at once, to the sites still pending: never refused.
  const changes = changedSettings(stored, request.config).filter((change) => change.path !== 'crawl.exclude');
  const exclude = [...new Set([...stored.crawl.exclude, ...request.config.config.crawl.exclude])];
  if (changes.length === 0 && exclude.length > stored.crawl.exclude.length) {
    const added = exclude.length - stored.crawl.exclude.length;
    request.logger.info(`exclusion list: ${added} host(s) added since the study started; they apply to the sites still pending`);
  }
  if (changes.length > 0) {
    // Sites audited with other settings would not be comparable with the rest of the study.
    throw new UsageError(
      `study "${request.study}" was started with other settings than those given to --resume:\n` +
        changes.map((change) => `  ${change.path}: ${format(change.inStudy)} in the study, ${format(change.asked)} asked`).join('\n'),
      'Resume without those options (the study keeps its own), or start again with --overwrite to apply them to every site.',
    );
  }
  return { ...stored, crawl: { ...stored.crawl, exclude } };
}

function format(value: unknown): string {
  return value === undefined ? 'not set' : JSON.stringify(value);
}

function refuseExistingStudy(dbPath: string, study: string): void {
  const store = StudyStore.open(dbPath);
  const { done } = store.counts();
  store.close();
  if (done > 0) {
    throw new UsageError(
      `study "${study}" already holds ${done} audited sites (${dbPath})`,
      'Continue it with --resume, or start again with --overwrite.',
    );
  }
}

/**
 * SIGINT (Ctrl-C) and SIGTERM (docker stop, systemd, CI runners): the first stops the audit,
 * abandoning the sites in progress, which stay pending and are redone on --resume; the study is
 * then closed properly and the command exits 130 or 143. A second signal exits at once.
 */
class InterruptHandler {
  private readonly controller = new AbortController();
  private phase: 'audit' | 'report' = 'audit';
  received: InterruptSignal | undefined;

  constructor(private readonly logger: Logger) {
    // Every in-flight crawl listens to the same signal.
    setMaxListeners(0, this.controller.signal);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  listen(): void {
    process.on('SIGINT', this.onSigint);
    process.on('SIGTERM', this.onSigterm);
  }

  writingReport(): void {
    this.phase = 'report';
  }

  stop(): void {
    process.off('SIGINT', this.onSigint);
    process.off('SIGTERM', this.onSigterm);
  }

  private readonly onSigint = () => this.interrupt('SIGINT');
  private readonly onSigterm = () => this.interrupt('SIGTERM');

  private interrupt(signal: InterruptSignal): void {
    const again = signal === 'SIGINT' ? 'Ctrl-C again' : 'SIGTERM again';
    if (this.received) {
      this.logger.warn(`${signal} again: stopping now; sites in progress stay pending`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    this.received = signal;
    if (this.phase === 'report') {
      this.logger.warn(`${signal}: every site is stored; finishing the report (${again} to stop at once)`);
      return;
    }
    this.logger.warn(
      `${signal}: stopping. No new site starts; sites in progress are abandoned and stay pending, to be redone on --resume; ` +
        `finished sites are kept (${again} to stop at once)`,
    );
    this.controller.abort();
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
    // The study's sites are on private or loopback addresses: only workers allowed there take them (local workers get the flag too).
    allowPrivateNetwork: run.config.crawl.allowPrivateNetwork,
  });
}
