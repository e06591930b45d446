// Under the `settled` isolation (cpu-schedule.ts), a measurement window is alone only while its page
// loads. Once the page has *settled*, Lighthouse still waits for its quiet periods (a second after the
// load, a second without requests, a second without long tasks: `pauseAfterLoadMs`,
// `networkQuietThresholdMs`, `cpuQuietThresholdMs`), and on a light page those waits are most of the
// window. Busy work of the other workers may run meanwhile, on one condition, checked afterwards in the
// run's own trace: that the page did nothing in that time that the CPU contention could have stretched.
//
// - Settled, seen live by the worker: the page's load event has fired, it has painted its first content
//   (a heavy fixture page, loaded, its requests over, its CPU idle, painted it 0.8 s after its load
//   event in one run of 2026-12-01; a page that never paints never settles, and its window stays alone
//   to the end), no request has been in flight for `networkQuietMs`, it has stopped drawing (its compositor threads nearly idle for
//   `cpuQuietSamples` samples: frame-activity.ts), and the machine's CPU has been nearly idle for as many
//   samples (during the window nothing else of the lane runs, so an idle machine is an idle page).
// - Checked afterwards (`activityAfter`): no main-thread task of the page that ends after the settling
//   lasts `minTaskMs` or more, no frame is drawn and no request starts or ends after it. Lighthouse's
//   simulation (Lantern) leaves out main-thread tasks under 10 ms (its PageDependencyGraph prunes them
//   as negligible): a task that lasted less than that beside busy work lasts less alone too, and
//   weighs on the score neither way. A longer one (the evaluation of Lighthouse's long-task watcher
//   took 4 ms alone and up to 21 ms beside busy work), a frame (the observed speed index) or a
//   request (the network estimates) could have been stretched. Any of them makes the worker measure the
//   page again, alone from start to end, and every page measured beside it, whose measurement the
//   activity may have slowed (cpu-schedule.ts `disturbance`).
// - Lighthouse's own commands into the page after settling run alone: once no request has been in
//   flight for a second, it creates an isolated world, evaluates a long-task watcher in the page, then
//   checks it (a timer in the page each time) until a second has passed without a long task. Their tasks
//   take 1 to 4 ms alone and up to 21 ms beside busy work, past Lantern's threshold; on a page just
//   loaded, the isolated world's creation alone can take over 10 ms. The watcher and its checks are
//   answered by the worker itself (long-task-answers.ts), and the page never sees them; from the page's
//   settling until Lighthouse stops waiting, the worker holds every other command it sends into the page
//   back until the lane grants a `probe` (cpu-schedule.ts), which stops the other workers' processes
//   until the answer comes. The page waits meanwhile, idle, and so does Lighthouse's wait; nothing the
//   page did changes. A task that began and ended inside a probe ran with the CPU to itself, and is not
//   held against the page (`AloneSpan`). A watcher sent before the page settles goes to the page, and
//   holds the settling back until it is answered.
// - The page counts as settled half a second after its last request (`networkQuietMs`), once it has
//   stopped drawing. On light pages the frames, not the requests, set the end of the window: their
//   compositor threads use 3 to 6 ms of CPU per 100 ms until 0.6 to 0.8 s after the load event. Those
//   frames are the mobile overlay scrollbar fading out: on a page taller than the screen, the trace
//   holds about twenty screenshots 16 ms apart from 0.25 to 0.56 s after navigation starts, and none
//   with Chromium's --hide-scrollbars, which the CLI does not pass (so neither does the lane: the
//   screenshots feed the observed speed index). Half a second without requests, without the frames
//   seen, let the heavy fixture pages (web fonts, large images, a slider) settle while their slider's
//   transition still drew frames, and 12 of 21 pages of the study benchmark were measured again
//   (2026-12-01); a slider's turn after settling once sent three study pages back (55ace74's day).
//   Until the worker answered Lighthouse's long-task watcher and checks, the settling waited for a
//   little over Lighthouse's own second without requests (1.1 s): at half a second the watcher and its
//   checks all came after settling, as probes (122 probes holding 8.0 s on twenty light pages, against
//   20 holding 3.4 s), and the lane was hardly faster (.exp of 2026-12-02). With the answers, twenty
//   light pages' windows are alone 21 to 26 s in all instead of 29 to 31 s, their probes (the
//   isolated world: about four commands a page) hold 1.5 s, and the light lane gave 19.0 to 21.3 pages
//   a minute in ten .exp runs, against 16.0 to 18.3 at 1.1 s without the answers, and 19.3 and 18.2 at
//   1.1 s with them (.exp, 2026-12-02).
// Trace timestamps (microseconds) and Node's process.hrtime are the same monotonic clock on Linux
// (CLOCK_MONOTONIC), so the worker's settling time can be placed in the trace.
import type { HTTPRequest, Page } from 'puppeteer-core';
import { busyShare, cpuTimes } from './cpu-quiet.js';

export interface SettlingOptions {
  /** No request may have been in flight for this long. @default 500 */
  networkQuietMs?: number;
  /** Milliseconds of the compositor threads' CPU per sample under which a sample draws nothing (frame-activity.ts). @default 1.5 */
  framesQuietBelowMs?: number;
  /** Busy share of all cores (0–1) under which a sample counts as idle. @default 0.15 */
  busyBelow?: number;
  /** Consecutive idle samples of `sampleMs` needed. @default 2 */
  cpuQuietSamples?: number;
  /** @default 100 */
  sampleMs?: number;
  /** The CPU's cumulative times (tests give their own). */
  readTimes?: () => { idle: number; total: number };
  /** Milliseconds of CPU the page's compositor threads used since the previous call (frame-activity.ts), undefined if unknown. */
  readFrames?: () => number | undefined;
  /** Whether the page has painted its first content (Chromium's `firstContentfulPaint` lifecycle event). */
  painted?: () => boolean;
}

export interface SettlingWatch {
  /** Monotonic microseconds (the trace's clock) at which the page settled, once it has. */
  readonly settledAtUs: number | undefined;
  /** Sends a command into the page (a probe of Lighthouse's): the page does not settle before its answer. */
  holding<T>(send: () => Promise<T>): Promise<T>;
  stop(): void;
}

/** Microseconds of the monotonic clock that Chromium's traces use. */
export function monotonicMicroseconds(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** Watches `page` from now on; calls `onSettled` once, when the page has settled (never if it does not). */
export function watchSettling(page: Page, onSettled: () => void, options: SettlingOptions = {}): SettlingWatch {
  const {
    networkQuietMs = 500,
    framesQuietBelowMs = 1.5,
    busyBelow = 0.15,
    cpuQuietSamples = 2,
    sampleMs = 100,
    readTimes = cpuTimes,
    readFrames = () => undefined,
    painted = () => true,
  } = options;
  const inFlight = new Set<HTTPRequest>();
  let loaded = false;
  let networkChangedAt = performance.now();
  let idleSamples = 0;
  let undrawnSamples = 0;
  let settledAtUs: number | undefined;
  let before = readTimes();
  let commandsInPage = 0;

  const started = (request: HTTPRequest) => {
    inFlight.add(request);
    networkChangedAt = performance.now();
  };
  const ended = (request: HTTPRequest) => {
    inFlight.delete(request);
    networkChangedAt = performance.now();
  };
  const onLoad = () => {
    // Lighthouse's about:blank, loaded before the window, does not count.
    if (page.url() !== 'about:blank') loaded = true;
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('load', onLoad);

  const timer = setInterval(() => {
    const after = readTimes();
    idleSamples = busyShare(before, after) < busyBelow ? idleSamples + 1 : 0;
    before = after;
    // Frames are read from the load event on (a reading costs 2 ms of CPU: frame-activity.ts).
    const drawing = loaded ? readFrames() : Infinity;
    undrawnSamples = drawing !== undefined && drawing < framesQuietBelowMs ? undrawnSamples + 1 : 0;
    const networkQuiet = inFlight.size === 0 && performance.now() - networkChangedAt >= networkQuietMs;
    // Where the frames cannot be seen (no /proc), the wait without requests stands alone.
    const framesQuiet = drawing === undefined || undrawnSamples >= cpuQuietSamples;
    if (loaded && painted() && networkQuiet && framesQuiet && idleSamples >= cpuQuietSamples && commandsInPage === 0) {
      settledAtUs = monotonicMicroseconds();
      stop();
      onSettled();
    }
  }, sampleMs);

  function stop() {
    clearInterval(timer);
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
    page.off('load', onLoad);
  }
  return {
    get settledAtUs() {
      return settledAtUs;
    },
    async holding(send) {
      commandsInPage += 1;
      try {
        return await send();
      } finally {
        commandsInPage -= 1;
      }
    },
    stop,
  };
}

/**
 * What the checks read of a run: trace events of the page's main thread, the screenshots of its trace
 * (one for each frame that changed what the page shows), and the DevTools protocol log.
 */
export interface RunActivity {
  mainThreadEvents: readonly { name: string; ph?: string; ts: number; dur?: number }[];
  screenshots?: readonly { ts: number }[];
  devtoolsLog: readonly { method: string; params?: unknown }[];
}

/** A span (trace clock) during which the page had the CPU to itself after settling: one of Lighthouse's probes. */
export interface AloneSpan {
  fromUs: number;
  toUs: number;
}

/** Tasks shorter than this cannot reach Lantern's 10 ms threshold even stretched threefold. */
export const minTaskMs = 10;

const networkEvents = new Set([
  'Network.requestWillBeSent',
  'Network.responseReceived',
  'Network.loadingFinished',
  'Network.loadingFailed',
]);
/** The trace events of a top-level task of the page's main thread (as Lighthouse's main-thread tasks count them). */
export const topLevelTasks: ReadonlySet<string> = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'ThreadControllerImpl::DoWork',
  'TaskQueueManager::ProcessTaskFromWorkQueue',
]);

/**
 * Why the page's measurement may have felt the busy work that ran after `settledAtUs`, or undefined
 * when nothing it did after then can have: a main-thread task of `minTaskMs` or more (unless it ran
 * within one of `aloneSpans`), a frame, or network activity.
 */
export function activityAfter(activity: RunActivity, settledAtUs: number, aloneSpans: readonly AloneSpan[] = []): string | undefined {
  const ranAlone = (from: number, to: number) => aloneSpans.some((span) => span.fromUs <= from && to <= span.toUs);
  for (const event of activity.mainThreadEvents) {
    if (!topLevelTasks.has(event.name) || event.ph !== 'X' || event.dur === undefined) continue;
    if (event.ts + event.dur > settledAtUs && event.dur >= minTaskMs * 1000 && !ranAlone(event.ts, event.ts + event.dur)) {
      return `a ${(event.dur / 1000).toFixed(1)} ms main-thread task ${((event.ts - settledAtUs) / 1000).toFixed(0)} ms after the page settled`;
    }
  }
  // Frames drawn afterwards (an animation, a GIF) change the speed index Lighthouse observes from the
  // screenshots, and contention delays them.
  const frame = activity.screenshots?.find((screenshot) => screenshot.ts > settledAtUs);
  if (frame) return `a frame drawn ${((frame.ts - settledAtUs) / 1000).toFixed(0)} ms after the page settled`;
  for (const entry of activity.devtoolsLog) {
    if (!networkEvents.has(entry.method)) continue;
    const timestamp = (entry.params as { timestamp?: number } | undefined)?.timestamp;
    if (typeof timestamp === 'number' && timestamp * 1e6 > settledAtUs) {
      const url = (entry.params as { request?: { url?: string } }).request?.url;
      return `network activity (${entry.method}${url ? ` ${url}` : ''}) ${((timestamp * 1e6 - settledAtUs) / 1000).toFixed(0)} ms after the page settled`;
    }
  }
  return undefined;
}
