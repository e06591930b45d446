// The CPU schedule of a lane, without browsers: who is granted what, in which order.
import { describe, expect, it } from 'vitest';
import {
  CpuSchedule,
  overlappingWindows,
  type CpuUse,
  type Isolation,
  type Preemption,
  type ScheduleEvent,
} from '../../src/lighthouse/cpu-schedule.js';
import { isolationOf } from '../../src/lighthouse/lane.js';

/** Asks for a span and reports whether it was granted by the time pending promise callbacks have run. */
function ask(schedule: CpuSchedule, holder: string, use: CpuUse, alone = false) {
  const request = { granted: undefined as ScheduleEvent | undefined };
  void schedule.acquire(holder, use, `https://${holder}.example/`, alone).then((event) => {
    request.granted = event;
  });
  return request;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A window granted to `holder` whose page has settled (isolation `settled`). */
async function settledWindow(schedule: CpuSchedule, holder: string): Promise<ScheduleEvent> {
  const window = ask(schedule, holder, 'window');
  await settle();
  schedule.settled(window.granted as ScheduleEvent);
  return window.granted as ScheduleEvent;
}

describe.each<Isolation>(['window', 'quiet', 'settled'])('isolation %s', (isolation) => {
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

describe.each<Isolation>(['quiet', 'settled'])('isolation %s, before any page settles', (isolation) => {
  it('starts a window only once busy work in progress has ended', async () => {
    const schedule = new CpuSchedule(isolation);
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
    const schedule = new CpuSchedule(isolation);
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
    const schedule = new CpuSchedule(isolation);
    const first = ask(schedule, 'worker 1', 'busy');
    const second = ask(schedule, 'worker 2', 'busy');
    await settle();
    expect(first.granted).toBeDefined();
    expect(second.granted).toBeDefined();
  });
});

describe('isolation quiet', () => {
  it('keeps busy work and other windows out until a window closes, even once its page has settled', async () => {
    const schedule = new CpuSchedule('quiet');
    const measuring = ask(schedule, 'worker 1', 'window');
    await settle();
    schedule.settled(measuring.granted as ScheduleEvent);
    const auditing = ask(schedule, 'worker 2', 'busy');
    const next = ask(schedule, 'worker 3', 'window');
    await settle();
    expect(measuring.granted?.settledAt).toBeUndefined();
    expect(auditing.granted).toBeUndefined();
    expect(next.granted).toBeUndefined();
  });
});

describe('isolation settled', () => {
  it('lets busy work start beside a window once its page has settled, and no sooner', async () => {
    const schedule = new CpuSchedule('settled');
    const measuring = ask(schedule, 'worker 1', 'window');
    await settle();
    const auditing = ask(schedule, 'worker 2', 'busy');
    await settle();
    expect(auditing.granted).toBeUndefined();
    schedule.settled(measuring.granted as ScheduleEvent);
    await settle();
    expect(measuring.granted?.settledAt).toBeDefined();
    expect(auditing.granted).toBeDefined();
  });

  it('starts the next window beside a settled one, once no busy work runs, and keeps busy work out of it', async () => {
    const schedule = new CpuSchedule('settled');
    await settledWindow(schedule, 'worker 1');
    const auditing = ask(schedule, 'worker 2', 'busy');
    await settle();
    const second = ask(schedule, 'worker 3', 'window');
    await settle();
    expect(second.granted).toBeUndefined();
    schedule.release(auditing.granted as ScheduleEvent);
    await settle();
    expect(second.granted).toBeDefined();
    // The second page is being measured: the first run's trace collection and new busy work wait.
    const collecting = ask(schedule, 'worker 1', 'collect');
    const launching = ask(schedule, 'worker 2', 'busy');
    await settle();
    expect(collecting.granted).toBeUndefined();
    expect(launching.granted).toBeUndefined();
    schedule.settled(second.granted as ScheduleEvent);
    await settle();
    expect(collecting.granted).toBeDefined();
    expect(launching.granted).toBeDefined();
    // Only the parts before the pages settled count as measurements: they never overlapped.
    expect(overlappingWindows(schedule.events)).toEqual([]);
  });

  it('collects a trace ahead of a window waiting in line, and opens no window while a trace is collected', async () => {
    const schedule = new CpuSchedule('settled');
    const firstWindow = await settledWindow(schedule, 'worker 1');
    const auditing = ask(schedule, 'worker 2', 'busy');
    await settle();
    const waiting = ask(schedule, 'worker 3', 'window');
    const collecting = ask(schedule, 'worker 1', 'collect');
    await settle();
    expect(collecting.granted).toBeDefined();
    schedule.release(auditing.granted as ScheduleEvent);
    await settle();
    expect(waiting.granted).toBeUndefined();
    schedule.release(collecting.granted as ScheduleEvent);
    schedule.release(firstWindow);
    await settle();
    expect(waiting.granted).toBeDefined();
  });

  it("runs Lighthouse's probe of a settled page as a loading page: after the busy work in progress, ahead of busy work asked later, beside settled pages only", async () => {
    const schedule = new CpuSchedule('settled');
    await settledWindow(schedule, 'worker 1');
    await settledWindow(schedule, 'worker 3');
    const auditing = ask(schedule, 'worker 2', 'busy');
    await settle();
    const probing = ask(schedule, 'worker 1', 'probe');
    const launching = ask(schedule, 'worker 2', 'busy');
    await settle();
    expect(auditing.granted).toBeDefined();
    expect(probing.granted).toBeUndefined();
    schedule.release(auditing.granted as ScheduleEvent);
    await settle();
    // Beside worker 3's settled window, but with nothing else: no busy work, no collection, no other loading page.
    expect(probing.granted).toBeDefined();
    const collecting = ask(schedule, 'worker 3', 'collect');
    const loading = ask(schedule, 'worker 2', 'window');
    await settle();
    expect(launching.granted).toBeUndefined();
    expect(collecting.granted).toBeUndefined();
    expect(loading.granted).toBeUndefined();
    schedule.release(probing.granted as ScheduleEvent);
    await settle();
    expect(collecting.granted).toBeDefined();
    expect(launching.granted).toBeDefined();
  });

  it('grants the probe of an open window ahead of a window waiting in line for that window to close', async () => {
    const schedule = new CpuSchedule('settled');
    const open = await settledWindow(schedule, 'worker 1');
    // A page measured again waits for no window at all to be open, worker 1's included.
    const again = ask(schedule, 'worker 2', 'window', true);
    await settle();
    expect(again.granted).toBeUndefined();
    // Worker 1's run cannot end before Lighthouse's probe of its page is answered.
    const probing = ask(schedule, 'worker 1', 'probe');
    await settle();
    expect(probing.granted).toBeDefined();
    schedule.release(probing.granted as ScheduleEvent);
    const collecting = ask(schedule, 'worker 1', 'collect');
    await settle();
    schedule.release(collecting.granted as ScheduleEvent);
    schedule.release(open);
    await settle();
    expect(again.granted).toBeDefined();
  });

  it("tells a measurement whether a page settled beside it was active afterwards, once that page's run has said", async () => {
    const schedule = new CpuSchedule('settled');
    const firstWindow = await settledWindow(schedule, 'worker 1');
    const secondWindow = await settledWindow(schedule, 'worker 2');
    schedule.release(secondWindow);
    let answer: string | undefined | null = null;
    void schedule.disturbance(secondWindow).then((subject) => (answer = subject));
    await settle();
    expect(answer).toBeNull();
    schedule.checked(firstWindow, 'active');
    await settle();
    expect(answer).toBe('https://worker 1.example/');
    // The first window opened alone: nothing was beside its measurement.
    expect(await schedule.disturbance(firstWindow)).toBeUndefined();
  });

  it('counts a settled page as active when its worker dies before saying', async () => {
    const schedule = new CpuSchedule('settled');
    const firstWindow = await settledWindow(schedule, 'worker 1');
    const second = ask(schedule, 'worker 2', 'window');
    await settle();
    const verdict = schedule.disturbance(second.granted as ScheduleEvent);
    schedule.releaseAll('worker 1');
    expect(await verdict).toBe('https://worker 1.example/');
    expect(firstWindow.afterSettling).toBe('active');
  });

  it('opens a window asked alone only when nothing else is held, not even a settled window', async () => {
    const schedule = new CpuSchedule('settled');
    const firstWindow = await settledWindow(schedule, 'worker 1');
    const request = { granted: undefined as ScheduleEvent | undefined };
    void schedule.acquire('worker 2', 'window', 'https://again.example/', true).then((event) => (request.granted = event));
    await settle();
    expect(request.granted).toBeUndefined();
    schedule.release(firstWindow);
    await settle();
    expect(request.granted?.alone).toBe(true);
  });

  it('collects a trace at once when its own page never settled', async () => {
    const schedule = new CpuSchedule('settled');
    const measuring = ask(schedule, 'worker 1', 'window');
    await settle();
    const collecting = ask(schedule, 'worker 1', 'collect');
    await settle();
    expect(measuring.granted?.settledAt).toBeUndefined();
    expect(collecting.granted).toBeDefined();
  });
});

describe('isolation settled, with preemption', () => {
  /** The lane's side of preemption, as a record: who is stopped now, and every pause asked. */
  const recording = (workers: string[]) => {
    const stopped = new Set<string>();
    const pauses: string[][] = [];
    const preemption: Preemption = {
      pause: (keep) => {
        for (const worker of workers) if (!keep.has(worker)) stopped.add(worker);
        pauses.push([...stopped].sort());
        return [...stopped].sort();
      },
      resume: () => stopped.clear(),
    };
    return { preemption, stopped, pauses };
  };

  it('opens a window at once beside busy work in progress, stopping its workers until the page settles', async () => {
    const { preemption, stopped } = recording(['worker 1', 'worker 2', 'worker 3']);
    const schedule = new CpuSchedule('settled', undefined, preemption);
    const auditing = ask(schedule, 'worker 2', 'busy');
    const launching = ask(schedule, 'worker 3', 'busy');
    await settle();
    const measuring = ask(schedule, 'worker 1', 'window');
    const later = ask(schedule, 'worker 3', 'busy');
    await settle();
    expect(measuring.granted).toBeDefined();
    expect(measuring.granted?.stopped).toEqual(['worker 2', 'worker 3']);
    expect([...stopped].sort()).toEqual(['worker 2', 'worker 3']);
    // Their spans stay held; no new busy work starts while the page is measured.
    expect(auditing.granted?.endedAt).toBeUndefined();
    expect(later.granted).toBeUndefined();
    schedule.release(launching.granted as ScheduleEvent);
    await settle();
    expect(later.granted).toBeUndefined();
    schedule.settled(measuring.granted as ScheduleEvent);
    await settle();
    expect(stopped.size).toBe(0);
    expect(later.granted).toBeDefined();
  });

  it('runs a probe at once beside busy work, stopping everyone but the workers whose only span is a settled window', async () => {
    const { preemption, stopped } = recording(['worker 1', 'worker 2', 'worker 3', 'worker 4']);
    const schedule = new CpuSchedule('settled', undefined, preemption);
    const first = await settledWindow(schedule, 'worker 1');
    await settledWindow(schedule, 'worker 3');
    ask(schedule, 'worker 2', 'busy');
    await settle();
    const probing = ask(schedule, 'worker 1', 'probe');
    await settle();
    expect(probing.granted?.stopped).toEqual(['worker 2', 'worker 4']);
    // The end of an earlier window (settled, no longer stopping anyone) does not let them go on.
    schedule.release(first);
    await settle();
    expect([...stopped].sort()).toEqual(['worker 2', 'worker 4']);
    schedule.release(probing.granted as ScheduleEvent);
    expect(stopped.size).toBe(0);
  });

  // A trace still recording, a fetch against the clock: stopping either would change what the run records.
  it.each([
    {
      use: 'collect' as const,
      what: 'a trace being collected',
      before: (schedule: CpuSchedule) => settledWindow(schedule, 'worker 1'),
      stoppedAfter: undefined,
    },
    {
      use: 'fetch' as const,
      what: 'a fetch',
      before: (schedule: CpuSchedule) => ask(schedule, 'worker 1', 'busy'),
      stoppedAfter: ['worker 1'],
    },
  ])('waits for $what rather than stop its worker', async ({ use, before, stoppedAfter }) => {
    const { preemption, stopped } = recording(['worker 1', 'worker 2']);
    const schedule = new CpuSchedule('settled', undefined, preemption);
    await before(schedule);
    const unstoppable = ask(schedule, 'worker 1', use);
    await settle();
    expect(unstoppable.granted).toBeDefined();
    const measuring = ask(schedule, 'worker 2', 'window');
    await settle();
    expect(measuring.granted).toBeUndefined();
    expect(stopped.size).toBe(0);
    schedule.release(unstoppable.granted as ScheduleEvent);
    await settle();
    expect(measuring.granted).toBeDefined();
    // What worker 1 still holds: a settled window (never stopped), busy work (stopped).
    expect(measuring.granted?.stopped).toEqual(stoppedAfter);
  });

  it('lets a fetch go ahead of a window waiting in line, and holds a fetch back while a page loads', async () => {
    const { preemption } = recording(['worker 1', 'worker 2']);
    const schedule = new CpuSchedule('settled', undefined, preemption);
    ask(schedule, 'worker 2', 'busy');
    const fetching = ask(schedule, 'worker 2', 'fetch');
    await settle();
    const measuring = ask(schedule, 'worker 1', 'window');
    const again = ask(schedule, 'worker 2', 'fetch');
    await settle();
    expect(again.granted).toBeDefined();
    expect(measuring.granted).toBeUndefined();
    schedule.release(fetching.granted as ScheduleEvent);
    schedule.release(again.granted as ScheduleEvent);
    await settle();
    expect(measuring.granted?.stopped).toEqual(['worker 2']);
    const late = ask(schedule, 'worker 2', 'fetch');
    await settle();
    expect(late.granted).toBeUndefined();
    schedule.settled(measuring.granted as ScheduleEvent);
    await settle();
    expect(late.granted).toBeDefined();
  });

  it("counts a settled page active beside another page's probe as a disturbance of that page", async () => {
    const { preemption } = recording(['worker 1', 'worker 2']);
    const schedule = new CpuSchedule('settled', undefined, preemption);
    const first = await settledWindow(schedule, 'worker 1');
    // Worker 2's page settles after worker 1's: it was not beside worker 1's measurement…
    const second = await settledWindow(schedule, 'worker 2');
    // …but it ran, not stopped, beside worker 1's probe.
    const probing = ask(schedule, 'worker 1', 'probe');
    await settle();
    schedule.release(probing.granted as ScheduleEvent);
    schedule.release(first);
    schedule.release(second);
    schedule.checked(second, 'active');
    expect(await schedule.disturbance(first)).toBe('https://worker 2.example/');
  });

  it('still opens one window at a time, probes of open windows first, and a window asked alone only when nothing else is held', async () => {
    const { preemption, pauses } = recording(['worker 1', 'worker 2', 'worker 3']);
    const schedule = new CpuSchedule('settled', undefined, preemption);
    const third = await settledWindow(schedule, 'worker 3');
    const first = ask(schedule, 'worker 1', 'window');
    await settle();
    const second = ask(schedule, 'worker 2', 'window');
    const probing = ask(schedule, 'worker 3', 'probe');
    await settle();
    expect(second.granted).toBeUndefined();
    expect(probing.granted).toBeUndefined();
    schedule.settled(first.granted as ScheduleEvent);
    await settle();
    expect(probing.granted).toBeDefined();
    expect(second.granted).toBeUndefined();
    schedule.release(probing.granted as ScheduleEvent);
    await settle();
    expect(second.granted).toBeDefined();
    schedule.settled(second.granted as ScheduleEvent);
    const again = ask(schedule, 'worker 3', 'window', true);
    await settle();
    expect(again.granted).toBeUndefined();
    for (const window of [third, first.granted, second.granted]) schedule.release(window as ScheduleEvent);
    await settle();
    expect(again.granted).toBeDefined();
    // Measured again alone: it waited for everything to end, and stopped no one.
    expect(again.granted?.stopped).toBeUndefined();
    expect(pauses.length).toBe(4);
  });

  it('gives the stopped workers back when the worker measuring dies', async () => {
    const { preemption, stopped } = recording(['worker 1', 'worker 2']);
    const schedule = new CpuSchedule('settled', undefined, preemption);
    ask(schedule, 'worker 2', 'busy');
    await settle();
    ask(schedule, 'worker 1', 'window');
    await settle();
    expect([...stopped]).toEqual(['worker 2']);
    schedule.releaseAll('worker 1');
    expect(stopped.size).toBe(0);
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
  it('is the option, else MUNISEO_LIGHTHOUSE_ISOLATION, else settled', () => {
    expect(isolationOf('quiet', { MUNISEO_LIGHTHOUSE_ISOLATION: 'none' })).toBe('quiet');
    expect(isolationOf(undefined, { MUNISEO_LIGHTHOUSE_ISOLATION: 'none' })).toBe('none');
    expect(isolationOf(undefined, {})).toBe('settled');
  });

  it('refuses an unknown level rather than measure with a setting nobody asked for', () => {
    expect(() => isolationOf(undefined, { MUNISEO_LIGHTHOUSE_ISOLATION: 'strict' })).toThrow(/one of none, window, quiet, settled/);
  });
});
