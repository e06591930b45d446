// Who may use the CPU while a Lighthouse run measures performance. Lighthouse's simulated throttling
// (Lantern) multiplies the main-thread task durations it observes in the trace by the CPU slowdown: a
// task stretched because another run took the core is read as a slower page. Lighthouse's own
// variability guide warns against concurrent runs for that reason. The *window* of a run is the span
// its trace records (from just before tracing starts until the trace is collected); the rest of a run
// (config, about:blank and the benchmark index, accessibility gatherers, the audits' simulations, a
// browser launch) does not depend on timing, and is *busy* work.
//
// Isolation levels (bench/lighthouse measures them against the sequential CLI):
// - `none`: windows and busy work overlap freely (two full runs side by side);
// - `window`: windows never overlap each other, busy work goes on beside a window;
// - `quiet` (the default): a window runs alone: it waits for busy work in progress to end, and no busy
//   work starts until it closes (a readers–writer lock with the window as the writer, and writer
//   preference). Measured on 2 cores, heavy pages: `window` 0.03 to 0.08 below the CLI on average, `quiet`
//   within 0.03 of it; any CPU load beside a window, even at the lowest priority, lowers its score.
export const isolationLevels = ['none', 'window', 'quiet'] as const;
export type Isolation = (typeof isolationLevels)[number];

export type CpuUse = 'window' | 'busy';

/** One span of a worker's run, as the schedule granted it: what tests and the benchmark read. */
export interface ScheduleEvent {
  holder: string;
  use: CpuUse;
  /** What the holder said it was working on (a URL). */
  subject: string;
  /** Milliseconds (performance.now()) when the span was asked for, granted, released. */
  askedAt: number;
  startedAt?: number;
  endedAt?: number;
}

interface Waiter {
  event: ScheduleEvent;
  grant: () => void;
}

export class CpuSchedule {
  /** Every span asked for so far, in the order asked; the lane keeps at most `maxEvents`. */
  readonly events: ScheduleEvent[] = [];
  private readonly held = new Set<ScheduleEvent>();
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly isolation: Isolation,
    private readonly maxEvents = 10_000,
  ) {}

  /** Resolves when `holder` may start `use`; pair each call with release(). */
  acquire(holder: string, use: CpuUse, subject: string): Promise<ScheduleEvent> {
    const event: ScheduleEvent = { holder, use, subject, askedAt: performance.now() };
    this.events.push(event);
    if (this.events.length > this.maxEvents) this.events.splice(0, this.events.length - this.maxEvents);
    return new Promise((resolve) => {
      this.waiting.push({ event, grant: () => resolve(event) });
      this.grant();
    });
  }

  /** Ends a granted span (no-op when it already ended). */
  release(event: ScheduleEvent): void {
    if (!this.held.delete(event)) return;
    event.endedAt = performance.now();
    this.grant();
  }

  /** A worker died or timed out: what it held ends now, and what it waited for is dropped (granted empty). */
  releaseAll(holder: string): void {
    for (let index = this.waiting.length - 1; index >= 0; index--) {
      const waiter = this.waiting[index] as Waiter;
      if (waiter.event.holder !== holder) continue;
      this.waiting.splice(index, 1);
      waiter.event.startedAt = waiter.event.endedAt = performance.now();
      waiter.grant();
    }
    for (const event of [...this.held]) if (event.holder === holder) this.release(event);
    this.grant();
  }

  /** Grants, in order, every waiter the isolation level allows now. */
  private grant(): void {
    for (let index = 0; index < this.waiting.length; ) {
      const waiter = this.waiting[index] as Waiter;
      if (!this.mayStart(waiter.event.use, index)) {
        // A window waits in line: under `quiet`, no busy work asked after it may overtake it.
        if (this.isolation === 'quiet' && waiter.event.use === 'window') return;
        index++;
        continue;
      }
      this.waiting.splice(index, 1);
      waiter.event.startedAt = performance.now();
      this.held.add(waiter.event);
      waiter.grant();
    }
  }

  private mayStart(use: CpuUse, position: number): boolean {
    const windowHeld = [...this.held].some((event) => event.use === 'window');
    switch (this.isolation) {
      case 'none':
        return true;
      case 'window':
        return use === 'busy' || !windowHeld;
      case 'quiet': {
        if (use === 'window') return this.held.size === 0;
        const windowAhead = this.waiting.slice(0, position).some((waiter) => waiter.event.use === 'window');
        return !windowHeld && !windowAhead;
      }
    }
  }
}

/** Pairs of granted windows that overlapped in time (for tests and the benchmark). */
export function overlappingWindows(events: readonly ScheduleEvent[]): [ScheduleEvent, ScheduleEvent][] {
  const windows = events.filter((event) => event.use === 'window' && event.startedAt !== undefined);
  const pairs: [ScheduleEvent, ScheduleEvent][] = [];
  windows.forEach((first, index) => {
    for (const second of windows.slice(index + 1)) {
      const firstEnd = first.endedAt ?? Infinity;
      const secondEnd = second.endedAt ?? Infinity;
      if ((first.startedAt as number) < secondEnd && (second.startedAt as number) < firstEnd) pairs.push([first, second]);
    }
  });
  return pairs;
}
