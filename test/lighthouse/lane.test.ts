// Real Lighthouse 12.2.3 on the system Chromium, against pages served on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LighthouseConfig } from '../../src/config.js';
import { findChrome } from '../../src/browser/chrome.js';
import {
  lighthouseCategories,
  overlappingWindows,
  startLighthouseLane,
  type LighthouseLane,
  type LighthousePageResult,
  type ScheduleEvent,
} from '../../src/lighthouse/index.js';
import { typescriptExecArgv } from '../../src/lighthouse/worker-script.js';
import { chromiumProcesses, chromiumProfileDirs, waitFor, workerProcesses } from './processes.js';
import { startTownHallServer, type TownHallServer } from './town-hall-server.js';

const chromePath = findChrome() as string;
const laneConfig = (overrides: Partial<LighthouseConfig>): LighthouseConfig => ({
  enabled: true,
  pages: 2,
  runs: 1,
  formFactor: 'mobile',
  concurrency: 2,
  timeoutSecs: 90,
  ...overrides,
});
const page = (url: string, pageType = 'home') => ({ url, pageType, reason: 'test' });
/**
 * The town hall server listens on 127.0.0.1: Chromium may reach it only with the private network opened.
 * Other test files keep the machine's CPU busy, which would keep pages from settling (settling.ts): the
 * CPU part of settling is left out here (a busy share, 0 to 1, is always under 2), the rest (load, half a second without requests) and the check of
 * the trace afterwards are as in a study.
 */
const laneOptions = { chromePath, network: { allowPrivateNetwork: true }, settling: { busyBelow: 2 } };
/**
 * Generous: a Lighthouse run takes 5 s on a quiet machine and several times that on a busy one. These
 * tests assert what happened, never how long it took; the timeout only catches a hang.
 */
const laneTestTimeout = 300_000;

/**
 * Accessibility, best practices and SEO do not depend on timing: a run beside another must score them
 * exactly as a lone run does. Performance does (simulated throttling reads CPU time), so its fidelity
 * under load is measured in bench/lighthouse, not asserted here where other test files share the CPU.
 */
const timingFreeCategories = lighthouseCategories.filter((category) => category !== 'performance');
function expectSameTimingFreeScores(actual: LighthousePageResult, expected: LighthousePageResult): void {
  for (const category of timingFreeCategories) expect(actual.scores[category], category).toBe(expected.scores[category]);
  expect(actual.scores.performance, 'performance').toBeTypeOf('number');
}

let server: TownHallServer;
beforeAll(async () => {
  expect(chromePath, 'a system Chromium (CHROME_PATH or /usr/bin/chromium)').toBeTruthy();
  server = await startTownHallServer();
});
afterAll(async () => {
  await server?.close();
});

describe('a lane of two workers', () => {
  let lane: LighthouseLane;
  /** The home page audited alone on a fresh lane: the reference the other runs are held to. */
  let alone: LighthousePageResult;
  beforeAll(async () => {
    lane = await startLighthouseLane(laneConfig({ concurrency: 2 }), laneOptions);
    [alone] = (await lane.audit([page(`${server.origin}/`)], ['mobile'])) as [LighthousePageResult];
  });
  afterAll(async () => {
    await lane?.close();
  });

  it(
    'audits a page and keeps its scores, metrics, failing audits, versions and throttling',
    () => {
      expect(lane.info).toMatchObject({ lighthouseVersion: '12.2.3', concurrency: 2 });
      expect(lane.info.chromiumVersion).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(alone.error).toBeUndefined();
      expect(alone.runs).toHaveLength(1);
      for (const category of lighthouseCategories) expect(alone.scores[category]).toBeGreaterThan(0.5);
      expect(alone.metrics.fcp).toBeGreaterThan(0);
      expect(alone.metrics.lcp).toBeGreaterThanOrEqual(alone.metrics.fcp as number);
      expect(alone.metrics.cls).toBeGreaterThanOrEqual(0);
      expect(alone.metrics.serverResponseTime).toBeTypeOf('number');
      // The page has no meta description and an image without alt.
      expect(alone.failingSeoAudits).toContain('meta-description');
      expect(alone.failingAccessibilityAudits).toContain('image-alt');
      expect(alone.lighthouseVersion).toBe('12.2.3');
      expect(alone.chromiumVersion).toBe(lane.info.chromiumVersion);
      expect(alone.throttling).toBe('mobile, simulate: RTT 150 ms, 1638 kbps, CPU ×4, screen 412×823');
    },
    laneTestTimeout,
  );

  it(
    'serves audits of several sites at once: parallel runs score as a lone run, a 403 is a result',
    async () => {
      const [first, second] = await Promise.all([
        lane.audit([page(`${server.origin}/`)], ['mobile']),
        lane.audit([page(`${server.origin}/`), page(`${server.origin}/interdit/`, 'contact')], ['mobile']),
      ]);
      // One of these runs goes to the worker that audited the page before. A browser that had seen
      // the origin would remember the missing favicon and not log its 404: best practices would rise.
      expectSameTimingFreeScores(first?.[0] as LighthousePageResult, alone);
      expectSameTimingFreeScores(second?.[0] as LighthousePageResult, alone);
      const forbidden = second?.[1] as LighthousePageResult;
      expect(forbidden.error?.code).toBe('ERRORED_DOCUMENT_REQUEST');
      expect(forbidden.error?.message).toContain('403');
      expect(forbidden.runs).toHaveLength(1);
      expect(forbidden.scores.seo).toBeNull();
      expect(forbidden.pageType).toBe('contact');
    },
    laneTestTimeout,
  );
});

describe('measurement windows', () => {
  it(
    'measure a page again, alone from start to end, when it was still active after settling',
    async () => {
      const lines: string[] = [];
      const lane = await startLighthouseLane(laneConfig({ concurrency: 2 }), { ...laneOptions, log: (line) => lines.push(line) });
      try {
        const ticking = `${server.origin}/horloge/`;
        const [[result], [other]] = await Promise.all([
          lane.audit([page(ticking)], ['mobile']),
          lane.audit([page(`${server.origin}/`)], ['mobile']),
        ]);
        expect(result?.error).toBeUndefined();
        expect(other?.error).toBeUndefined();
        const windows = lane.schedule.events.filter((event) => event.use === 'window' && event.subject === ticking);
        // First measured with busy work allowed once it settled, then again with nothing beside it.
        expect(windows).toHaveLength(2);
        expect(windows[0]?.settledAt).toBeDefined();
        expect(windows[0]?.afterSettling).toBe('active');
        expect(windows[1]).toMatchObject({ alone: true });
        expect(windows[1]?.settledAt).toBeUndefined();
        const alone = windows[1] as ScheduleEvent;
        const beside = lane.schedule.events.filter(
          (event) =>
            event.holder !== alone.holder &&
            event.startedAt !== undefined &&
            (event.startedAt as number) < (alone.endedAt as number) &&
            (alone.startedAt as number) < ((event.endedAt ?? Infinity) as number),
        );
        expect(beside.map((event) => `${event.holder} ${event.use} ${event.subject}`)).toEqual([]);
        expect(lines.some((line) => line.includes(`${ticking}: a `) && line.includes('ms main-thread task'))).toBe(true);
      } finally {
        await lane.close();
      }
    },
    laneTestTimeout,
  );

  it(
    "measure a page again, alone, when it ran a long task after Lighthouse began to watch for them (the worker had answered Lighthouse's checks)",
    async () => {
      const lines: string[] = [];
      // Pages that never settle before Lighthouse stops waiting: only the long tasks can send one back.
      const settling = { ...laneOptions.settling, networkQuietMs: 60_000 };
      const lane = await startLighthouseLane(laneConfig({ concurrency: 1 }), { ...laneOptions, settling, log: (line) => lines.push(line) });
      try {
        const busy = `${server.origin}/taches-longues/`;
        const [result] = (await lane.audit([page(busy)], ['mobile'])) as [LighthousePageResult];
        expect(result.error).toBeUndefined();
        for (const category of lighthouseCategories) expect(result.scores[category], category).toBeTypeOf('number');
        const windows = lane.schedule.events.filter((event) => event.use === 'window' && event.subject === busy);
        expect(windows).toHaveLength(2);
        expect(windows[0]?.settledAt).toBeUndefined();
        // Lighthouse read the worker's answers: it stopped waiting long before its 45 s limit
        // (maxWaitForLoadedMs), which answers it could not read would have made it wait out.
        expect((windows[0]?.endedAt as number) - (windows[0]?.startedAt as number)).toBeLessThan(30_000);
        expect(windows[1]).toMatchObject({ alone: true });
        expect(lines.some((line) => line.includes(`${busy}: a `) && line.includes('ms long task') && line.includes('watcher'))).toBe(true);
      } finally {
        await lane.close();
      }
    },
    laneTestTimeout,
  );

  it(
    'never overlap while pages load: two workers measure one page at a time, alone until it settles (the other worker waits or is stopped), and each run was measured inside a window',
    async () => {
      const other = await startTownHallServer();
      const lane = await startLighthouseLane(laneConfig({ concurrency: 2 }), laneOptions);
      try {
        const urls = [`${server.origin}/`, `${other.origin}/`, `${server.origin}/contact/`, `${other.origin}/contact/`];
        const results = await Promise.all(urls.map((url) => lane.audit([page(url)], ['mobile'])));
        for (const [result] of results) expect(result?.error).toBeUndefined();
        expect(lane.schedule.isolation).toBe('settled');
        const windows = lane.schedule.events.filter((event) => event.use === 'window');
        // Every page was measured; a page measured more than once (it, or a page beside it, was active
        // after settling) was measured again alone, once.
        expect([...new Set(windows.map((event) => event.subject))].sort()).toEqual([...urls].sort());
        for (const url of urls) {
          const measured = windows.filter((event) => event.subject === url);
          expect(measured.filter((event) => event.alone).length, url).toBe(measured.length - 1);
          expect(measured.length, url).toBeLessThanOrEqual(2);
        }
        for (const window of windows) expect(window.endedAt, window.subject).toBeGreaterThanOrEqual(window.startedAt as number);
        expect(overlappingWindows(lane.schedule.events)).toEqual([]);
        // The town hall's pages settle (loaded, no request, the CPU idle) well before Lighthouse stops waiting.
        expect(windows.filter((window) => window.settledAt !== undefined).length).toBeGreaterThan(0);
        // Isolation settled: while a page was measured, before it settled, the other worker's busy work
        // did not go on: it waited, or the window stopped its processes until the page settled…
        const busy = lane.schedule.events.filter((event) => event.use === 'busy' && event.startedAt !== undefined);
        const overlaps = (span: ScheduleEvent, from: number, to: number) =>
          (span.startedAt as number) < to && from < (span.endedAt as number);
        const runningBeside = (spans: ScheduleEvent[], measured: (span: ScheduleEvent) => [number, number]) =>
          busy.flatMap((span) =>
            spans
              .filter(
                (other) => other.holder !== span.holder && overlaps(span, ...measured(other)) && !other.stopped?.includes(span.holder),
              )
              .map((other) => `${span.holder} ${span.subject} beside ${other.use} ${other.subject}`),
          );
        expect(runningBeside(windows, (window) => [window.startedAt as number, (window.settledAt ?? window.endedAt) as number])).toEqual(
          [],
        );
        // …nor beside Lighthouse's probes of a settled page, which ran inside their own window.
        const probes = lane.schedule.events.filter((event) => event.use === 'probe' && event.startedAt !== undefined);
        expect(probes.length).toBeGreaterThan(0);
        for (const probe of probes) {
          const own = windows.find(
            (window) => window.holder === probe.holder && window.subject === probe.subject && window.settledAt !== undefined,
          );
          expect(own?.settledAt, probe.subject).toBeLessThanOrEqual(probe.startedAt as number);
          expect(own?.endedAt, probe.subject).toBeGreaterThanOrEqual(probe.endedAt as number);
        }
        expect(runningBeside(probes, (probe) => [probe.startedAt as number, probe.endedAt as number])).toEqual([]);
        // Each run fetched robots.txt (Lighthouse's SEO audit) with no page loading or probed meanwhile: nothing could stop it
        // while Lighthouse's two seconds ran.
        const fetches = lane.schedule.events.filter((event) => event.use === 'fetch' && event.startedAt !== undefined);
        expect(fetches.length).toBeGreaterThanOrEqual(urls.length);
        const measuring = [
          ...windows.map((window) => [window.holder, window.startedAt, window.settledAt ?? window.endedAt] as const),
          ...probes.map((probe) => [probe.holder, probe.startedAt, probe.endedAt] as const),
        ];
        for (const fetch of fetches)
          for (const [holder, from, to] of measuring)
            if (holder !== fetch.holder)
              expect(overlaps(fetch, from as number, to as number), `${fetch.subject} fetched while ${holder} measured`).toBe(false);
        // The lane stopped the other worker rather than wait for its busy work, at least once.
        expect([...windows, ...probes].some((event) => event.stopped?.length)).toBe(true);
        // …but the two workers did work at the same time all the same: busy spans overlapped each other.
        const overlappingBusy = busy.some((span) =>
          busy.some(
            (another) =>
              another.holder !== span.holder &&
              (span.startedAt as number) < (another.endedAt as number) &&
              (another.startedAt as number) < (span.endedAt as number),
          ),
        );
        expect(overlappingBusy).toBe(true);
      } finally {
        await lane.close();
        await other.close();
      }
      // Spare browsers launched between runs go too.
      expect(await waitFor(() => chromiumProcesses(process.pid).length === 0, 20_000)).toBe(true);
    },
    laneTestTimeout,
  );
});

describe('one worker auditing the same origin twice, and another origin between', () => {
  it(
    'scores accessibility, best practices and SEO exactly as fresh browsers do',
    async () => {
      const other = await startTownHallServer();
      const lane = await startLighthouseLane(laneConfig({ concurrency: 1 }), laneOptions);
      try {
        const audit = async (url: string) => ((await lane.audit([page(url)], ['mobile'])) as [LighthousePageResult])[0];
        // The first run is on a fresh browser; the second reuses it for another origin; the third comes
        // back to the first origin, whose missing favicon a reused browser would remember (no 404 logged).
        const fresh = await audit(`${server.origin}/`);
        const otherOrigin = await audit(`${other.origin}/`);
        const sameOriginAgain = await audit(`${server.origin}/contact/`);
        expect(fresh.scores['best-practices']).toBeLessThan(1);
        expectSameTimingFreeScores(otherOrigin, fresh);
        expectSameTimingFreeScores(sameOriginAgain, fresh);
      } finally {
        await lane.close();
        await other.close();
      }
    },
    laneTestTimeout,
  );
});

describe('a worker that dies mid-run', () => {
  it(
    'is replaced: the run is retried once on a fresh worker, and no browser of the dead one is left',
    async () => {
      const lane = await startLighthouseLane(laneConfig({ concurrency: 2 }), laneOptions);
      try {
        const requestsBefore = server.requests.length;
        const auditing = lane.audit([page(`${server.origin}/`)], ['mobile']);
        // Mid-run: the page has been requested by the browser under Lighthouse.
        expect(await waitFor(() => server.requests.length > requestsBefore, 30_000)).toBe(true);
        const deadProfiles = chromiumProfileDirs(process.pid);
        expect(deadProfiles.length).toBe(2);
        for (const pid of workerProcesses(process.pid)) process.kill(pid, 'SIGKILL');
        const [result] = (await auditing) as [LighthousePageResult];
        expect(result.error).toBeUndefined();
        expect(result.runs).toHaveLength(1);
        for (const category of lighthouseCategories) expect(result.scores[category], category).toBeTypeOf('number');
        for (const dir of deadProfiles) {
          expect(chromiumProcesses(process.pid, dir), dir).toEqual([]);
          expect(existsSync(dir), dir).toBe(false);
        }
      } finally {
        await lane.close();
      }
    },
    laneTestTimeout,
  );
});

describe('closing a lane', () => {
  it(
    'leaves no Chromium and no worker behind',
    async () => {
      const lane = await startLighthouseLane(laneConfig({ concurrency: 2 }), laneOptions);
      expect(chromiumProcesses(process.pid).length).toBeGreaterThan(0);
      expect(workerProcesses(process.pid)).toHaveLength(2);
      await lane.close();
      expect(await waitFor(() => chromiumProcesses(process.pid).length === 0, 20_000)).toBe(true);
      expect(workerProcesses(process.pid)).toEqual([]);
    },
    laneTestTimeout,
  );
});

describe('a page that never finishes loading', () => {
  it(
    'is a TIMEOUT result, and the worker and its Chromium are killed',
    async () => {
      const lane = await startLighthouseLane(laneConfig({ concurrency: 1, timeoutSecs: 4 }), laneOptions);
      try {
        const [result] = (await lane.audit([page(`${server.origin}/sans-fin/`)], ['desktop'])) as [LighthousePageResult];
        expect(result.error?.code).toBe('TIMEOUT');
        expect(result.formFactor).toBe('desktop');
        expect(result.scores.performance).toBeNull();
        expect(await waitFor(() => chromiumProcesses(process.pid).length === 0, 20_000)).toBe(true);
      } finally {
        await lane.close();
      }
    },
    laneTestTimeout,
  );
});

describe('a study process killed with SIGKILL', () => {
  it(
    'takes its workers’ Chromiums with it, even while one is stopped: the workers see the IPC channel close',
    async () => {
      const host = spawn(
        process.execPath,
        [...typescriptExecArgv(), fileURLToPath(new URL('./lane-host.ts', import.meta.url)), `${server.origin}/`],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const hostPid = host.pid as number;
      let started = '';
      try {
        await new Promise<void>((resolve, reject) => {
          host.stdout.on('data', (chunk: Buffer) => {
            started += chunk.toString();
            if (started.includes('lane started')) resolve();
          });
          host.once('exit', (code) => reject(new Error(`lane host exited with ${code}`)));
        });
        expect(chromiumProfileDirs(hostPid)).toHaveLength(2);
        // Killed while a page was measured and the other worker was stopped (lane-host.ts).
        expect(started).toContain('a worker stopped');
        host.kill('SIGKILL');
        expect(await waitFor(() => chromiumProcesses(hostPid).length === 0, 30_000)).toBe(true);
        expect(await waitFor(() => !readdirSync(tmpdir()).some((name) => name.startsWith(`muniseo-lh-${hostPid}-`)), 30_000)).toBe(true);
      } finally {
        host.kill('SIGKILL');
      }
    },
    laneTestTimeout,
  );
});
