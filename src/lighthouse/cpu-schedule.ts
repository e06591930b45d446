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
// - `quiet`: a window runs alone: it waits for busy work in progress to end, and no busy work starts
//   until it closes (a readers–writer lock with the window as the writer, and writer preference).
//   Measured on 2 cores, heavy pages: `window` 0.03 to 0.08 below the CLI on average, `quiet` within 0.03
//   of it; any CPU load beside a window, even at the lowest priority, lowers its score.
// - `settled` (the default): as `quiet` until the page has *settled* (loaded, no request in flight, the
//   CPU idle: settling.ts); from then on, while Lighthouse waits out its quiet periods, busy work may run
//   beside the window. Windows still never overlap each other. What a page does after settling is checked
//   in its trace once the run ends: a main-thread task long enough to matter or a request means the page
//   was measured beside busy work, and it is measured again under `quiet` (settling.ts).
//   With *preemption* (the lane's, on Linux and macOS), a window or probe does not wait for the busy work
//   in progress to end: once granted, it stops the other workers' processes (SIGSTOP) until its page has
//   settled or the probe has its answer, and they go on where they were (process-freezer.ts). Their CPU
//   use stops at once, so the page has the CPU as it would alone, and busy work fills every moment no
//   page is being measured. Light pages, 2 cores, three workers: 19.2 and 19.4 pages a minute against 16.2
//   to 19.2 waiting (.exp measurements of 2026-12-01, same hour), 18.8 in bench/lighthouse; the study
//   scenario (heavy pages among them) 15.9 pages a minute against 12.4 and 14.4 waiting, the same day.
//   With a fetch held unstopped and settling after the first paint and the last frame (later that day):
//   study 14.8 pages a minute, 3.0x the command line, no page measured again; light lane 17.9 (.exp).
//   Tried and not kept (.exp, 2026-12-01, as root): the workers with busy work only ran under SCHED_IDLE
//   (or nice 19) beside a settled page, pages settled 300 ms after their last request without waiting
//   for their frames, and probes stopped nobody. Light lane, twelve runs: 20.6 to 25.1 pages a minute
//   in the seven where no page was measured again, 17.1 to 21.7 in the five where 2 to 4 pages of 20
//   were: a settled page's task that overlapped another page's loading still stretched past Lantern's
//   threshold (Lighthouse's isolated world: 0.6 ms of V8 context deserialisation alone, 9.3 ms there),
//   and no CPU policy can put one measured page behind another. A policy can be lowered by any process
//   but raised back only with CAP_SYS_NICE or a raised RLIMIT_NICE, which most users lack. And the
//   study scenario lost: its heavy pages, settling before their frames and late tasks, were active
//   after settling, and 10 of its 21 pages were measured again (10.0 pages a minute, 2.0x the command
//   line; heavy pages' mean signed gap -0.015).
export const isolationLevels = ['none', 'window', 'quiet', 'settled'] as const;
export type Isolation = (typeof isolationLevels)[number];

/**
 * `collect`: the end of a window under `settled`, from the moment Lighthouse stops waiting until its
 * trace is collected (CPU-heavy for the browser and the worker): it waits until no other page is being
 * measured, and no window waiting in line holds it back (its own trace would grow meanwhile).
 * `probe`: under `settled`, a command Lighthouse sends into a page that has settled, until it stops
 * waiting (the isolated world for its long-task watcher, whose evaluations the worker answers itself:
 * settling.ts, long-task-answers.ts): it runs as a loading page
 * would, with no busy work, collection or other loading page beside it, and waits in line as a window does.
 * `fetch`: a resource Lighthouse fetches itself while its run does busy work (robots.txt): it has 2 s by
 * the wall clock (lighthouse/core/gather/fetcher.js), which keeps running while a stopped worker waits, so
 * its worker is not stopped meanwhile: like a collection, no page starts loading until it ends.
 */
export type CpuUse = 'window' | 'busy' | 'collect' | 'probe' | 'fetch';

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
  /** A window under `settled` that opens only when nothing else is held (a page measured again). */
  alone?: boolean;
  /** A window under `settled`: when its page settled, and busy work could start beside it. */
  settledAt?: number;
  /**
   * A settled window, once its run's trace has been read (settling.ts): `quiet` when its page did nothing
   * after settling that could weigh on another measurement, else `active` (also when the run failed or
   * its worker died before saying).
   */
  afterSettling?: 'quiet' | 'active';
  /** A window or probe that stopped other workers (preemption): who, until it settled or ended. */
  stopped?: string[];
}

/** Verdicts awaited on settled windows, by window. */
type VerdictWaiters = Map<ScheduleEvent, (() => void)[]>;

interface Waiter {
  event: ScheduleEvent;
  grant: () => void;
}

/** What runs as a loading page does, and waits in line for it. */
const exclusiveUses: ReadonlySet<CpuUse> = new Set(['window', 'probe']);
/** What a run asks for while its window is open, or must have at once (a fetch): ahead of windows waiting in line. */
const continuing: ReadonlySet<CpuUse> = new Set(['collect', 'probe', 'fetch']);
/** What a window or probe waits for rather than stop its worker: a trace still recording, a fetch against the clock. */
const unstoppable: ReadonlySet<CpuUse> = new Set(['collect', 'fetch']);

/**
 * How the schedule stops the other workers instead of waiting for their work to end (lane.ts, with
 * process-freezer.ts): their spans stay held, their processes stop using the CPU.
 */
export interface Preemption {
  /** Stops every worker but those in `keep`; returns the workers stopped. */
  pause(keep: ReadonlySet<string>): string[];
  /** Lets the stopped workers go on. */
  resume(): void;
}

export class CpuSchedule {
  /** Every span asked for so far, in the order asked; the lane keeps at most `maxEvents`. */
  readonly events: ScheduleEvent[] = [];
  private readonly held = new Set<ScheduleEvent>();
  private readonly waiting: Waiter[] = [];
  private readonly verdictWaiters: VerdictWaiters = new Map();
  /** The window or probe for which the other workers are stopped. */
  private pausedFor?: ScheduleEvent;

  constructor(
    readonly isolation: Isolation,
    private readonly maxEvents = 10_000,
    private readonly preemption?: Preemption,
  ) {}

  /**
   * Resolves when `holder` may start `use`; pair each call with release(). `alone` (a window under
   * `settled`): not even a settled window may be open beside it.
   */
  acquire(holder: string, use: CpuUse, subject: string, alone = false): Promise<ScheduleEvent> {
    const event: ScheduleEvent = { holder, use, subject, askedAt: performance.now(), ...(alone ? { alone } : {}) };
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
    this.resume(event);
    this.grant();
  }

  /** Under `settled`, the page of a held window has settled: busy work may start beside it. */
  settled(event: ScheduleEvent): void {
    if (this.isolation !== 'settled' || event.use !== 'window' || !this.held.has(event) || event.settledAt !== undefined) return;
    event.settledAt = performance.now();
    this.resume(event);
    this.grant();
  }

  /** What a settled window's page did after settling, once its run has read its trace (first word wins). */
  checked(event: ScheduleEvent, afterSettling: 'quiet' | 'active'): void {
    if (event.settledAt === undefined || event.afterSettling !== undefined) return;
    event.afterSettling = afterSettling;
    for (const wake of this.verdictWaiters.get(event) ?? []) wake();
    this.verdictWaiters.delete(event);
  }

  /**
   * Under `settled`, other windows were open beside this one's measurement, their pages settled: resolves,
   * once each of their runs has read its trace, with the subject of one whose page was active after
   * settling (its activity may have weighed on this measurement), or undefined when none was.
   */
  async disturbance(event: ScheduleEvent): Promise<string | undefined> {
    if (event.startedAt === undefined) return undefined;
    // The page's measurement, and its probes after settling (settling.ts holds none of their tasks against
    // the page, so a page active beside them must be).
    const measured: [number, number][] = [[event.startedAt, event.settledAt ?? event.endedAt ?? Infinity]];
    for (const probe of this.events) {
      if (probe.use !== 'probe' || probe.holder !== event.holder || probe.subject !== event.subject || probe.startedAt === undefined)
        continue;
      if (probe.startedAt >= event.startedAt && probe.startedAt <= (event.endedAt ?? Infinity))
        measured.push([probe.startedAt, probe.endedAt ?? Infinity]);
    }
    const beside = this.events.filter(
      (other) =>
        other !== event &&
        other.use === 'window' &&
        other.holder !== event.holder &&
        other.settledAt !== undefined &&
        measured.some(([from, to]) => (other.settledAt as number) < to && (other.endedAt ?? Infinity) > from),
    );
    for (const other of beside) {
      if (other.afterSettling === undefined)
        await new Promise<void>((wake) => this.verdictWaiters.set(other, [...(this.verdictWaiters.get(other) ?? []), wake]));
      if (other.afterSettling === 'active') return other.subject;
    }
    return undefined;
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
    // Its settled windows will never be checked: count them as active (those awaited first: the
    // record of events is bounded).
    for (const event of [...this.verdictWaiters.keys(), ...this.events]) if (event.holder === holder) this.checked(event, 'active');
    this.grant();
  }

  /** Grants, in order, every waiter the isolation level allows now. */
  private grant(): void {
    // First what continues a window already open (its probes, its collection): a window waiting in line
    // may be waiting for that very window to close.
    for (let index = 0; index < this.waiting.length; ) {
      const waiter = this.waiting[index] as Waiter;
      if (!continuing.has(waiter.event.use) || !this.mayStart(waiter.event, index)) index++;
      else this.start(index);
    }
    for (let index = 0; index < this.waiting.length; ) {
      const waiter = this.waiting[index] as Waiter;
      if (!this.mayStart(waiter.event, index)) {
        // A window (or a probe) waits in line: under `quiet` and `settled`, no busy work asked after it may overtake it.
        if ((this.isolation === 'quiet' || this.isolation === 'settled') && exclusiveUses.has(waiter.event.use)) return;
        index++;
        continue;
      }
      this.start(index);
    }
  }

  private start(index: number): void {
    const [waiter] = this.waiting.splice(index, 1) as [Waiter];
    waiter.event.startedAt = performance.now();
    this.held.add(waiter.event);
    if (this.preempts(waiter.event)) this.pause(waiter.event);
    waiter.grant();
  }

  /** Whether `event`, once granted, stops the other workers instead of waiting for their busy work. */
  private preempts(event: ScheduleEvent): boolean {
    return (
      this.isolation === 'settled' && this.preemption !== undefined && !event.alone && (event.use === 'probe' || event.use === 'window')
    );
  }

  /**
   * Stops every worker but the one of `event` and those whose only spans are settled windows: a settled
   * page's own activity is checked in its trace, and stopping its browser in the middle of a task would
   * stretch that task.
   */
  private pause(event: ScheduleEvent): void {
    const busyHolders = new Set<string>();
    const windowHolders = new Set<string>([event.holder]);
    for (const other of this.held) (other.use === 'window' ? windowHolders : busyHolders).add(other.holder);
    this.pausedFor = event;
    const stopped = this.preemption?.pause(new Set([...windowHolders].filter((name) => name === event.holder || !busyHolders.has(name))));
    if (stopped?.length) event.stopped = [...new Set([...(event.stopped ?? []), ...stopped])];
  }

  /** `event` settled or ended: if the other workers were stopped for it, they go on. */
  private resume(event: ScheduleEvent): void {
    if (this.pausedFor !== event) return;
    this.pausedFor = undefined;
    this.preemption?.resume();
  }

  private mayStart(asked: ScheduleEvent, position: number): boolean {
    const { use, holder } = asked;
    const held = [...this.held];
    // A window whose page is still being measured (under `settled`, not yet settled), or a probe.
    const measuring = (event: ScheduleEvent) => event.use === 'probe' || (event.use === 'window' && event.settledAt === undefined);
    // Collecting ends a run's own window: only `settled` lets another window be open then.
    if (unstoppable.has(use)) return this.isolation !== 'settled' || !held.some((event) => measuring(event) && event.holder !== holder);
    const windowAhead = () => this.waiting.slice(0, position).some((waiter) => exclusiveUses.has(waiter.event.use));
    // Probes are asked under `settled` only; elsewhere the page's window is still the run's alone.
    if (use === 'probe' && this.isolation !== 'settled') return true;
    switch (this.isolation) {
      case 'none':
        return true;
      case 'window':
        return use === 'busy' || !held.some((event) => event.use === 'window');
      case 'quiet':
        if (use === 'window') return this.held.size === 0;
        return !held.some((event) => event.use === 'window') && !windowAhead();
      case 'settled':
        // A trace being collected is still recording: its worker is not stopped, the window or probe waits.
        if (this.preempts(asked)) return !held.some((event) => measuring(event) || (unstoppable.has(event.use) && event.holder !== holder));
        if (use === 'window' || use === 'probe')
          return asked.alone ? held.length === 0 : held.every((event) => event.use === 'window' && !measuring(event));
        return !held.some(measuring) && !windowAhead();
    }
  }
}

/**
 * Pairs of granted windows whose measurements overlapped in time: the whole window, or under `settled`
 * the part before its page settled (for tests and the benchmark).
 */
export function overlappingWindows(events: readonly ScheduleEvent[]): [ScheduleEvent, ScheduleEvent][] {
  const windows = events.filter((event) => event.use === 'window' && event.startedAt !== undefined);
  const pairs: [ScheduleEvent, ScheduleEvent][] = [];
  windows.forEach((first, index) => {
    for (const second of windows.slice(index + 1)) {
      const firstEnd = first.settledAt ?? first.endedAt ?? Infinity;
      const secondEnd = second.settledAt ?? second.endedAt ?? Infinity;
      if ((first.startedAt as number) < secondEnd && (second.startedAt as number) < firstEnd) pairs.push([first, second]);
    }
  });
  return pairs;
}
