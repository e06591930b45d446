import type { Argv, CommandModule } from 'yargs';
import type { QueueStatus } from '../queue/index.js';
import { CommandError, UsageError } from './usage-error.js';

interface StatusArgs {
  queue: string;
  json: boolean;
}

const statusCommand: CommandModule<object, StatusArgs> = {
  command: 'status',
  describe: 'What the queue holds per study, and what each worker is doing',
  builder: (yargs) =>
    (yargs as Argv<object>).options({
      queue: { type: 'string', demandOption: true, describe: 'Redis URL of the queue: redis://HOST:PORT/DB' },
      json: { type: 'boolean', default: false, describe: 'Print JSON instead of tables' },
    }) as unknown as Argv<StatusArgs>,
  handler: async (args) => {
    const { parseQueueUrl, queueStatus, QueueUnavailableError, QueueUrlError } = await import('../queue/index.js');
    let status: QueueStatus;
    try {
      status = await queueStatus(parseQueueUrl(args.queue));
    } catch (error) {
      if (error instanceof QueueUrlError) throw new UsageError(error.message);
      if (error instanceof QueueUnavailableError) throw new CommandError(error.message);
      throw error;
    }
    process.stdout.write(args.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status, Date.now()));
  },
};

export const queueCommand: CommandModule = {
  command: 'queue <command>',
  describe: 'Inspect the queue of a national study (see README, "Running a national study")',
  builder: (yargs) => yargs.command(statusCommand).demandCommand(1, 'give a queue command: status'),
  handler: () => undefined,
};

export function formatStatus(status: QueueStatus, now: number): string {
  const lines = [`queue ${status.queue} (Redis ${status.redisVersion})`, ''];
  if (status.studies.length === 0) lines.push('no study in the queue');
  else {
    lines.push(
      ...table(
        ['study', 'run', 'stored', 'total', 'waiting', 'delayed', 'active', 'to store', 'failed', 'coordinator'],
        status.studies.map((study) => [
          study.study,
          study.runId,
          study.stored ?? '?',
          study.total ?? '?',
          study.waiting,
          study.delayed,
          study.active,
          study.completed,
          study.failed,
          study.coordinator ? `${study.coordinator} (${study.state ?? '?'}, ${ago(study.updatedAt, now)})` : 'none registered',
        ]),
      ),
    );
  }
  lines.push('');
  if (status.workers.length === 0) lines.push('no worker connected');
  else {
    lines.push(
      ...table(
        ['worker', 'active', 'done', 'failed', 'deferred', 'refused', 'concurrency', 'benchmarkIndex', 'private', 'seen'],
        status.workers.map((worker) => [
          worker.id,
          worker.active.length,
          worker.done,
          worker.failed,
          worker.deferred,
          worker.refused,
          worker.concurrency,
          worker.benchmarkIndex ?? '?',
          worker.allowPrivateNetwork ? 'yes' : 'no',
          ago(worker.seenAt, now),
        ]),
      ),
    );
    for (const worker of status.workers) {
      for (const active of worker.active)
        lines.push(`  ${worker.id}: ${active.institution} since ${ago(active.since, now)} (${active.jobId})`);
      if (worker.lastRefusal) lines.push(`  ${worker.id} refused: ${worker.lastRefusal}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: (string | number)[][]): string[] {
  const cells = rows.map((row) => row.map(String));
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)];
}

function ago(iso: string | undefined, now: number): string {
  if (!iso) return '?';
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  return seconds < 120 ? `${seconds} s ago` : `${Math.round(seconds / 60)} min ago`;
}
