// What a page may do once it has settled, when busy work runs beside its window (isolation `settled`):
// the check of the run's trace and protocol log that sends a page back to be measured alone.
import { describe, expect, it } from 'vitest';
import { activityAfter, minTaskMs, type RunActivity } from '../../src/lighthouse/settling.js';

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
