// A Lighthouse worker: a child process of the lane with its own Chromiums (browser-pool.ts), one run at
// a time. Every phase of a run asks the lane's CPU schedule first (cpu-schedule.ts): *busy* work (setup,
// audits, a browser launch), the measurement *window*, marked by a gatherer of ours
// (measurement-window.ts), and the trace's *collection* at its end. Under isolation `settled`, the worker
// watches the page settle, tells the lane, and reads the trace afterwards (settling.ts). When the lane goes away, even killed, the IPC channel closes and the worker
// takes its Chromiums down.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse from 'lighthouse';
import puppeteer, { type Browser } from 'puppeteer-core';
import { benchmarkAnswer } from './benchmark-index.js';
import { BrowserPool, type PoolBrowser } from './browser-pool.js';
import { originOf } from '../model/urls.js';
import type { CpuUse } from './cpu-schedule.js';
import { launchChromium, removeSingletonSockets, type Chromium } from './chromium.js';
import { chromeProxyFlags, describeRefusal, NetworkPolicy, type PolicyProxy, startPolicyProxy } from '../network/index.js';
import { waitForGroupQuiet } from './cpu-quiet.js';
import { cacheMessageFormats } from './message-format-cache.js';
import { frameMeter } from './frame-activity.js';
import { useMeasurementHooks } from './measurement-window.js';
import { longTaskAnswers, longTaskAfter } from './long-task-answers.js';
import { handlingCommands } from './page-commands.js';
import { lighthouseConfig, lighthouseFlags } from './run-config.js';
import { runRecordFromLhr } from './run-record.js';
import { activityAfter, type AloneSpan, monotonicMicroseconds, type RunActivity, type SettlingWatch, watchSettling } from './settling.js';
import type { LaneMessage, RunOrder, WorkerMessage, WorkerSettings } from './worker-protocol.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as WorkerSettings;
cacheMessageFormats();

/** The network policy's proxy Chromium goes through (the worker's own unless the lane gave one). */
let proxy: PolicyProxy | undefined;

interface OpenBrowser extends PoolBrowser {
  chromium: Chromium;
  browser: Browser;
}

/** How long a probe keeps the CPU after its answer (settling.ts). */
const probeTailMs = 15;
/** Lighthouse's fetcher gives up after 2 s (lighthouse/core/gather/fetcher.js): a fetch holds no longer. */
const fetchHoldMs = 2_500;

let launches = 0;
let stopping = false;
/** Chromiums launched and not yet killed: a worker that must leave at once kills them itself. */
const liveChromiums = new Set<Chromium>();

async function launch(): Promise<OpenBrowser> {
  launches += 1;
  const proxyFlags = chromeProxyFlags(settings.proxyServer ?? (await policyProxy()).url);
  const chromium = await launchChromium(settings.chromePath, join(settings.profileDir, `chromium-${launches}`), proxyFlags);
  liveChromiums.add(chromium);
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}`, defaultViewport: null });
    return {
      chromium,
      browser,
      get alive() {
        return browser.connected && !chromium.exited;
      },
      async close() {
        await browser.disconnect().catch(() => undefined);
        await chromium.kill();
        liveChromiums.delete(chromium);
      },
    };
  } catch (error) {
    await chromium.kill();
    liveChromiums.delete(chromium);
    throw error;
  }
}

/** Lighthouse's CPU benchmark, answered with the lane's figure (benchmark-index.ts). */
const answerBenchmark = settings.benchmarkIndex === undefined ? undefined : benchmarkAnswer(settings.benchmarkIndex);

const pool = new BrowserPool({ launch, reuse: settings.browserReuse, runsPerBrowser: settings.runsPerChromium });

function send(message: WorkerMessage): void {
  // The channel may have closed before the worker heard of it (a worker stopped by the lane's preemption
  // when the lane died goes on with what it was doing): without a callback, the failed send would be an
  // uncaught 'error' that ends the worker before it takes its Chromiums down.
  if (process.connected) process.send?.(message, undefined, {}, (error) => error && void stop(0));
}

// The lane's CPU schedule, seen from here: ask, wait for the grant, give back.
let nextTicket = 1;
const grants = new Map<number, () => void>();

function acquire(use: CpuUse, subject: string, forRun: boolean, alone = false): Promise<number> {
  const ticket = nextTicket++;
  return new Promise((resolve) => {
    grants.set(ticket, () => resolve(ticket));
    send({ type: 'acquire', ticket, use, subject, forRun, alone });
  });
}

function release(ticket: number): void {
  send({ type: 'release', ticket });
}

const confirmations = new Map<number, (disturbedBy: string | undefined) => void>();

/** Asks the lane whether a page beside window `ticket`'s measurement was active after settling. */
function confirm(ticket: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    confirmations.set(ticket, resolve);
    send({ type: 'confirm', ticket });
  });
}

async function policyProxy(): Promise<PolicyProxy> {
  proxy ??= await startPolicyProxy(new NetworkPolicy(settings.network), {
    // A line on stderr: the lane logs it with the worker's name.
    onRefusal: (target, refusal) => process.stderr.write(`Chromium was refused ${target}: ${describeRefusal(refusal)}\n`),
  });
  return proxy;
}

async function run(order: RunOrder): Promise<void> {
  // Under `settled`, a page that did something after it settled is measured again, alone throughout.
  const shared = await attempt(order, settings.shareSettledWindows);
  if (shared !== undefined) {
    process.stderr.write(`${order.url}: ${shared}; measuring it again with the CPU to itself until the trace ends\n`);
    // The second measurement has the whole timeout to itself.
    send({ type: 'measuring-again', id: order.id });
    await attempt(order, false);
  }
  // The result is with the lane: get the next browser ready, as busy work.
  const busy = await acquire('busy', order.url, true);
  try {
    await pool.prepare();
  } finally {
    release(busy);
  }
}

/** One Lighthouse run of the order; undefined once its outcome is sent, else why it must be measured again. */
async function attempt(order: RunOrder, shareSettled: boolean): Promise<string | undefined> {
  const held = new Set<number>();
  // Measured again after a page beside it, or itself, was active after settling: nothing beside it at all.
  const take = async (use: CpuUse) => {
    const ticket = await acquire(use, order.url, true, use === 'window' && settings.shareSettledWindows && !shareSettled);
    held.add(ticket);
    return ticket;
  };
  const give = (ticket: number) => {
    if (held.delete(ticket)) release(ticket);
  };
  const aloneSpans: AloneSpan[] = [];
  const probe = async (sendCommand: () => Promise<unknown>) => {
    const ticket = await take('probe');
    const fromUs = monotonicMicroseconds();
    try {
      return await sendCommand();
    } finally {
      // The page's task that answered goes on for a few milliseconds after its answer: it ends alone too.
      await sleep(probeTailMs);
      aloneSpans.push({ fromUs, toUs: monotonicMicroseconds() });
      give(ticket);
    }
  };
  const fetches = fetchHold(take, give);
  const origin = originOf(order.url);
  let open: OpenBrowser | undefined;
  let settling: SettlingWatch | undefined;
  let window = 0;
  let checked = false;
  /** From the page's settling until Lighthouse stops waiting: every command into the page is a probe. */
  let probing = false;
  /** Lighthouse's checks of a quiet CPU, answered here (long-task-answers.ts). */
  const longTasks = longTaskAnswers();
  try {
    let busy = await take('busy');
    let collect = 0;
    open = await pool.take(origin);
    const browserPid = open.chromium.pid;
    const context = await open.browser.createBrowserContext();
    try {
      const opened = await context.newPage();
      let painted = false;
      const page = handlingCommands(
        opened,
        (method, params, send) => {
          const answered = answerBenchmark?.(method, params, send);
          if (answered) return answered;
          if (shareSettled && method === 'Network.loadNetworkResource') return fetches.fetching(send);
          if (fetches.holding && method === 'IO.read') return fetches.reading(send);
          // Lighthouse's wait for a quiet CPU: its long-task watcher and checks are answered here
          // (long-task-answers.ts), a watcher sent to a page not yet settled holds its settling back, and
          // any other command into a page that has settled runs alone, as a probe.
          if (!settling) return undefined;
          const watch = settling;
          const answer = longTasks.answer(method, params, watch.settledAtUs !== undefined, () => watch.holding(send));
          if (answer) return answer;
          return probing ? probe(send) : undefined;
        },
        // The lifecycle events Lighthouse enables on its session: the page's first contentful paint.
        (session) =>
          session.on('Page.lifecycleEvent', (event: { name: string }) => {
            if (event.name === 'firstContentfulPaint' && settling) painted = true;
          }),
      );
      useMeasurementHooks({
        enterWindow: async () => {
          // What this run's own browser still does (the new page's renderer starting) ends as busy work
          // (cpu-quiet.ts): the worker leads its process group.
          await waitForGroupQuiet(process.pid);
          give(busy);
          window = await take('window');
          const ticket = window;
          if (shareSettled) {
            const frames = frameMeter(browserPid);
            settling = watchSettling(
              opened,
              () => {
                probing = true;
                send({ type: 'settled', ticket });
              },
              { ...settings.settling, readFrames: () => frames.sinceLast(), painted: () => painted },
            );
          }
        },
        endMeasurement: async () => {
          probing = false;
          settling?.stop();
          collect = await take('collect');
        },
        leaveWindow: async () => {
          settling?.stop();
          give(collect);
          give(window);
          busy = await take('busy');
        },
      });
      const result = await lighthouse(order.url, lighthouseFlags(settings.fullAudit), lighthouseConfig(order.formFactor), page);
      if (!result) throw new Error('Lighthouse returned no result');
      pool.landed(open, originOf(result.lhr.finalDisplayedUrl));
      const settledAtUs = settling?.settledAtUs;
      const answered = longTasks.answered;
      if (settledAtUs !== undefined || answered !== undefined) {
        const activity = await runActivity(result.artifacts);
        const unread = activity ? undefined : 'its trace could not be read';
        let active: string | undefined;
        if (settledAtUs !== undefined) {
          active = activity ? activityAfter(activity, settledAtUs, aloneSpans) : unread;
          checked = true;
          send({ type: 'checked', ticket: window, quiet: active === undefined });
        }
        // The worker's answers to Lighthouse's checks hold only if the page ran no long task meanwhile.
        active ??= answered === undefined ? undefined : activity ? longTaskAfter(activity, answered) : unread;
        if (active && !result.lhr.runtimeError) return active;
      }
      if (shareSettled && !result.lhr.runtimeError) {
        // Lighthouse leaves the page open: it goes (its timers, its renderer shutting down) while this
        // run still holds busy work, never beside another page's loading.
        await context.close().catch(() => undefined);
        // Pages measured beside this one may have been active after settling: wait for their word,
        // without holding the CPU schedule meanwhile (their runs may need it to finish).
        give(busy);
        const disturbedBy = await confirm(window);
        if (disturbedBy) return `it was measured beside ${disturbedBy}, whose page was active after settling`;
      }
      send({ type: 'result', id: order.id, record: runRecordFromLhr(result.lhr, open.chromium.version) });
    } finally {
      settling?.stop();
      useMeasurementHooks(undefined);
      await context.close().catch(() => undefined);
    }
  } catch (error) {
    // A settled page whose run failed is counted as active: nobody knows what it did.
    if (settling?.settledAtUs !== undefined && !checked) send({ type: 'checked', ticket: window, quiet: false });
    // The browser's state is unknown after a throw: it audits nothing more.
    if (open) pool.discard(open);
    const code = (error as { code?: unknown }).code;
    send({
      type: 'failed',
      id: order.id,
      code: typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : 'BROWSER_ERROR',
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    fetches.end();
    for (const ticket of [...held]) give(ticket);
  }
  return undefined;
}

/**
 * A resource Lighthouse fetches itself (robots.txt) has 2 s by the wall clock, which runs on while its
 * worker is stopped: from the fetch until its stream is read to the end (or `fetchHoldMs`), the run
 * holds `fetch`, and no page starts loading to stop it (cpu-schedule.ts). Stopped across a window, a
 * run's robots.txt timed out and its SEO score fell from 1.00 to 0.92 (bench/lighthouse study, 2026-12-01).
 */
function fetchHold(take: (use: CpuUse) => Promise<number>, give: (ticket: number) => void) {
  let ticket: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const end = () => {
    clearTimeout(timer);
    if (ticket !== undefined) give(ticket);
    ticket = undefined;
  };
  /** Sends the command; the hold ends with its failure, or when `last` says its answer ends the fetch. */
  const sending = async <T>(sendCommand: () => Promise<unknown>, last: (answer: T | undefined) => boolean) => {
    try {
      const answer = (await sendCommand()) as T | undefined;
      if (last(answer)) end();
      return answer;
    } catch (error) {
      end();
      throw error;
    }
  };
  return {
    /** Whether a fetch is being held (its stream not yet read to the end). */
    get holding() {
      return ticket !== undefined;
    },
    /** `Network.loadNetworkResource`: a fetch, held from now on (a failed one or one without a stream ends at once). */
    async fetching(sendCommand: () => Promise<unknown>) {
      end();
      ticket = await take('fetch');
      timer = setTimeout(end, fetchHoldMs);
      return sending<{ resource?: { success?: boolean; stream?: string } }>(
        sendCommand,
        (answer) => !answer?.resource?.success || !answer.resource.stream,
      );
    },
    /** `IO.read` of the fetched stream: the hold ends at its end. */
    reading(sendCommand: () => Promise<unknown>) {
      return sending<{ eof?: boolean }>(sendCommand, (answer) => answer?.eof !== false);
    },
    end,
  };
}

/** The page's main-thread events (as Lighthouse finds the main thread), its screenshots and its protocol log. */
async function runActivity(artifacts: { Trace?: unknown; DevtoolsLog?: unknown }): Promise<RunActivity | undefined> {
  const { default: TraceProcessor } = await import('lighthouse/core/lib/lh-trace-processor.js');
  try {
    const trace = artifacts.Trace as Parameters<typeof TraceProcessor.processTrace>[0];
    const processed = TraceProcessor.processTrace(trace);
    return {
      mainThreadEvents: processed.mainThreadEvents,
      screenshots: trace.traceEvents.filter((event: { name: string }) => event.name === 'Screenshot'),
      devtoolsLog: (artifacts.DevtoolsLog ?? []) as RunActivity['devtoolsLog'],
    };
  } catch {
    return undefined;
  }
}

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const deadline = setTimeout(() => {
    // Closing took too long (a busy machine): kill what is left and remove the profiles here and now,
    // or the temporary folder would outlive the worker (lane.test.ts, SIGKILL of the lane's process).
    for (const chromium of liveChromiums) {
      try {
        process.kill(chromium.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    removeSingletonSockets(settings.profileDir);
    try {
      rmSync(settings.profileDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // What cannot be removed stays; the worker leaves anyway.
    }
    leave(exitCode);
  }, 5000);
  await pool.close();
  await proxy?.close().catch(() => undefined);
  removeSingletonSockets(settings.profileDir);
  await rm(settings.profileDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  clearTimeout(deadline);
  leave(exitCode);
}

function leave(exitCode: number): never {
  if (!process.connected) {
    // The lane is gone and cannot sweep our process group: do it ourselves (this ends us too).
    try {
      process.kill(-process.pid, 'SIGKILL');
    } catch {
      // Not a group leader: nothing else to sweep.
    }
  }
  process.exit(exitCode);
}

process.on('disconnect', () => void stop(0));

let queue = Promise.resolve();
process.on('message', (message: LaneMessage) => {
  if (message.type === 'granted') {
    grants.get(message.ticket)?.();
    grants.delete(message.ticket);
    return;
  }
  if (message.type === 'confirmed') {
    confirmations.get(message.ticket)?.(message.disturbedBy);
    confirmations.delete(message.ticket);
    return;
  }
  if (message.type === 'shutdown') {
    void stop(0);
    return;
  }
  if (stopping) return;
  queue = queue.then(() => run(message));
});

try {
  // The first browser, launched before the lane counts this worker as ready.
  const first = await pool.warm();
  send({ type: 'ready', chromiumVersion: first.chromium.version });
} catch (error) {
  send({ type: 'start-failed', message: error instanceof Error ? error.message : String(error) });
  await stop(1);
}
