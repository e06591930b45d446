import type { Argv, CommandModule } from 'yargs';
import { stderrLogger } from '../logger.js';
import { CommandError, UsageError } from './usage-error.js';

interface WorkerArgs {
  queue: string;
  concurrency: number;
  'allow-private-network': boolean;
  'lighthouse-concurrency'?: number;
  'lock-duration': number;
  quiet: boolean;
}

/** The worker was stopped by a signal: exit 130 (SIGINT) or 143 (SIGTERM), as shells expect. */
export class StoppedBySignal extends Error {
  constructor(readonly exitCode: number) {
    super(`stopped (exit ${exitCode})`);
  }
}

export const workerCommand: CommandModule<object, WorkerArgs> = {
  command: 'worker',
  describe: 'Take site-audit jobs from a queue until stopped (a study run with audit --queue)',
  builder: (yargs) =>
    (yargs as Argv<object>)
      .options({
        queue: { type: 'string', demandOption: true, describe: 'Redis URL of the queue: redis://HOST:PORT/DB' },
        concurrency: { type: 'number', default: 4, describe: 'Sites this worker audits at once' },
        'allow-private-network': {
          type: 'boolean',
          default: false,
          describe: 'Let this worker reach loopback and private addresses (fixtures, intranets); never taken from a job',
        },
        'lighthouse-concurrency': {
          type: 'number',
          describe: 'Lighthouse workers this process starts [default: the machine’s Lighthouse slots, shared by all its workers]',
        },
        'lock-duration': {
          type: 'number',
          default: 30,
          describe: 'Seconds a job stays locked without renewal; a killed worker’s jobs come back within twice this',
        },
        quiet: { type: 'boolean', default: false, describe: 'Print only warnings' },
      })
      .example('$0 worker --queue redis://10.0.0.5:6379/0 --concurrency 8', 'Audit sites for any study queued there')
      .example(
        '$0 worker --queue redis://127.0.0.1:6379/0 --allow-private-network',
        'A worker for a study of sites on loopback addresses (the fixture web)',
      ) as unknown as Argv<WorkerArgs>,
  handler: async (args) => {
    const logger = stderrLogger({ quiet: args.quiet });
    if (!Number.isInteger(args.concurrency) || args.concurrency < 1) throw new UsageError('--concurrency must be a whole number ≥ 1');
    if (!(args['lock-duration'] >= 5)) throw new UsageError('--lock-duration must be at least 5 seconds');
    const { parseQueueUrl, probeRedis, QueueUnavailableError, QueueUrlError, startSiteWorker } = await import('../queue/index.js');
    let address;
    try {
      address = parseQueueUrl(args.queue);
      await probeRedis(address);
    } catch (error) {
      if (error instanceof QueueUrlError) throw new UsageError(error.message);
      if (error instanceof QueueUnavailableError) throw new CommandError(error.message);
      throw error;
    }
    const worker = await startSiteWorker({
      queue: address,
      concurrency: args.concurrency,
      allowPrivateNetwork: args['allow-private-network'],
      lighthouseConcurrency: args['lighthouse-concurrency'],
      lockDurationSecs: args['lock-duration'],
      logger,
    });
    // Ctrl-C: no new job, those in progress finish. Ctrl-C again or SIGTERM: they go back to the queue at once.
    const exitCode = await new Promise<number>((resolve) => {
      let interrupts = 0;
      const onSigint = () => {
        interrupts += 1;
        if (interrupts === 1) {
          logger.warn('Ctrl-C: taking no new job; finishing those in progress (Ctrl-C again to put them back in the queue)');
          void worker.stop('finish').then(() => resolve(130));
        } else {
          logger.warn('stopping now: jobs in progress go back to the queue');
          void worker.stop('requeue').then(() => resolve(130));
        }
      };
      const onSigterm = () => {
        logger.warn('SIGTERM: jobs in progress go back to the queue');
        void worker.stop('requeue').then(() => resolve(143));
      };
      process.on('SIGINT', onSigint);
      // `on`, not `once`: signal-exit (loaded with Playwright) re-raises a signal it thinks no one else handles.
      process.on('SIGTERM', onSigterm);
    });
    throw new StoppedBySignal(exitCode);
  },
};
