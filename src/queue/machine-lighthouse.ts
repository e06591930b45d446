// Lighthouse on a worker machine. Its width is a property of the machine (its cores and memory,
// `defaultLighthouseConcurrency`), not of each worker process: every run takes a slot of the
// machine's lease in Redis (`lighthouse:<host name>`), so starting more worker processes on one
// machine never starts more concurrent Lighthouse runs than the machine allows. Each process
// starts its own lane lazily, on the first job that asks for Lighthouse.
import { hostname } from 'node:os';
import type { LighthouseRunner } from '../audit.js';
import type { LighthouseConfig } from '../config.js';
import type { FormFactor, LighthousePageRequest, LighthousePageResult } from '../model/index.js';
import type { LaneOptions, LighthouseLane } from '../lighthouse/index.js';
import { holdLease, type RedisLeaseStore } from './redis-leases.js';

export interface MachineLighthouseOptions {
  leases: RedisLeaseStore;
  /** The worker's id: holders are `<worker>/lighthouse/<n>`. */
  worker: string;
  chromePath: string;
  /** Concurrent runs on this machine, all processes together. */
  machineSlots: number;
  /** Lighthouse workers this process starts (each with its Chromium). @default machineSlots */
  processSlots?: number;
  /** The machine's name in the lease key. @default os.hostname() */
  machine?: string;
  log?(message: string): void;
  signal?: AbortSignal;
  /** Starts a lane (tests give a fake one). @default startLighthouseLane */
  startLane?: (config: LighthouseConfig, options: LaneOptions) => Promise<LighthouseLane>;
}

export class MachineLighthouse {
  private readonly lanes = new Map<string, Promise<LighthouseLane>>();
  private runs = 0;

  constructor(private readonly options: MachineLighthouseOptions) {}

  /** A runner for the site audits of one study (its runs, form factors and timeout). */
  async runnerFor(config: LighthouseConfig): Promise<LighthouseRunner> {
    const lane = await this.laneFor(config);
    const slots = Math.min(config.runs, this.options.machineSlots);
    return {
      audit: (pages, formFactors) => this.audit(lane, pages, formFactors, slots),
    };
  }

  async close(): Promise<void> {
    const lanes = [...this.lanes.values()];
    this.lanes.clear();
    await Promise.all(lanes.map((lane) => lane.then((started) => started.close()).catch(() => undefined)));
  }

  private async audit(
    lane: LighthouseLane,
    pages: LighthousePageRequest[],
    formFactors: FormFactor[],
    slots: number,
  ): Promise<LighthousePageResult[]> {
    const machine = this.options.machine ?? hostname();
    const claim = { key: `lighthouse:${machine}`, units: slots, capacity: this.options.machineSlots };
    // One page and form factor at a time through the lane, each holding its runs' slots.
    const results = await Promise.all(
      pages.flatMap((page) =>
        formFactors.map(async (formFactor) => {
          const holder = `${this.options.worker}/lighthouse/${++this.runs}`;
          const release = await holdLease(this.options.leases, holder, claim, this.options.signal);
          try {
            return await lane.audit([page], [formFactor]);
          } finally {
            await release();
          }
        }),
      ),
    );
    return results.flat();
  }

  private laneFor(config: LighthouseConfig): Promise<LighthouseLane> {
    const key = JSON.stringify([config.runs, config.timeoutSecs, config.formFactor]);
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = import('../lighthouse/index.js').then(({ startLighthouseLane }) =>
        (this.options.startLane ?? startLighthouseLane)(
          { ...config, concurrency: this.options.processSlots ?? this.options.machineSlots },
          { chromePath: this.options.chromePath, log: this.options.log },
        ),
      );
      // A lane that could not start is tried again by the next job.
      lane.catch(() => this.lanes.delete(key));
      this.lanes.set(key, lane);
    }
    return lane;
  }
}
