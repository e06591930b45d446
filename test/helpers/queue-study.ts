// End-to-end studies over a queue: worker processes of the built CLI, the study file as the
// coordinator wrote it, and what is left running afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import type { FixtureWeb } from '../../src/fixtures/server.js';
import type { WorkerRecord } from '../../src/queue/index.js';
import { startCli, type CliRun } from './cli.js';

export interface WorkerProcess {
  pid: number;
  done: Promise<CliRun>;
  kill(signal: NodeJS.Signals): void;
}

/** `muniseo worker` in its own process, allowed on loopback addresses, with a short lock (quick recovery after a kill). */
export function startWorker(queueUrl: string, options: { tmpdir: string; concurrency?: number; extra?: string[] }): WorkerProcess {
  const args = ['worker', '--queue', queueUrl, '--allow-private-network', '--lock-duration', '10'];
  args.push('--concurrency', String(options.concurrency ?? 3), ...(options.extra ?? []));
  // TMPDIR: every browser profile a worker creates lands there, so that leftovers can be found.
  const { child, done } = startCli(args, { env: { TMPDIR: options.tmpdir } });
  return { pid: child.pid ?? 0, done, kill: (signal) => child.kill(signal) };
}

export interface StoredSite {
  id: string;
  outcome: string;
  score: number | null;
  finished_at: string;
  worker: string | null;
  benchmark_index: number | null;
}

/** The sites stored as done, by id. */
export function storedSites(dbPath: string): StoredSite[] {
  if (!existsSync(dbPath)) return [];
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT id, outcome, score, finished_at, json_extract(result, '$.producedBy.worker') AS worker,
           json_extract(result, '$.producedBy.benchmarkIndex') AS benchmark_index
         FROM sites WHERE status = 'done' ORDER BY id`,
      )
      .all() as StoredSite[];
  } catch {
    return [];
  } finally {
    db.close();
  }
}

/** Rows of a table that appear more than once for a site (a result stored twice). */
export function duplicateRows(dbPath: string): unknown[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return [
      ...db.prepare('SELECT site_id, url, COUNT(*) AS n FROM pages GROUP BY site_id, url HAVING n > 1').all(),
      ...db.prepare('SELECT site_id, check_id, COUNT(*) AS n FROM checks GROUP BY site_id, check_id HAVING n > 1').all(),
      ...db.prepare('SELECT id, COUNT(*) AS n FROM sites GROUP BY id HAVING n > 1').all(),
    ];
  } finally {
    db.close();
  }
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What the workers published about themselves in Redis. */
export async function workerRecords(port: number): Promise<WorkerRecord[]> {
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true });
  try {
    await client.connect();
    const keys = await client.keys('muniseo:workers:*');
    const values = keys.length > 0 ? await client.mget(...keys) : [];
    return values.filter((value): value is string => Boolean(value)).map((value) => JSON.parse(value) as WorkerRecord);
  } finally {
    client.disconnect();
  }
}

/** Processes still running whose command line mentions `marker` (a Redis port, a temporary folder). */
export function processesMentioning(marker: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(marker) && !line.includes('ps -eo'));
}

/** A sites CSV of fixture towns, one institution per (web, town) kept; ids `<town>-<web>`. */
export function writeSitesCsv(
  path: string,
  webs: FixtureWeb[],
  keep: (town: string, web: number) => boolean = () => true,
  limit = Infinity,
): string[] {
  const rows: string[] = [];
  const ids: string[] = [];
  webs.forEach((web, index) => {
    for (const site of web.sites.values()) {
      if (!keep(site.name, index) || rows.length >= limit) continue;
      const id = `${site.name}-${index}`;
      ids.push(id);
      rows.push(`${id},${site.name} ${index},commune,${site.origin}/`);
    }
  });
  writeFileSync(path, `id,name,kind,url\n${rows.join('\n')}\n`);
  return ids.sort();
}
