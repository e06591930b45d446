// What a page may do once it has settled, when busy work runs beside its window (isolation `settled`):
// the check of the run's trace and protocol log that sends a page back to be measured alone.
import { EventEmitter } from 'node:events';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { activityAfter, minTaskMs, type RunActivity, type SettlingOptions, watchSettling } from '../../src/lighthouse/settling.js';

const settledAtUs = 5_000_000_000;
const task = (startUsAfterSettling: number, durationMs: number, name = 'RunTask') => ({
  name,
  ph: 'X',
  ts: settledAtUs + startUsAfterSettling,
  dur: durationMs * 1000,
});
const activity = (parts: Partial<RunActivity>): RunActivity => ({ mainThreadEvents: [], devtoolsLog: [], ...parts });

describe('activity after the page settled', () => {
  it('accepts a page that only ran short tasks afterwards, as Lighthouse polling an idle page does', () => {
    const quiet = activity({
      mainThreadEvents: [task(-800_000, 120), task(200_000, 0.4), task(900_000, minTaskMs - 0.1), task(1_400_000, 0.2)],
      devtoolsLog: [{ method: 'Network.loadingFinished', params: { requestId: '1', timestamp: (settledAtUs - 700_000) / 1e6 } }],
    });
    expect(activityAfter(quiet, settledAtUs)).toBeUndefined();
  });

  it("sends back a page with a task long enough for Lighthouse's simulation to count, whatever the task's name", () => {
    expect(activityAfter(activity({ mainThreadEvents: [task(450_000, 15.6)] }), settledAtUs)).toMatch(
      /15\.6 ms main-thread task 450 ms after/,
    );
    expect(activityAfter(activity({ mainThreadEvents: [task(10_000, 12, 'ThreadControllerImpl::RunTask')] }), settledAtUs)).toBeDefined();
  });

  it("does not hold against the page a task that began and ended inside one of Lighthouse's probes (the CPU was its alone), only one that outlasted it", () => {
    const probe = { fromUs: settledAtUs + 500_000, toUs: settledAtUs + 520_000 };
    const inside = activity({ mainThreadEvents: [task(503_000, 12)] });
    expect(activityAfter(inside, settledAtUs)).toMatch(/12\.0 ms main-thread task 503 ms after/);
    expect(activityAfter(inside, settledAtUs, [probe])).toBeUndefined();
    // Begun inside the probe, ended after the other workers went on: it may have been stretched.
    expect(activityAfter(activity({ mainThreadEvents: [task(503_000, 44)] }), settledAtUs, [probe])).toMatch(/44\.0 ms/);
    // Begun before the probe was granted.
    expect(activityAfter(activity({ mainThreadEvents: [task(495_000, 12)] }), settledAtUs, [probe])).toMatch(/12\.0 ms/);
  });

  it('sends back a page whose long task began before it settled and ended after', () => {
    expect(activityAfter(activity({ mainThreadEvents: [task(-5_000, 30)] }), settledAtUs)).toMatch(/30\.0 ms main-thread task/);
  });

  it('ignores events that are not top-level tasks (their time is inside a task already counted)', () => {
    const nested = activity({
      mainThreadEvents: [
        { name: 'FunctionCall', ph: 'X', ts: settledAtUs + 1000, dur: 50_000 },
        { name: 'RunTask', ph: 'B', ts: settledAtUs + 1000 },
      ],
    });
    expect(activityAfter(nested, settledAtUs)).toBeUndefined();
  });

  it('sends back a page that drew a frame after it settled (an animation moves the observed speed index)', () => {
    const drawn = activity({ screenshots: [{ ts: settledAtUs - 900_000 }, { ts: settledAtUs + 250_000 }] });
    expect(activityAfter(drawn, settledAtUs)).toMatch(/frame drawn 250 ms after/);
    expect(activityAfter(activity({ screenshots: [{ ts: settledAtUs - 900_000 }] }), settledAtUs)).toBeUndefined();
  });

  it('sends back a page that made or finished a request after it settled', () => {
    const late = activity({
      devtoolsLog: [
        {
          method: 'Network.requestWillBeSent',
          params: { requestId: '9', timestamp: (settledAtUs + 300_000) / 1e6, request: { url: 'https://stats.example/t.gif' } },
        },
      ],
    });
    expect(activityAfter(late, settledAtUs)).toMatch(/Network\.requestWillBeSent https:\/\/stats\.example\/t\.gif\) 300 ms after/);
    const finished = activity({
      devtoolsLog: [{ method: 'Network.loadingFailed', params: { requestId: '3', timestamp: (settledAtUs + 5_000) / 1e6 } }],
    });
    expect(activityAfter(finished, settledAtUs)).toBeDefined();
  });
});

describe('settling, seen live', () => {
  /** A loaded page that makes no request, on a CPU that stays idle: it settles at the first sample. */
  const idlePage = () => {
    const page = Object.assign(new EventEmitter(), { url: () => 'https://mairie.example/' });
    let ticks = 0;
    const readTimes = () => ({ idle: (ticks += 100), total: ticks });
    return { page: page as unknown as Page, emit: page.emit.bind(page), readTimes };
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("waits for Lighthouse's probe sent before settling to be answered", async () => {
    const { page, emit, readTimes } = idlePage();
    let settledCalls = 0;
    const watch = watchSettling(page, () => settledCalls++, {
      networkQuietMs: 0,
      cpuQuietSamples: 1,
      sampleMs: 5,
      readTimes,
      readFrames: () => 0,
    });
    let answer = (_value: unknown) => undefined as void;
    const probe = watch.holding(() => new Promise((resolve) => (answer = resolve)));
    emit('load');
    await sleep(60);
    expect(watch.settledAtUs).toBeUndefined();
    answer({ result: {} });
    expect(await probe).toEqual({ result: {} });
    await sleep(60);
    expect(watch.settledAtUs).toBeDefined();
    expect(settledCalls).toBe(1);
    watch.stop();
  });

  /** Options under which the page is held back until `released()` turns true. */
  const heldBack: [string, (released: () => boolean) => Partial<SettlingOptions>][] = [
    // A transition after the last response: 9 ms of compositor work per sample, then 0.2.
    ['has drawn its last frame', (released) => ({ readFrames: () => (released() ? 0.2 : 9), cpuQuietSamples: 2 })],
    // Loaded, no request, the CPU idle, nothing drawn, and still not painted.
    ['has painted its first content', (released) => ({ readFrames: () => 0, painted: released })],
  ];
  it.each(heldBack)('waits until the page %s', async (_condition, optionsFor) => {
    const { page, emit, readTimes } = idlePage();
    let released = false;
    const watch = watchSettling(page, () => undefined, {
      networkQuietMs: 0,
      cpuQuietSamples: 1,
      sampleMs: 5,
      readTimes,
      ...optionsFor(() => released),
    });
    emit('load');
    await sleep(80);
    expect(watch.settledAtUs).toBeUndefined();
    released = true;
    await sleep(80);
    expect(watch.settledAtUs).toBeDefined();
    watch.stop();
  });

  it('settles on the wait without requests alone where the frames cannot be seen', async () => {
    const { page, emit, readTimes } = idlePage();
    const options = { networkQuietMs: 0, cpuQuietSamples: 1, sampleMs: 5, readTimes };
    const blind = watchSettling(page, () => undefined, { ...options, readFrames: () => undefined });
    const drawing = watchSettling(page, () => undefined, { ...options, readFrames: () => 9 });
    emit('load');
    await sleep(80);
    expect(blind.settledAtUs).toBeDefined();
    expect(drawing.settledAtUs).toBeUndefined();
    blind.stop();
    drawing.stop();
  });
});
