// Messages between the lane (parent process) and a Lighthouse worker (child process), over Node's IPC.
import type { CpuUse } from './cpu-schedule.js';
import type { RunRecord } from './run-record.js';
import type { FormFactor } from '../model/index.js';
import type { SettlingOptions } from './settling.js';

/**
 * When a worker may audit a page in a browser that already audited others (browser-pool.ts).
 * `other-origins`: only for an origin it has not audited. `never`: a fresh browser for every run.
 */
export const browserReuseModes = ['other-origins', 'never'] as const;
export type BrowserReuse = (typeof browserReuseModes)[number];

export interface WorkerSettings {
  chromePath: string;
  /** A folder of the worker's own; each Chromium it launches gets a fresh profile inside. */
  profileDir: string;
  /** Run every Lighthouse audit, even those muniseo never reports (for benchmarks). */
  fullAudit: boolean;
  /** Chromium is relaunched after this many runs, to bound what a long-lived browser accumulates. */
  runsPerChromium: number;
  /**
   * What Chromium may reach (src/network/): the worker runs the policy's proxy in its own process and
   * sends all of Chromium's traffic through it. Public addresses only when absent.
   */
  network?: { allowPrivateNetwork: boolean; exclude: string[] };
  /** A policy proxy already running (the lane's, when tests replace the resolver or classifier): used instead. */
  proxyServer?: string;
  browserReuse: BrowserReuse;
  /** The lane's one measurement of Lighthouse's CPU benchmark, given to every run (benchmark-index.ts). */
  benchmarkIndex?: number;
  /** Isolation `settled`: tell the lane when the page settles, and check the trace afterwards (settling.ts). */
  shareSettledWindows: boolean;
  /** When a page counts as settled (settling.ts defaults when absent). */
  settling?: WorkerSettlingOptions;
}

/** The settling thresholds a lane may pass to its workers: settling.ts's options, without the hooks (not sent over IPC). */
export type WorkerSettlingOptions = Omit<SettlingOptions, 'readTimes' | 'readFrames' | 'painted'>;

export interface RunOrder {
  type: 'run';
  id: number;
  url: string;
  formFactor: FormFactor;
}

export type LaneMessage =
  | RunOrder
  | { type: 'shutdown' }
  /** The lane's CPU schedule lets the worker start what it asked for. */
  | { type: 'granted'; ticket: number }
  /** Answers `confirm`: the subject of a page active after settling beside the window's measurement, if any. */
  | { type: 'confirmed'; ticket: number; disturbedBy?: string };

export type WorkerMessage =
  | { type: 'ready'; chromiumVersion?: string }
  | { type: 'start-failed'; message: string }
  | { type: 'result'; id: number; record: RunRecord }
  /** Lighthouse threw: the browser is relaunched before the next run, and the lane may retry once. */
  | { type: 'failed'; id: number; code: string; message: string }
  /** May the worker start `use`? `forRun`: the current run waits for it (its timeout is paused meanwhile). */
  | { type: 'acquire'; ticket: number; use: CpuUse; subject: string; forRun: boolean; alone?: boolean }
  | { type: 'release'; ticket: number }
  /** The page measured in the granted window `ticket` has settled (isolation `settled`, settling.ts). */
  | { type: 'settled'; ticket: number }
  /** What the settled page of window `ticket` did after settling, read in its trace. */
  | { type: 'checked'; ticket: number; quiet: boolean }
  /** Was any page beside window `ticket`'s measurement active after settling? (isolation `settled`) */
  | { type: 'confirm'; ticket: number }
  /** Run `id` is measured again alone: its timeout starts over. */
  | { type: 'measuring-again'; id: number };
