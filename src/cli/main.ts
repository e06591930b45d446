// The command line: one module per command. Exit codes (README, "Commands"): 0 done, 1 failed,
// 2 bad usage, 130 and 143 interrupted by SIGINT and SIGTERM after saving.
import yargs from 'yargs';
import { toolVersion } from '../config.js';
import { auditCommand } from './audit.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { describeFailure, exitCodes, formatFailure } from './failures.js';
import { reportCommand } from './report.js';
import { rescoreCommand } from './rescore.js';
import { agreementCommand, sampleForReviewCommand } from './validation.js';
import { sitesCommand } from './sites.js';
import { queueCommand } from './queue.js';
import { StoppedBySignal, workerCommand } from './worker.js';
import { UsageError } from './usage-error.js';

export async function main(args: string[]): Promise<number> {
  const cli = yargs(args)
    .scriptName('muniseo')
    .usage('$0 <command> [options]\n\nAudit the websites of French local public institutions for SEO.')
    .command(auditCommand)
    .command(reportCommand)
    .command(rescoreCommand)
    .command(sampleForReviewCommand)
    .command(agreementCommand)
    .command(exportCommand)
    .command(sitesCommand)
    .command(demoCommand)
    .command(workerCommand)
    .command(queueCommand)
    .demandCommand(1, 'give a command')
    .strict()
    .version(toolVersion)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      // yargs' own validation errors are bad usage; a handler's failure passes through as it is.
      if (error && error.name !== 'YError') throw error;
      // Throwing here stops yargs before any handler runs with arguments it rejected. The
      // message is printed alone, with a hint to --help: a page of help would bury it.
      throw new UsageError(message ?? error?.message ?? 'bad usage');
    });
  try {
    await cli.parseAsync();
  } catch (error) {
    if (error instanceof StoppedBySignal) return error.exitCode;
    const failure = describeFailure(error, args);
    process.stderr.write(formatFailure(failure));
    return failure.exitCode;
  }
  return exitCodes.done;
}
