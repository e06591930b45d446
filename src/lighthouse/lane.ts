// The Lighthouse lane of a study: a pool of worker processes, each with its own Chromiums, fed by one
// queue that every site's audit() call shares, so that Lighthouse for one site runs while the next
// sites are still being crawled. A page's failure is a result (runtime error, timeout, crash), never a throw.
//
// Fidelity first: a run scores as the `lighthouse` CLI does with a fresh browser.
// - Accessibility, best practices and SEO depend on browser state, not on timing: each run has a
//   browser context of its own, in a browser that never audited its origin (browser-pool.ts), and
//   bench/lighthouse checks that they equal the CLI's on every page.
// - Performance depends on timing: Lantern reads the page's main-thread task durations, which any
//   other work on the same cores stretches (Lighthouse's variability guide warns against concurrent
//   runs). A run measures alone (cpu-schedule.ts, isolation `settled`): its window, from the start of its
//   trace, overlaps neither another page's loading nor any busy work of the lane (setup, accessibility
//   gatherers, the audits' simulations, browser launches) until its page has settled (settling.ts), and
//   it opens only once the machine's CPU has gone quiet (cpu-quiet.ts), after what no schedule sees (a
//   closed renderer shutting down, a garbage collection, the crawl). Once the page has settled,
//   Lighthouse still waits out its quiet periods (about two seconds): busy work and the next page's
//   loading may run then, and the trace, checked afterwards, tells whether the page did anything
//   contention could have stretched; if it did, the page and every page measured beside it are measured
//   again alone. Isolation `quiet` (the window alone until its trace is collected) scored the same and
//   was slower (study benchmark: 10.5 pages a minute; light pages: 11.7); isolation `window`, which let
//   busy work go on beside a loading page, was faster (11.6–12.2; 20.5) and scored heavy pages 0.03
//   to 0.08 lower than the CLI on average; on the 2-core machine it was measured on, even a busy loop
//   at the lowest priority (nice 19, or SCHED_IDLE) beside a lone run lowered its performance
//   (bench/lighthouse/contention.js), and lowering the other workers' priority during a window left the
//   bias as it was: no priority scheme makes the overlap safe.
//   The CLI's second navigation and full-page screenshot are not made (their audits are not reported);
//   the gatherers that instrument the loading page are kept.
// Then throughput, as far as that allows: busy work of the workers overlaps between loading pages, and a
// loading page stops the workers busy beside it rather than wait for their work to end (their processes
// stop and go on where they were: process-freezer.ts, cpu-schedule.ts's preemption); a free worker
// takes the waiting page of the site it has audited least (run-queue.ts), so that one browser audits
// site after site and a launch is seldom paid (browser-pool.ts); Lighthouse's CPU benchmark, a second of
// spinning before every run, is measured once per lane (benchmark-index.ts); Lighthouse's checks of a
// quiet CPU are answered by the worker, not the page, so that a page may count as settled half a second
// after its last request (long-task-answers.ts, settling.ts); the browser's own interface loads nothing
// for the pages it opens (the address bar's WebUI popups, a third of the lane's CPU: src/browser/chrome.ts).
import { createRequire } from 'node:module';
import { availableParallelism, totalmem } from 'node:os';
import type { LighthouseConfig } from '../config.js';
import { describeRefusal, NetworkPolicy, type NetworkPolicyOptions, startPolicyProxy } from '../network/index.js';
import { CpuSchedule, isolationLevels, type Isolation, type Preemption, type ScheduleEvent } from './cpu-schedule.js';
import { ProcessFreezer } from './process-freezer.js';
import { RunQueue } from './run-queue.js';
import { expectedThrottling } from './lighthouse-settings.js';
import { pageResult } from './page-result.js';
import { failedRun, type RunRecord } from './run-record.js';
import {
  type FormFactor,
  lighthouseMessage,
  type LighthousePageRequest,
  type LighthousePageResult,
  originOf,
  renderLighthouseMessage,
} from '../model/index.js';
import { LighthouseWorker, type RunOutcome } from './worker-process.js';
import { measureBenchmarkIndex } from './benchmark-index.js';
import { waitForCpuQuiet } from './cpu-quiet.js';
import type { BrowserReuse, WorkerSettlingOptions } from './worker-protocol.js';

/** A run's outcome as the lane sees it: the worker's, or a worker that could not be started for it. */
type LaneOutcome = RunOutcome | { kind: 'chromium-start-failed'; detail: string };

export interface LighthouseLane {
  /** Audits each page in each form factor, `config.runs` times. Never throws for a page: errors become results. */
  audit(pages: LighthousePageRequest[], formFactors: FormFactor[]): Promise<LighthousePageResult[]>;
  /** Stops every worker and kills every Chromium the lane started. */
  close(): Promise<void>;
  /** Versions and settings, recorded with the study (its methodology reads them). */
  readonly info: {
    lighthouseVersion: string;
    chromiumVersion?: string;
    concurrency: number;
    isolation: Isolation;
    browserReuse: BrowserReuse;
    throttling: Record<string, unknown>;
  };
  /** How runs shared the CPU: every busy span and measurement window granted so far (tests and benchmarks read it). */
  readonly schedule: { isolation: Isolation; browserReuse: BrowserReuse; events: readonly ScheduleEvent[] };
}

export interface LaneOptions {
  chromePath: string;
  log?: (message: string) => void;
  /** Run every Lighthouse audit, even the zero-weight ones muniseo never reports (benchmarks compare both). */
  fullAudit?: boolean;
  /**
   * What Chromium may reach: the crawl's network policy (public addresses only by default). Each worker
   * runs the policy's proxy in its own process (src/network/proxy.ts), away from this process's event
   * loop, whose pauses (the crawl parsing pages) would otherwise add to the response times Lighthouse
   * measures. A resolver or classifier hook (tests) cannot cross to a worker: the proxy then runs here.
   */
  network?: NetworkPolicyOptions;
  /** How measurement windows share the CPU (cpu-schedule.ts); benchmarks compare the levels. @default defaultIsolation */
  isolation?: Isolation;
  /** When a browser may audit another page (worker-protocol.ts). @default defaultBrowserReuse */
  browserReuse?: BrowserReuse;
  /**
   * When a page counts as settled under isolation `settled` (settling.ts). Tests on a machine busy with
   * other tests set `busyBelow: 2` (a busy share is at most 1), leaving the CPU out, so that pages settle
   * whatever else runs.
   */
  settling?: WorkerSettlingOptions;
}

export const defaultIsolation: Isolation = 'settled';
export const defaultBrowserReuse: BrowserReuse = 'other-origins';

/**
 * The isolation level: the option, else MUNISEO_LIGHTHOUSE_ISOLATION (so that bench/lighthouse can
 * compare levels through `muniseo audit` end to end), else the default.
 */
export function isolationOf(option: Isolation | undefined, env: NodeJS.ProcessEnv = process.env): Isolation {
  if (option) return option;
  const fromEnv = env['MUNISEO_LIGHTHOUSE_ISOLATION'];
  if (fromEnv === undefined || fromEnv === '') return defaultIsolation;
  if ((isolationLevels as readonly string[]).includes(fromEnv)) return fromEnv as Isolation;
  throw new Error(`MUNISEO_LIGHTHOUSE_ISOLATION must be one of ${isolationLevels.join(', ')} (got "${fromEnv}")`);
}

/** Memory one worker needs at its peak (Node with Lighthouse, Chromium rendering a heavy page). */
const memoryPerWorker = 1.5 * 1024 ** 3;
/** Chromium is relaunched after this many runs; a fresh browser context already isolates each run. */
const runsPerChromium = 50;

/**
 * One worker per core, as memory allows. A Lighthouse run spends much of its time waiting for the page
 * to go quiet, so a second worker nearly doubles throughput on two cores; more workers than cores only
 * add CPU contention, which the simulated throttling turns into worse performance scores. Under
 * `settled`, one more: a worker whose page has settled waits a second or two for Lighthouse's quiet
 * periods without using the CPU, and the extra worker's busy work fills that time (light pages, 2
 * cores, .exp of 2026-12-02: 21.6 pages a minute with two workers, 25.0 to 27.0 with three, 26.1 and
 * 26.6 with four, whose start twenty pages do not repay).
 */
export function defaultLighthouseConcurrency(
  cores = availableParallelism(),
  memoryBytes = totalmem(),
  isolation: Isolation = isolationOf(undefined),
): number {
  const wanted = isolation === 'settled' ? cores + 1 : cores;
  return Math.max(1, Math.min(wanted, Math.floor(memoryBytes / memoryPerWorker)));
}

export function formFactorsOf(setting: LighthouseConfig['formFactor']): FormFactor[] {
  return setting === 'both' ? ['mobile', 'desktop'] : [setting];
}

export const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;

export async function startLighthouseLane(config: LighthouseConfig, options: LaneOptions): Promise<LighthouseLane> {
  const log = options.log ?? (() => undefined);
  const isolation = isolationOf(options.isolation);
  // Under `settled`, a page being measured or probed stops the other workers instead of waiting for
  // their busy work to end (cpu-schedule.ts, process-freezer.ts).
  const freezer = isolation === 'settled' ? ProcessFreezer.start() : undefined;
  const frozen = new Set<LighthouseWorker>();
  const preemption: Preemption | undefined = freezer && {
    pause: (keep) => {
      for (const worker of workers) if (worker && !keep.has(worker.name) && worker.freeze(freezer)) frozen.add(worker);
      return [...frozen].map((worker) => worker.name);
    },
    resume: () => {
      for (const worker of frozen) worker.thaw();
      frozen.clear();
    },
  };
  const schedule = new CpuSchedule(isolation, undefined, preemption);
  const concurrency = config.concurrency > 0 ? config.concurrency : defaultLighthouseConcurrency(undefined, undefined, schedule.isolation);
  const timeoutMs = config.timeoutSecs * 1000;
  const workers: (LighthouseWorker | undefined)[] = new Array(concurrency).fill(undefined);
  const queue = new RunQueue(concurrency);
  const browserReuse = options.browserReuse ?? defaultBrowserReuse;
  let started = 0;
  let closed = false;
  const network = { allowPrivateNetwork: options.network?.allowPrivateNetwork ?? false, exclude: [...(options.network?.exclude ?? [])] };
  const hooked = options.network?.lookup !== undefined || options.network?.classify !== undefined;
  const proxy = hooked
    ? await startPolicyProxy(new NetworkPolicy(options.network), {
        onRefusal: (target, refusal) => log(`Lighthouse: Chromium was refused ${target}: ${describeRefusal(refusal)}`),
      })
    : undefined;

  // Before any worker runs: the benchmark spins the CPU for a second (benchmark-index.ts).
  const benchmarkIndex = await measureBenchmarkIndex();

  const startWorker = async (slot: number) => {
    const worker = await LighthouseWorker.start({
      name: `lighthouse worker ${slot + 1}.${++started}`,
      chromePath: options.chromePath,
      fullAudit: options.fullAudit ?? false,
      runsPerChromium,
      network,
      proxyServer: proxy?.url,
      browserReuse,
      schedule,
      benchmarkIndex,
      settling: options.settling,
      beforeWindow: async () => void (await waitForCpuQuiet()),
      log,
    });
    if (worker.pid !== undefined) freezer?.register(worker.pid);
    return worker;
  };

  // Whatever way this process ends, no Chromium stays behind it.
  const killAll = () => workers.forEach((worker) => worker?.kill());
  process.once('exit', killAll);

  const first = await Promise.allSettled(workers.map((_, slot) => startWorker(slot)));
  first.forEach((outcome, slot) => {
    if (outcome.status === 'fulfilled') workers[slot] = outcome.value;
    else log(`${outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)}`);
  });
  if (workers.every((worker) => !worker)) {
    process.off('exit', killAll);
    freezer?.close();
    await proxy?.close();
    const reason = first.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    throw new Error(`Lighthouse could not start: ${reason.reason instanceof Error ? reason.reason.message : String(reason.reason)}`);
  }

  const formFactors = formFactorsOf(config.formFactor);
  const info = {
    lighthouseVersion,
    chromiumVersion: workers.find((worker) => worker?.chromiumVersion)?.chromiumVersion,
    concurrency,
    isolation: schedule.isolation,
    browserReuse,
    throttling: Object.fromEntries(formFactors.map((formFactor) => [formFactor, expectedThrottling(formFactor)])) as Record<
      string,
      unknown
    >,
  };
  log(
    `Lighthouse ${info.lighthouseVersion} on Chromium ${info.chromiumVersion ?? '?'}: ${concurrency} worker(s), ${config.runs} run(s) per page, timeout ${config.timeoutSecs} s, isolation ${info.isolation}, browser reuse ${info.browserReuse}`,
  );

  /** One run on the worker of `slot`; a dead worker is replaced first. */
  const runOn = async (slot: number, url: string, formFactor: FormFactor, origin: string | undefined): Promise<LaneOutcome> => {
    if (closed) return { kind: 'stopped' };
    let worker = workers[slot];
    if (!worker?.isAlive) {
      queue.forget(slot, origin);
      try {
        worker = workers[slot] = await startWorker(slot);
      } catch (error) {
        return { kind: 'chromium-start-failed', detail: error instanceof Error ? error.message : String(error) };
      }
      if (closed) {
        await worker.stop();
        return { kind: 'stopped' };
      }
    }
    return worker.run(url, formFactor, timeoutMs);
  };

  /** A run on the worker the queue hands it to (run-queue.ts), retried once if it failed. */
  const runWithRetry = async (url: string, formFactor: FormFactor): Promise<RunRecord> => {
    const origin = originOf(url);
    const onWorker = await queue.add(origin, async (slot) => {
      const outcome = await runOn(slot, url, formFactor, origin);
      if (outcome.kind !== 'failed' && outcome.kind !== 'worker-died') return { outcome, retried: false };
      log(`Lighthouse ${formFactor} ${url}: ${describe(outcome)}; retrying once on a fresh browser`);
      // At once, on the same worker (replaced if it died): the site waiting for this page does not wait
      // for every other site, and a worker that died is known dead, where another killed at the same
      // moment (the machine out of memory) may not have been heard of yet.
      return { outcome: await runOn(slot, url, formFactor, origin), retried: true };
    });
    let { outcome } = onWorker;
    if (!onWorker.retried && outcome.kind === 'chromium-start-failed') {
      // A worker that could not be started: the retry goes back to the queue, to whichever worker is free.
      log(`Lighthouse ${formFactor} ${url}: ${describe(outcome)}; retrying once on another worker`);
      outcome = await queue.add(origin, (slot) => runOn(slot, url, formFactor, origin));
    }
    if (outcome.kind === 'timeout') log(`Lighthouse ${formFactor} ${url}: no result within ${config.timeoutSecs} s, worker killed`);
    return recordOf(outcome, config.timeoutSecs);
  };

  return {
    info,
    schedule: { isolation: schedule.isolation, browserReuse, events: schedule.events },
    async audit(pages, requestedFormFactors) {
      const jobs = pages.flatMap((page) => requestedFormFactors.map((formFactor) => ({ page, formFactor })));
      return Promise.all(
        jobs.map(async ({ page, formFactor }) => {
          const records = await Promise.all(Array.from({ length: config.runs }, () => runWithRetry(page.url, formFactor)));
          const result = pageResult(page, formFactor, records, info);
          if (!info.chromiumVersion && result.chromiumVersion) info.chromiumVersion = result.chromiumVersion;
          return result;
        }),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(workers.map((worker) => worker?.stop()));
      await queue.onIdle();
      freezer?.close();
      await proxy?.close();
      process.off('exit', killAll);
    },
  };
}

function describe(outcome: LaneOutcome): string {
  if (outcome.kind === 'failed') return `${outcome.code} (${outcome.message})`;
  if (outcome.kind === 'chromium-start-failed') return `CHROMIUM_START_FAILED (${outcome.detail})`;
  if (outcome.kind === 'worker-died') return `worker ${renderLighthouseMessage(outcome.detail, 'en')}`;
  return outcome.kind;
}

function recordOf(outcome: LaneOutcome, timeoutSecs: number): RunRecord {
  switch (outcome.kind) {
    case 'result':
      return outcome.record;
    case 'failed':
      return failedRun(outcome.code, outcome.message);
    case 'chromium-start-failed':
      return failedRun('CHROMIUM_START_FAILED', lighthouseMessage('lighthouse.chromiumStartFailed', { detail: outcome.detail }));
    case 'timeout':
      return failedRun('TIMEOUT', lighthouseMessage('lighthouse.timeout', { seconds: timeoutSecs }));
    case 'worker-died':
      return failedRun('WORKER_CRASHED', lighthouseMessage('lighthouse.workerCrashed', { detail: outcome.detail }));
    case 'stopped':
      return failedRun('LANE_CLOSED', lighthouseMessage('lighthouse.laneClosed'));
  }
}
