// Counting the processes a lane started, by the profile folders its Chromiums and workers carry.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileDirPrefix } from '../../src/lighthouse/worker-process.js';

function pgrep(options: string[], pattern: string): number[] {
  try {
    return execFileSync('pgrep', [...options, '--', pattern], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** The profile folder prefix of every Chromium started by lanes of process `ownerPid`. */
export function profilePrefix(ownerPid: number): string {
  return join(tmpdir(), `${profileDirPrefix}${ownerPid}-`);
}

/** Chromium processes (browser, renderers, GPU…) started by lanes of process `ownerPid`. */
export function chromiumProcesses(ownerPid: number, profileDir = profilePrefix(ownerPid)): number[] {
  return pgrep(['-f'], `--user-data-dir=${profileDir}`);
}

/** Lighthouse worker processes, children of `ownerPid`. */
export function workerProcesses(ownerPid: number): number[] {
  return pgrep(['-P', String(ownerPid), '-f'], profilePrefix(ownerPid));
}

/** The profile folders of the running Chromiums of `ownerPid`, one per browser. */
export function chromiumProfileDirs(ownerPid: number): string[] {
  const dirs = new Set<string>();
  for (const pid of chromiumProcesses(ownerPid)) {
    try {
      const commandLine = execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
      const dir = /--user-data-dir=(\S+)/.exec(commandLine)?.[1];
      if (dir) dirs.add(dir);
    } catch {
      // Exited meanwhile.
    }
  }
  return [...dirs].sort();
}

export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}
