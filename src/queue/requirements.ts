// What a study requires of its workers (decided once by the coordinator) and what a worker has.
// A worker refuses a job it cannot run as asked: another muniseo (other checks and scoring),
// another Lighthouse or Chromium (other scores), or private addresses it was not allowed to reach.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { toolVersion, type StudyConfig } from '../config.js';
import type { StudyRequirements } from './site-job.js';

const run = promisify(execFile);

/** What one worker can do. */
export interface WorkerCapabilities {
  muniseo: string;
  lighthouse: string;
  /** Undefined when no Chromium was found. */
  chromiumMajor?: number;
  chromePath?: string;
  allowPrivateNetwork: boolean;
}

export function studyRequirements(
  config: StudyConfig,
  environment: { lighthouse: string; chromiumMajor?: number; privateNetwork: boolean },
): StudyRequirements {
  return {
    muniseo: toolVersion,
    lighthouse: config.lighthouse.enabled ? environment.lighthouse : undefined,
    chromiumMajor: config.lighthouse.enabled ? environment.chromiumMajor : undefined,
    privateNetwork: environment.privateNetwork,
  };
}

/** Why this worker cannot run a job of the study, or undefined when it can. */
export function refusalOf(requires: StudyRequirements, worker: WorkerCapabilities): string | undefined {
  if (requires.muniseo !== worker.muniseo) return `the study needs muniseo ${requires.muniseo}; this worker runs ${worker.muniseo}`;
  if (requires.privateNetwork && !worker.allowPrivateNetwork) {
    return 'the study audits sites on private or loopback addresses; this worker was not started with --allow-private-network';
  }
  if (requires.lighthouse !== undefined) {
    if (requires.lighthouse !== worker.lighthouse)
      return `the study needs Lighthouse ${requires.lighthouse}; this worker has ${worker.lighthouse}`;
    if (!worker.chromePath) return 'the study runs Lighthouse and this worker found no Chromium (set CHROME_PATH)';
    if (requires.chromiumMajor !== undefined && requires.chromiumMajor !== worker.chromiumMajor) {
      return `the study needs Chromium ${requires.chromiumMajor}; this worker has ${worker.chromiumMajor ?? 'an unknown version'}`;
    }
  }
  return undefined;
}

/** Chromium's major version from `chromium --version` ("Chromium 131.0.6778.85 built on Debian…"). */
export async function chromiumMajor(chromePath: string | undefined): Promise<number | undefined> {
  if (!chromePath) return undefined;
  try {
    const { stdout } = await run(chromePath, ['--version'], { timeout: 15_000 });
    const match = /(\d+)\.\d+\.\d+\.\d+/.exec(stdout);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
