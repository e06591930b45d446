// The lane's handle on one real Lighthouse worker process (with its Chromium), when the process dies.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { findChrome } from '../../src/browser/chrome.js';
import { CpuSchedule } from '../../src/lighthouse/cpu-schedule.js';
import { LighthouseWorker } from '../../src/lighthouse/worker-process.js';
import { chromiumProcesses, chromiumProfileDirs, waitFor } from './processes.js';

const chromePath = findChrome() as string;
const workers: LighthouseWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
});

async function startWorker(): Promise<LighthouseWorker> {
  const worker = await LighthouseWorker.start({
    name: 'test worker',
    chromePath,
    fullAudit: false,
    runsPerChromium: 50,
    browserReuse: 'other-origins',
    network: { allowPrivateNetwork: true, exclude: [] },
    schedule: new CpuSchedule('settled'),
    log: () => undefined,
  });
  workers.push(worker);
  return worker;
}

/** The process's state letter (proc(5)), or undefined once it is gone. */
function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

function threadCount(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/task`).length;
  } catch {
    return 0;
  }
}

describe('a worker whose process has died before its exit is heard of', () => {
  it('is known dead as soon as a message to it fails, so that no run is handed to it, and its Chromium is killed', async () => {
    const worker = await startWorker();
    const pid = worker.pid as number;
    const [profileDir] = chromiumProfileDirs(process.pid).filter((dir) => chromiumProcesses(process.pid, dir).length > 0);
    expect(profileDir).toBeTruthy();
    process.kill(pid, 'SIGKILL');
    // Without giving the event loop a turn (which would reap the worker and emit its 'exit'): wait
    // until the kernel has closed its end of the channel, that is until every thread of the worker
    // has exited (the files go with the last) and the process waits, a zombie, to be reaped.
    const exited = () => processState(pid) === 'Z' && threadCount(pid) === 1;
    const deadline = Date.now() + 10_000;
    while (!exited() && Date.now() < deadline);
    expect(exited()).toBe(true);
    expect(worker.isAlive).toBe(true); // nothing heard yet

    // The order to run is written to a closed channel: EPIPE, before the 'exit'.
    const outcome = await worker.run('http://127.0.0.1:9/', 'mobile', 60_000);
    expect(outcome).toMatchObject({ kind: 'worker-died' });
    expect(worker.isAlive).toBe(false);
    // The worker's Chromium, in its process group, is killed with it.
    expect(await waitFor(() => chromiumProcesses(process.pid, profileDir).length === 0, 10_000)).toBe(true);
    expect(await waitFor(() => !existsSync(profileDir as string), 10_000)).toBe(true);
    // And a second run is refused at once, not posted.
    expect(await worker.run('http://127.0.0.1:9/', 'mobile', 60_000)).toMatchObject({ kind: 'worker-died' });
  }, 120_000);
});
