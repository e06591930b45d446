// A Lighthouse worker: a child process of the lane with its own Chromium, one run at a time.
//
// Browsers. Each run gets a fresh browser context (its own cookies, storage, HTTP cache, sockets), but
// some browser-wide state is keyed by origin and outlives contexts: Chromium remembers a favicon that
// failed to load, so a second page of the same origin would not log the 404 that costs the first one a
// best-practices point. So a browser never audits the same origin twice (`browserReuse: 'other-origins'`;
// `never` gives every run a fresh browser). A launch costs about a second and a half of CPU and a second
// of wall time, so the worker keeps a *spare* browser, launched in the background after each switch:
// when a page's origin was already audited, the next run starts on the spare at once.
//
// CPU. Every phase of a run asks the lane's CPU schedule first (cpu-schedule.ts): *busy* work (setup,
// audits, a launch) and the measurement *window*, marked by a gatherer of ours (measurement-window.ts).
// When the lane goes away, even killed, the IPC channel closes and the worker takes its Chromiums down.
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { CpuUse } from './cpu-schedule.js';
import { launchChromium, type Chromium } from './chromium.js';
import { useMeasurementHooks } from './measurement-window.js';
import { lighthouseConfig, lighthouseFlags } from './run-config.js';
import { runRecordFromLhr } from './run-record.js';
import type { LaneMessage, RunOrder, WorkerMessage, WorkerSettings } from './worker-protocol.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as WorkerSettings;

interface OpenBrowser {
  chromium: Chromium;
  browser: Browser;
  runs: number;
  /** Origins this browser has audited (requested and final). */
  origins: Set<string>;
}

let current: OpenBrowser | undefined;
let spare: OpenBrowser | undefined;
const retiring = new Set<Promise<void>>();
let launches = 0;
let stopping = false;

function send(message: WorkerMessage): void {
  if (process.connected) process.send?.(message);
}

// The lane's CPU schedule, seen from here: ask, wait for the grant, give back.
let nextTicket = 1;
const grants = new Map<number, () => void>();

function acquire(use: CpuUse, subject: string, forRun: boolean): Promise<number> {
  const ticket = nextTicket++;
  return new Promise((resolve) => {
    grants.set(ticket, () => resolve(ticket));
    send({ type: 'acquire', ticket, use, subject, forRun });
  });
}

function release(ticket: number): void {
  send({ type: 'release', ticket });
}

async function launch(): Promise<OpenBrowser> {
  launches += 1;
  const chromium = await launchChromium(settings.chromePath, join(settings.profileDir, `chromium-${launches}`));
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}`, defaultViewport: null });
    return { chromium, browser, runs: 0, origins: new Set() };
  } catch (error) {
    await chromium.kill();
    throw error;
  }
}

function usable(candidate: OpenBrowser | undefined, origin: string | undefined): candidate is OpenBrowser {
  if (!candidate?.browser.connected || candidate.chromium.exited || candidate.runs >= settings.runsPerChromium) return false;
  if (settings.browserReuse === 'never') return candidate.runs === 0;
  return !(origin && candidate.origins.has(origin));
}

function retire(open: OpenBrowser | undefined): void {
  if (!open) return;
  const closing = (async () => {
    await open.browser.disconnect().catch(() => undefined);
    await open.chromium.kill();
  })();
  retiring.add(closing);
  void closing.finally(() => retiring.delete(closing));
}

/** A browser for this origin: the current one, else the spare, else one launched now. */
async function browserFor(origin: string | undefined): Promise<OpenBrowser> {
  if (usable(current, origin)) return current;
  retire(current);
  current = undefined;
  const ready = spare;
  spare = undefined;
  if (usable(ready, origin)) current = ready;
  else {
    retire(ready);
    current = await launch();
  }
  return current;
}

/**
 * Launches the next browser, unless one is ready. Called at the end of a run, as busy work: the result
 * has gone to the lane, and the next run finds its browser waiting.
 */
async function prepareSpare(): Promise<void> {
  if (settings.browserReuse === 'never') {
    retire(current);
    current = undefined;
  }
  if (stopping || (spare && usable(spare, undefined))) return;
  retire(spare);
  spare = await launch().catch(() => undefined); // A failed launch is retried in the foreground, which reports it.
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

async function run(order: RunOrder): Promise<void> {
  const held = new Set<number>();
  const take = async (use: CpuUse) => {
    const ticket = await acquire(use, order.url, true);
    held.add(ticket);
    return ticket;
  };
  const give = (ticket: number) => {
    if (held.delete(ticket)) release(ticket);
  };
  try {
    let busy = await take('busy');
    let window = 0;
    const origin = originOf(order.url);
    const open = await browserFor(origin);
    open.runs += 1;
    if (origin) open.origins.add(origin);
    const context = await open.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      useMeasurementHooks({
        enterWindow: async () => {
          give(busy);
          window = await take('window');
        },
        leaveWindow: async () => {
          give(window);
          busy = await take('busy');
        },
      });
      const result = await lighthouse(order.url, lighthouseFlags(settings.fullAudit), lighthouseConfig(order.formFactor), page);
      if (!result) throw new Error('Lighthouse returned no result');
      const landed = originOf(result.lhr.finalDisplayedUrl);
      if (landed) open.origins.add(landed);
      send({ type: 'result', id: order.id, record: runRecordFromLhr(result.lhr, open.chromium.version) });
    } finally {
      useMeasurementHooks(undefined);
      await context.close().catch(() => undefined);
    }
  } catch (error) {
    // The browser's state is unknown after a throw: the next run starts on another one.
    retire(current);
    current = undefined;
    const code = (error as { code?: unknown }).code;
    send({
      type: 'failed',
      id: order.id,
      code: typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : 'BROWSER_ERROR',
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    for (const ticket of [...held]) give(ticket);
  }
  const busy = await take('busy');
  try {
    await prepareSpare();
  } finally {
    give(busy);
  }
}

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const deadline = setTimeout(() => leave(exitCode), 5000);
  retire(current);
  retire(spare);
  await Promise.all(retiring);
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
  if (message.type === 'shutdown') {
    void stop(0);
    return;
  }
  if (stopping) return;
  queue = queue.then(() => run(message));
});

try {
  current = await launch();
  send({ type: 'ready', chromiumVersion: current.chromium.version });
} catch (error) {
  send({ type: 'start-failed', message: error instanceof Error ? error.message : String(error) });
  await stop(1);
}
