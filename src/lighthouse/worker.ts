// A Lighthouse worker: a child process of the lane with its own Chromium, one run at a time.
// The browser is reused across runs where that is safe: each run gets a fresh browser context (its own
// cookies, storage, HTTP cache, sockets), but some browser-wide state is keyed by site and outlives
// contexts — Chromium remembers a favicon that failed to load, so a second page of the same origin
// would not log the 404 that costs the first one a best-practices point. So a browser never audits
// the same origin twice: it is relaunched before that, after an error, and every `runsPerChromium` runs.
// When the lane goes away, even killed, the IPC channel closes and the worker takes its Chromium down.
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import lighthouse, { defaultConfig, desktopConfig, type Flags } from 'lighthouse';
import puppeteer, { type Browser } from 'puppeteer-core';
import { launchChromium, type Chromium } from './chromium.js';
import { chromeProxyFlags, describeRefusal, NetworkPolicy, type PolicyProxy, startPolicyProxy } from '../network/index.js';
import { unreportedAudits } from './lighthouse-settings.js';
import { runRecordFromLhr } from './run-record.js';
import { lighthouseCategories } from '../model/index.js';
import type { LaneMessage, RunOrder, WorkerMessage, WorkerSettings } from './worker-protocol.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as WorkerSettings;
const skipAudits = unreportedAudits(defaultConfig.categories ?? {});

/** The network policy's proxy Chromium goes through (the worker's own unless the lane gave one). */
let proxy: PolicyProxy | undefined;
let chromium: Chromium | undefined;
let browser: Browser | undefined;
let runsOnChromium = 0;
let launches = 0;
/** Origins the current browser has audited (requested and final). */
const originsSeen = new Set<string>();
let stopping = false;

function send(message: WorkerMessage): void {
  if (process.connected) process.send?.(message);
}

function flags(): Flags {
  return {
    logLevel: 'silent',
    onlyCategories: [...lighthouseCategories],
    ...(settings.fullAudit ? {} : { skipAudits, disableFullPageScreenshot: true }),
  };
}

async function openBrowser(origin?: string): Promise<Browser> {
  const reusable =
    browser?.connected && chromium && !chromium.exited && runsOnChromium < settings.runsPerChromium && !(origin && originsSeen.has(origin));
  if (reusable && browser) return browser;
  await closeBrowser();
  launches += 1;
  const proxyFlags = chromeProxyFlags(settings.proxyServer ?? (await policyProxy()).url);
  chromium = await launchChromium(settings.chromePath, join(settings.profileDir, `chromium-${launches}`), proxyFlags);
  browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}`, defaultViewport: null });
  runsOnChromium = 0;
  originsSeen.clear();
  return browser;
}

async function policyProxy(): Promise<PolicyProxy> {
  proxy ??= await startPolicyProxy(new NetworkPolicy(settings.network), {
    // A line on stderr: the lane logs it with the worker's name.
    onRefusal: (target, refusal) => process.stderr.write(`Chromium was refused ${target}: ${describeRefusal(refusal)}\n`),
  });
  return proxy;
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

async function closeBrowser(): Promise<void> {
  const closing = browser;
  browser = undefined;
  await closing?.disconnect().catch(() => undefined);
  await chromium?.kill();
  chromium = undefined;
}

async function run(order: RunOrder): Promise<void> {
  try {
    const origin = originOf(order.url);
    const connected = await openBrowser(origin);
    runsOnChromium += 1;
    if (origin) originsSeen.add(origin);
    const context = await connected.createBrowserContext();
    try {
      const page = await context.newPage();
      const config = order.formFactor === 'desktop' ? desktopConfig : undefined;
      const result = await lighthouse(order.url, flags(), config, page);
      if (!result) throw new Error('Lighthouse returned no result');
      const landed = originOf(result.lhr.finalDisplayedUrl);
      if (landed) originsSeen.add(landed);
      send({ type: 'result', id: order.id, record: runRecordFromLhr(result.lhr, chromium?.version) });
    } finally {
      await context.close().catch(() => undefined);
    }
  } catch (error) {
    // The browser's state is unknown after a throw: the next run starts on a fresh one.
    await closeBrowser().catch(() => undefined);
    const code = (error as { code?: unknown }).code;
    send({
      type: 'failed',
      id: order.id,
      code: typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : 'BROWSER_ERROR',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

async function stop(exitCode: number): Promise<never> {
  stopping = true;
  const deadline = setTimeout(() => process.exit(exitCode), 5000);
  await closeBrowser().catch(() => undefined);
  await proxy?.close().catch(() => undefined);
  await rm(settings.profileDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  clearTimeout(deadline);
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
  if (message.type === 'shutdown') {
    void stop(0);
    return;
  }
  if (stopping) return;
  queue = queue.then(() => run(message));
});

try {
  await openBrowser();
  send({ type: 'ready', chromiumVersion: chromium?.version });
} catch (error) {
  send({ type: 'start-failed', message: error instanceof Error ? error.message : String(error) });
  await stop(1);
}
