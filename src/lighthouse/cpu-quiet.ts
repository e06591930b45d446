// Before a measurement window opens, the machine's CPU should be quiet, not only free of the lane's
// own busy work (cpu-schedule.ts): what no schedule sees goes on after a run ends — the renderer of a
// closed page shutting down, a worker's garbage collector freeing a trace of tens of megabytes, the
// crawl and the home page render of the study, other programs. On the 2-core machine muniseo is
// measured on, any such load beside a loading page stretches its main-thread tasks, even at the lowest
// CPU priority (lane.ts gives the figures), and Lantern multiplies the stretch into
// a lower performance score. So the window waits, up to a bound, until the CPU has been nearly idle for
// one sample: the CPU time of every core, from os.cpus(), between two readings.
//
// The largest such load is the run's own: the renderer of the page a worker has just opened for its
// next run spends about 0.7 s of CPU starting (Chromium 156, 2 cores; .exp measurements of 2026-12-01),
// after the worker has moved on. The worker waits for its own process group to go quiet
// (`waitForGroupQuiet`, /proc) while it still holds busy work, before it asks for its window, so that
// the window does not wait for it with the other workers stopped (cpu-schedule.ts).
import { cpus } from 'node:os';
import { processIds, statFields } from '../browser/proc-stat.js';

export interface CpuQuietOptions {
  /** Busy share of all cores (0–1) under which the CPU counts as quiet. @default 0.15 */
  busyBelow?: number;
  /** Length of a sample. @default 100 */
  sampleMs?: number;
  /** The window opens after this much waiting even if the CPU never goes quiet (a machine busy with other work). @default 2000 */
  maxWaitMs?: number;
  /** The CPU's cumulative times (tests give their own). */
  readTimes?: () => { idle: number; total: number };
}

export interface CpuQuietOutcome {
  waitedMs: number;
  /** The busy share of the last sample. */
  busy: number;
  quiet: boolean;
}

export function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const { user, nice, sys, idle: idleTime, irq } = cpu.times;
    idle += idleTime;
    total += user + nice + sys + idleTime + irq;
  }
  return { idle, total };
}

export type CpuTimes = ReturnType<typeof cpuTimes>;

/** The busy share of all cores (0–1) between two readings of `cpuTimes`. */
export function busyShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once a sample shows the CPU quiet, or after `maxWaitMs`. */
export async function waitForCpuQuiet(options: CpuQuietOptions = {}): Promise<CpuQuietOutcome> {
  const { busyBelow = 0.15, sampleMs = 100, maxWaitMs = 2000, readTimes = cpuTimes } = options;
  const started = performance.now();
  let before = readTimes();
  let busy = 1;
  for (;;) {
    await sleep(sampleMs);
    const after = readTimes();
    busy = busyShare(before, after);
    before = after;
    const waitedMs = performance.now() - started;
    if (busy < busyBelow) return { waitedMs, busy, quiet: true };
    if (waitedMs >= maxWaitMs) return { waitedMs, busy, quiet: false };
  }
}

/** CPU time (seconds) used so far by the live processes of process group `pgid` (Linux /proc; undefined elsewhere). */
export function groupCpuSeconds(pgid: number): number | undefined {
  const pids = processIds();
  if (!pids) return undefined;
  let ticks = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    if (!fields || Number(fields[2]) !== pgid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / clockTicksPerSecond;
}

/** Linux's USER_HZ, the unit of /proc's CPU times. */
const clockTicksPerSecond = 100;

/**
 * Resolves, with the time waited, once process group `pgid` has used less than `busyBelow` of one core
 * for one sample, or after `maxWaitMs` (at once where /proc is missing).
 */
export async function waitForGroupQuiet(pgid: number, options: GroupQuietOptions = {}): Promise<number> {
  const { busyBelow = 0.2, sampleMs = 100, maxWaitMs = 2000 } = options;
  const started = performance.now();
  let before = groupCpuSeconds(pgid);
  while (before !== undefined) {
    await sleep(sampleMs);
    const after = groupCpuSeconds(pgid);
    const waitedMs = performance.now() - started;
    if (after === undefined || (after - before) * 1000 < busyBelow * sampleMs || waitedMs >= maxWaitMs) return waitedMs;
    before = after;
  }
  return 0;
}

export interface GroupQuietOptions {
  /** Share of one core under which a sample counts as quiet. @default 0.2 */
  busyBelow?: number;
  /** @default 100 */
  sampleMs?: number;
  /** @default 2000 */
  maxWaitMs?: number;
}
