// The CPU schedule of a lane, without browsers: who is granted what, in which order.
import { describe, expect, it } from 'vitest';
import { CpuSchedule, overlappingWindows, type CpuUse, type Isolation, type ScheduleEvent } from '../../src/lighthouse/cpu-schedule.js';
import { isolationOf } from '../../src/lighthouse/lane.js';

/** Asks for a span and reports whether it was granted by the time pending promise callbacks have run. */
function ask(schedule: CpuSchedule, holder: string, use: CpuUse) {
  const request = { granted: undefined as ScheduleEvent | undefined };
  void schedule.acquire(holder, use, `https://${holder}.example/`).then((event) => {
    request.granted = event;
  });
  return request;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe.each<Isolation>(['window', 'quiet'])('isolation %s', (isolation) => {
  it('lets one measurement window run at a time, the next one when it closes', async () => {
    const schedule = new CpuSchedule(isolation);
    const first = ask(schedule, 'worker 1', 'window');
    const second = ask(schedule, 'worker 2', 'window');
    await settle();
    expect(first.granted).toBeDefined();
    expect(second.granted).toBeUndefined();
    schedule.release(first.granted as ScheduleEvent);
    await settle();
    expect(second.granted).toBeDefined();
    schedule.release(second.granted as ScheduleEvent);
    expect(overlappingWindows(schedule.events)).toEqual([]);
  });

  it('gives up what a dead worker held or waited for, so that the others go on', async () => {
    const schedule = new CpuSchedule(isolation);
    const dying = ask(schedule, 'worker 1', 'window');
    const waiting = ask(schedule, 'worker 1', 'busy');
    const other = ask(schedule, 'worker 2', 'window');
    await settle();
    expect(dying.granted).toBeDefined();
    schedule.releaseAll('worker 1');
    await settle();
    expect(other.granted).toBeDefined();
    // The dead worker's pending request is answered with a span already over: nothing stays held.
    expect(waiting.granted?.endedAt).toBeDefined();
  });
});

describe('isolation window', () => {
  it('lets busy work (setup, audits, a browser launch) run beside a window', async () => {
    const schedule = new CpuSchedule('window');
    const measuring = ask(schedule, 'worker 1', 'window');
    const auditing = ask(schedule, 'worker 2', 'busy');
    await settle();
    expect(measuring.granted).toBeDefined();
    expect(auditing.granted).toBeDefined();
  });
});

describe('isolation quiet', () => {
  it('starts a window only once busy work in progress has ended', async () => {
    const schedule = new CpuSchedule('quiet');
    const auditing = ask(schedule, 'worker 1', 'busy');
    const measuring = ask(schedule, 'worker 2', 'window');
    await settle();
    expect(auditing.granted).toBeDefined();
    expect(measuring.granted).toBeUndefined();
    schedule.release(auditing.granted as ScheduleEvent);
    await settle();
    expect(measuring.granted).toBeDefined();
  });

  it('holds new busy work back while a window waits or runs: a window is never starved', async () => {
    const schedule = new CpuSchedule('quiet');
    const auditing = ask(schedule, 'worker 1', 'busy');
    const measuring = ask(schedule, 'worker 2', 'window');
    const launching = ask(schedule, 'worker 3', 'busy');
    await settle();
    expect(launching.granted).toBeUndefined();
    schedule.release(auditing.granted as ScheduleEvent);
    await settle();
    expect(measuring.granted).toBeDefined();
    expect(launching.granted).toBeUndefined();
    schedule.release(measuring.granted as ScheduleEvent);
    await settle();
    expect(launching.granted).toBeDefined();
  });

  it('lets busy work of several workers run together when no window is waiting', async () => {
    const schedule = new CpuSchedule('quiet');
    const first = ask(schedule, 'worker 1', 'busy');
    const second = ask(schedule, 'worker 2', 'busy');
    await settle();
    expect(first.granted).toBeDefined();
    expect(second.granted).toBeDefined();
  });
});

describe('isolation none', () => {
  it('grants everything at once, and the record shows the windows that overlapped', async () => {
    const schedule = new CpuSchedule('none');
    const first = ask(schedule, 'worker 1', 'window');
    const second = ask(schedule, 'worker 2', 'window');
    await settle();
    expect(first.granted).toBeDefined();
    expect(second.granted).toBeDefined();
    expect(overlappingWindows(schedule.events)).toHaveLength(1);
  });
});

describe('the isolation level of a lane', () => {
  it('is the option, else MUNISEO_LIGHTHOUSE_ISOLATION, else quiet', () => {
    expect(isolationOf('quiet', { MUNISEO_LIGHTHOUSE_ISOLATION: 'none' })).toBe('quiet');
    expect(isolationOf(undefined, { MUNISEO_LIGHTHOUSE_ISOLATION: 'none' })).toBe('none');
    expect(isolationOf(undefined, {})).toBe('quiet');
  });

  it('refuses an unknown level rather than measure with a setting nobody asked for', () => {
    expect(() => isolationOf(undefined, { MUNISEO_LIGHTHOUSE_ISOLATION: 'strict' })).toThrow(/one of none, window, quiet/);
  });
});
