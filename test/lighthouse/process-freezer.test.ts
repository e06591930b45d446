// The lane's preemption on real processes: a stopped process group uses no CPU until it is resumed, and
// a lane that dies, even by SIGKILL, leaves no group stopped behind it (process-freezer.ts).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProcessFreezer } from '../../src/lighthouse/process-freezer.js';
import { typescriptExecArgv } from '../../src/lighthouse/worker-script.js';
import { waitFor } from './processes.js';

/** The state letter /proc gives a process (R running, S sleeping, T stopped…), or undefined once it is gone. */
function stateOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

/** CPU time (clock ticks) process `pid` has used. */
function cpuTicksOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a process freezer', () => {
  it('stops a whole process group, which uses no CPU until it is resumed', async () => {
    const freezer = ProcessFreezer.start() as ProcessFreezer;
    // A group of two busy processes: a shell and the loop it runs in a child.
    const spinner = spawn('/bin/sh', ['-c', 'sh -c "while :; do :; done" & while :; do :; done'], { detached: true, stdio: 'ignore' });
    const group = spinner.pid as number;
    try {
      freezer.register(group);
      await sleep(200);
      expect(freezer.stop(group)).toBe(true);
      await sleep(100);
      const members = readFileSync(`/proc/${group}/task/${group}/children`, 'utf8').trim().split(/\s+/).map(Number);
      expect(members.length).toBe(1);
      for (const pid of [group, ...members]) expect(stateOf(pid), String(pid)).toBe('T');
      const before = [group, ...members].map(cpuTicksOf);
      await sleep(300);
      expect([group, ...members].map(cpuTicksOf)).toEqual(before);
      freezer.resume(group);
      await sleep(300);
      for (const pid of [group, ...members]) expect(stateOf(pid), String(pid)).not.toBe('T');
      expect(cpuTicksOf(group)).toBeGreaterThan(before[0] as number);
    } finally {
      process.kill(-group, 'SIGKILL');
      freezer.close();
    }
  });

  it('resumes what it stopped when closed, and says when a group is gone', async () => {
    const freezer = ProcessFreezer.start() as ProcessFreezer;
    const sleeper = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    const reaped = new Promise((resolve) => sleeper.once('exit', resolve));
    const group = sleeper.pid as number;
    try {
      freezer.register(group);
      expect(freezer.stop(group)).toBe(true);
      expect(await waitFor(() => stateOf(group) === 'T', 5000)).toBe(true);
      freezer.close();
      expect(await waitFor(() => stateOf(group) === 'S', 5000)).toBe(true);
    } finally {
      process.kill(-group, 'SIGKILL');
    }
    await reaped;
    const another = ProcessFreezer.start() as ProcessFreezer;
    expect(another.stop(group)).toBe(false);
    another.close();
  });

  it('leaves no group stopped when its process is killed with SIGKILL: the guardian resumes them', async () => {
    const host = spawn(process.execPath, [...typescriptExecArgv(), fileURLToPath(new URL('./freezer-host.ts', import.meta.url))], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let group = 0;
    try {
      group = await new Promise<number>((resolve, reject) => {
        host.stdout.on('data', (chunk: Buffer) => {
          const stopped = /stopped (\d+)/.exec(chunk.toString());
          if (stopped) resolve(Number(stopped[1]));
        });
        host.once('exit', (code) => reject(new Error(`freezer host exited with ${code}`)));
      });
      expect(await waitFor(() => stateOf(group) === 'T', 5000)).toBe(true);
      await sleep(300);
      expect(stateOf(group)).toBe('T');
      host.kill('SIGKILL');
      expect(await waitFor(() => stateOf(group) === 'S', 10_000)).toBe(true);
    } finally {
      host.kill('SIGKILL');
      if (group) process.kill(-group, 'SIGKILL');
    }
  });
});
