// `audit --queue URL --local-workers N`: N `muniseo worker` processes started on the coordinator's
// machine, exactly like workers started by hand elsewhere. Each is its own process (its own event
// loop, its own crash); their warnings come out through the coordinator's log.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';

const binPath = fileURLToPath(new URL('../../bin/muniseo.js', import.meta.url));

export interface LocalWorkerOptions {
  /** The queue URL as given (with its password). */
  queueUrl: string;
  concurrency: number;
  allowPrivateNetwork: boolean;
  lockDurationSecs?: number;
  logger: Logger;
}

export interface LocalWorkers {
  readonly pids: number[];
  /** Stops them: jobs in progress go back to the queue. Kills any that has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function startLocalWorkers(count: number, options: LocalWorkerOptions): LocalWorkers {
  const children: { child: ChildProcess; exited: Promise<void> }[] = [];
  let stopping = false;
  for (let index = 1; index <= count; index += 1) {
    const args = [binPath, 'worker', '--queue', options.queueUrl, '--concurrency', String(options.concurrency), '--quiet'];
    if (options.allowPrivateNetwork) args.push('--allow-private-network');
    if (options.lockDurationSecs !== undefined) args.push('--lock-duration', String(options.lockDurationSecs));
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) =>
      options.logger.info(`local worker ${index}: ${line}`),
    );
    const exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        if (!stopping) options.logger.warn(`local worker ${index} exited (${signal ?? `code ${code}`}) before the study ended`);
        resolve();
      });
      child.once('error', (error) => {
        options.logger.warn(`local worker ${index} could not start: ${error.message}`);
        resolve();
      });
    });
    children.push({ child, exited });
  }
  // Whatever way the coordinator ends, its workers end with it.
  const killAll = () => children.forEach(({ child }) => child.exitCode === null && child.kill('SIGKILL'));
  process.once('exit', killAll);
  return {
    pids: children.map(({ child }) => child.pid ?? 0),
    async stop(graceMs = 60_000) {
      stopping = true;
      for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(killAll, graceMs);
      await Promise.all(children.map(({ exited }) => exited));
      clearTimeout(timer);
      process.off('exit', killAll);
    },
  };
}
