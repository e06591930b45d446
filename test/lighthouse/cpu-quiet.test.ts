// The wait for a quiet CPU before a measurement window (src/lighthouse/cpu-quiet.ts), on given CPU times.
import { describe, expect, it } from 'vitest';
import { cpuTimes, waitForCpuQuiet } from '../../src/lighthouse/cpu-quiet.js';

/** CPU times: the first reading is the start, each later one adds a sample of 1,000 ms of CPU time, `busy[i]` (0–1) of it busy. */
function samples(...busy: number[]) {
  let idle = 0;
  let total = 0;
  let readings = 0;
  return () => {
    if (readings++ > 0) {
      const share = busy[Math.min(readings - 2, busy.length - 1)] as number;
      total += 1000;
      idle += 1000 * (1 - share);
    }
    return { idle, total };
  };
}

describe('waiting for a quiet CPU', () => {
  it('returns at the first sample under the threshold', async () => {
    const outcome = await waitForCpuQuiet({ sampleMs: 1, readTimes: samples(0.9, 0.6, 0.1) });
    expect(outcome.quiet).toBe(true);
    expect(outcome.busy).toBeCloseTo(0.1);
  });

  it('gives up after the longest wait when the CPU stays busy, and says so', async () => {
    const outcome = await waitForCpuQuiet({ sampleMs: 5, maxWaitMs: 20, readTimes: samples(0.8) });
    expect(outcome.quiet).toBe(false);
    expect(outcome.busy).toBeCloseTo(0.8);
    expect(outcome.waitedMs).toBeGreaterThanOrEqual(20);
  });

  it('reads this machine’s CPU times, which only grow', async () => {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = cpuTimes();
    expect(after.total).toBeGreaterThanOrEqual(before.total);
    expect(after.idle).toBeGreaterThanOrEqual(before.idle);
    expect(before.total).toBeGreaterThan(0);
  });
});
