// The lane's handle on one Lighthouse worker process. The worker is started `detached`, so that it and
// its Chromium form a process group of their own: one kill of that group ends both, whatever state
// they are in, and a Ctrl-C meant for the command line does not kill them behind the lane's back.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CpuSchedule, ScheduleEvent } from './cpu-schedule.js';
import { removeSingletonSockets } from './chromium.js';
import type { ProcessFreezer } from './process-freezer.js';
import type { RunRecord } from './run-record.js';
import { type FormFactor, lighthouseMessage, type Message } from '../model/index.js';
import type { LaneMessage, WorkerMessage, WorkerSettings } from './worker-protocol.js';
import { workerScript } from './worker-script.js';

export type RunOutcome =
  | { kind: 'result'; record: RunRecord }
  /** Lighthouse threw inside the worker (usually a browser crash); the worker relaunched its browser. */
  | { kind: 'failed'; code: string; message: string }
  | { kind: 'timeout' }
  /** `detail` says how, as a Lighthouse message. */
  | { kind: 'worker-died'; detail: Message }
  | { kind: 'stopped' };

/** Every profile folder muniseo's workers use starts with this, under the system's temporary folder. */
export const profileDirPrefix = 'muniseo-lh-';

const startTimeoutMs = 60_000;
const stopGraceMs = 5_000;

export interface WorkerOptions extends Omit<WorkerSettings, 'profileDir' | 'shareSettledWindows'> {
  name: string;
  log: (message: string) => void;
  /** Grants the worker's CPU use (busy work, measurement windows); shared by every worker of a lane. */
  schedule: CpuSchedule;
  /** Awaited once a window is granted, before the worker hears of it (the lane waits for a quiet CPU: cpu-quiet.ts). */
  beforeWindow?: () => Promise<void>;
}

interface RunInProgress {
  id: number;
  settle: (outcome: RunOutcome) => void;
  /** Time left before the run counts as hung; the clock stops while the run waits for the CPU schedule. */
  remainingMs: number;
  armedAt: number;
  timer?: ReturnType<typeof setTimeout>;
  /** Schedule requests of this run not yet granted. */
  waits: number;
  pause(): void;
  resume(): void;
  /** The whole timeout again, from now (a page measured again). */
  restartClock(): void;
}

export class LighthouseWorker {
  readonly name: string;
  chromiumVersion?: string;
  private readonly child: ChildProcess;
  private readonly profileDir: string;
  private readonly exited: Promise<void>;
  private alive = true;
  private nextId = 1;
  private pending?: RunInProgress;
  private readonly schedule: CpuSchedule;
  private readonly beforeWindow?: () => Promise<void>;
  /** Spans the schedule granted this worker and it has not given back, by ticket. */
  private readonly granted = new Map<number, ScheduleEvent>();
  /** Windows of the run in progress, by ticket, kept after their release for `checked` and `confirm`. */
  private readonly windows = new Map<number, ScheduleEvent>();
  /** While the worker's process group is stopped: who stopped it, and the run whose clock stopped with it. */
  private frozen?: { freezer: ProcessFreezer; run?: RunInProgress };

  private constructor(options: WorkerOptions) {
    this.name = options.name;
    this.schedule = options.schedule;
    this.beforeWindow = options.beforeWindow;
    this.profileDir = mkdtempSync(join(tmpdir(), `${profileDirPrefix}${process.pid}-`));
    const settings: WorkerSettings = {
      chromePath: options.chromePath,
      fullAudit: options.fullAudit,
      runsPerChromium: options.runsPerChromium,
      browserReuse: options.browserReuse,
      profileDir: this.profileDir,
      network: options.network,
      proxyServer: options.proxyServer,
      benchmarkIndex: options.benchmarkIndex,
      shareSettledWindows: options.schedule.isolation === 'settled',
      settling: options.settling,
    };
    const script = workerScript();
    this.child = fork(script.path, [JSON.stringify(settings)], {
      // A larger young generation: Lighthouse allocates tens of megabytes a run (the trace, its
      // processing), and garbage collection was a sixth of a worker's CPU time (busy work of 20 light
      // pages: 57.9 s with V8's default, 52.3 s with 64 MB; .exp measurements of 2026-12-01).
      execArgv: [...script.execArgv, '--max-semi-space-size=64'],
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    if (this.child.stderr) {
      createInterface({ input: this.child.stderr }).on('line', (line) => {
        if (line.trim()) options.log(`${this.name}: ${line}`);
      });
    }
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.alive = false;
        this.thaw();
        this.sweep();
        this.schedule.releaseAll(this.name);
        this.granted.clear();
        const detail = signal
          ? lighthouseMessage('lighthouse.workerKilled', { signal })
          : lighthouseMessage('lighthouse.workerExited', { code: String(code) });
        this.settle({ kind: 'worker-died', detail });
        resolve();
      });
    });
    // A failed fork, or a message sent as the worker dies (EPIPE: its channel is closed, its 'exit' not yet
    // heard of): the worker is of no more use, and is known dead from now (kill()), so that the lane does
    // not hand it the run's retry. The 'exit' handler, when it comes, does the rest.
    this.child.on('error', (error) => {
      options.log(`${this.name}: ${error.message}`);
      this.kill();
      this.settle({ kind: 'worker-died', detail: lighthouseMessage('lighthouse.workerError', { detail: error.message }) });
    });
    this.child.on('message', (message: WorkerMessage) => {
      if (message.type === 'acquire') {
        void this.acquire(message.ticket, message.use, message.subject, message.forRun, message.alone ?? false);
        return;
      }
      if (message.type === 'settled') {
        const event = this.granted.get(message.ticket);
        if (event) this.schedule.settled(event);
        return;
      }
      if (message.type === 'checked') {
        const event = this.windows.get(message.ticket);
        if (event) this.schedule.checked(event, message.quiet ? 'quiet' : 'active');
        return;
      }
      if (message.type === 'measuring-again' && message.id === this.pending?.id) {
        this.pending.restartClock();
        return;
      }
      if (message.type === 'confirm') {
        const event = this.windows.get(message.ticket);
        this.windows.delete(message.ticket);
        // Waiting for other runs' word is the lane's time, not the page's: the run's clock stops meanwhile.
        const run = this.pending;
        if (run && run.waits++ === 0) run.pause();
        void (event ? this.schedule.disturbance(event) : Promise.resolve(undefined)).then((disturbedBy) => {
          if (run && --run.waits === 0) run.resume();
          this.post({ type: 'confirmed', ticket: message.ticket, disturbedBy });
        });
        return;
      }
      if (message.type === 'release') {
        const event = this.granted.get(message.ticket);
        this.granted.delete(message.ticket);
        if (event) this.schedule.release(event);
        return;
      }
      if ((message.type === 'result' || message.type === 'failed') && message.id === this.pending?.id) {
        this.settle(
          message.type === 'result'
            ? { kind: 'result', record: message.record }
            : { kind: 'failed', code: message.code, message: message.message },
        );
      }
    });
  }

  /** Forks a worker and waits until its Chromium is up. */
  static async start(options: WorkerOptions): Promise<LighthouseWorker> {
    const worker = new LighthouseWorker(options);
    try {
      worker.chromiumVersion = await worker.ready();
      return worker;
    } catch (error) {
      worker.kill();
      throw error;
    }
  }

  get isAlive(): boolean {
    return this.alive;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private ready(): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
      const onMessage = (message: WorkerMessage) => {
        if (message.type !== 'ready' && message.type !== 'start-failed') return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        if (message.type === 'ready') resolve(message.chromiumVersion);
        else reject(new Error(`${this.name} could not start Chromium: ${message.message}`));
      };
      this.child.on('message', onMessage);
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited while starting`));
      });
    });
  }

  /**
   * One Lighthouse run. On timeout the worker and its Chromium are killed; the lane starts another.
   * The time the run waits for the CPU schedule does not count: a busy lane is not a hung page.
   */
  run(url: string, formFactor: FormFactor, timeoutMs: number): Promise<RunOutcome> {
    if (!this.alive) return Promise.resolve({ kind: 'worker-died', detail: lighthouseMessage('lighthouse.workerNotRunning') });
    if (this.pending) throw new Error(`${this.name} is already running a page`);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const run: RunInProgress = {
        id,
        remainingMs: timeoutMs,
        waits: 0,
        settle: (outcome) => {
          run.pause();
          resolve(outcome);
        },
        pause: () => {
          if (run.timer === undefined) return;
          clearTimeout(run.timer);
          run.timer = undefined;
          run.remainingMs -= performance.now() - run.armedAt;
        },
        resume: () => {
          if (run.timer !== undefined || this.pending !== run) return;
          run.armedAt = performance.now();
          run.timer = setTimeout(
            () => {
              this.settle({ kind: 'timeout' });
              this.kill();
            },
            Math.max(0, run.remainingMs),
          );
        },
        restartClock: () => {
          const running = run.timer !== undefined;
          run.pause();
          run.remainingMs = timeoutMs;
          if (running) run.resume();
        },
        armedAt: 0,
      };
      this.pending = run;
      // A stopped worker's run starts its clock when the worker goes on.
      if (this.frozen) {
        run.waits += 1;
        this.frozen.run = run;
      } else run.resume();
      this.post({ type: 'run', id, url, formFactor });
    });
  }

  private async acquire(ticket: number, use: ScheduleEvent['use'], subject: string, forRun: boolean, alone: boolean): Promise<void> {
    const run = forRun ? this.pending : undefined;
    if (run && run.waits++ === 0) run.pause();
    const event = await this.schedule.acquire(this.name, use, subject, alone);
    this.granted.set(ticket, event);
    if (use === 'window') this.windows.set(ticket, event);
    // The wait for a quiet CPU is the lane's, not the page's: the run's clock stays paused meanwhile.
    if (use === 'window' && this.alive) await this.beforeWindow?.();
    if (run && --run.waits === 0) run.resume();
    if (!this.alive) {
      this.granted.delete(ticket);
      this.schedule.release(event);
      return;
    }
    this.post({ type: 'granted', ticket });
  }

  /**
   * Stops the worker's process group (the CPU schedule's preemption: cpu-schedule.ts) until thaw(); the
   * run's clock stops meanwhile. False when it could not be stopped (it is not running).
   */
  freeze(freezer: ProcessFreezer): boolean {
    if (this.frozen) return true;
    if (!this.alive || this.child.pid === undefined || !freezer.stop(this.child.pid)) return false;
    const run = this.pending;
    if (run && run.waits++ === 0) run.pause();
    this.frozen = { freezer, run };
    return true;
  }

  /** Lets a frozen worker go on. */
  thaw(): void {
    const frozen = this.frozen;
    if (!frozen) return;
    this.frozen = undefined;
    if (this.child.pid !== undefined) frozen.freezer.resume(this.child.pid);
    if (frozen.run && --frozen.run.waits === 0) frozen.run.resume();
  }

  /** Asks the worker to close its browser and leave; kills the group if it does not within a few seconds. */
  async stop(): Promise<void> {
    this.thaw();
    this.settle({ kind: 'stopped' });
    if (!this.alive) return;
    this.post({ type: 'shutdown' });
    const grace = new Promise((resolve) => setTimeout(resolve, stopGraceMs).unref());
    await Promise.race([this.exited, grace]);
    this.kill();
    await this.exited;
  }

  /**
   * SIGKILL the worker's process group (the worker and its Chromium). Synchronous: safe in an exit
   * handler. The worker is dead from now on, before its 'exit' is heard of: no run is handed to it.
   */
  kill(): void {
    this.sweep();
    if (this.alive) this.child.kill('SIGKILL');
    this.alive = false;
  }

  private sweep(): void {
    if (this.child.pid) {
      try {
        process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        // The group is already empty.
      }
    }
    removeSingletonSockets(this.profileDir);
    try {
      rmSync(this.profileDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A dying browser still writing: the next sweep (at exit) removes the rest.
    }
  }

  private settle(outcome: RunOutcome): void {
    const pending = this.pending;
    this.pending = undefined;
    this.windows.clear();
    pending?.settle(outcome);
  }

  private post(message: LaneMessage): void {
    if (this.child.connected) this.child.send(message);
  }
}
