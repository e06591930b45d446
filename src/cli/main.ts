// The command line: one module per command; exit codes 0 done, 1 failed, 2 bad usage.
import yargs from 'yargs';
import { toolVersion } from '../config.js';
import { auditCommand } from './audit.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { reportCommand } from './report.js';
import { sitesCommand } from './sites.js';
import { queueCommand } from './queue.js';
import { StoppedBySignal, workerCommand } from './worker.js';
import { StoredConfigError } from '../stored-config.js';
import { StoredDataError } from '../store/stored-rows.js';
import { CommandError, UsageError } from './usage-error.js';

export async function main(args: string[]): Promise<number> {
  const cli = yargs(args)
    .scriptName('muniseo')
    .usage('$0 <command> [options]\n\nAudit the websites of French local public institutions for SEO.')
    .command(auditCommand)
    .command(reportCommand)
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
    .fail((message, error, instance) => {
      if (error && !(error instanceof UsageError)) throw error;
      // Throwing here stops yargs before any handler runs with arguments it rejected.
      instance.showHelp((text: string) => process.stderr.write(`${text}\n`));
      throw new UsageError(message ?? error?.message ?? 'bad usage');
    });
  try {
    await cli.parseAsync();
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error instanceof StoppedBySignal) return error.exitCode;
    if (error instanceof CommandError || error instanceof StoredDataError || error instanceof StoredConfigError) {
      process.stderr.write(`muniseo: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`muniseo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`\nmuniseo: ${message}\n`);
  return 2;
}
