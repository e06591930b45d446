// Linux's /proc as muniseo reads it to watch its browsers (src/browser/proc-stat.ts), checked against this process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processIds, statFields } from '../../src/browser/proc-stat.js';

// Any of the states proc(5) lists: a process caught forking or paging is in D, not only R or S.
const state = /^[RSDZTtXxKWPI]$/;

describe.runIf(process.platform === 'linux')('/proc', () => {
  it('lists this process among the machine’s, with its parent and its CPU time in ticks', () => {
    expect(processIds()).toContain(process.pid);
    const fields = statFields(process.pid) as string[];
    expect(fields[0]).toMatch(state);
    expect(Number(fields[1])).toBe(process.ppid);
    // Tens of milliseconds of CPU at least, to have loaded vitest: more than zero ticks.
    expect(Number(fields[11]) + Number(fields[12])).toBeGreaterThan(0);
  });

  it('reads the fields after a command name holding spaces and parentheses, and nothing once a process is gone', async () => {
    // A shell that renames itself (printf is a builtin: /proc/self is the shell) and waits.
    const child = spawn('/bin/sh', ['-c', "printf 'a) (b c' > /proc/self/comm; sleep 30"]);
    const pid = child.pid as number;
    await expect.poll(() => readFileSync(`/proc/${pid}/comm`, 'utf8').trim()).toBe('a) (b c');
    const fields = statFields(pid) as string[];
    expect(fields[0]).toMatch(state);
    expect(Number(fields[1])).toBe(process.pid);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    // Reaped by Node: the pid's entry is gone.
    expect(statFields(pid)).toBeUndefined();
  });
});
