// What each worker tells the fleet about itself: a short-lived key in Redis, refreshed every few
// seconds, that `muniseo queue status` and the coordinator's live line read. A worker that stops
// refreshing it (killed, cut off) disappears from the list within `workerRecordTtlSecs`.
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { workerKey, workerKeyPattern } from './keys.js';

export const workerRecordTtlSecs = 15;
export const workerRecordEveryMs = 2_000;

const workerRecordSchema = z.object({
  id: z.string(),
  host: z.string(),
  pid: z.number(),
  startedAt: z.string(),
  seenAt: z.string(),
  concurrency: z.number(),
  allowPrivateNetwork: z.boolean(),
  muniseo: z.string(),
  lighthouse: z.string(),
  chromiumMajor: z.number().optional(),
  benchmarkIndex: z.number().optional(),
  /** Jobs in progress: job id, institution name, since when. */
  active: z.array(z.object({ jobId: z.string(), institution: z.string(), since: z.string() })),
  done: z.number(),
  failed: z.number(),
  /** Jobs put back because their host or address was busy. */
  deferred: z.number(),
  refused: z.number(),
  lastRefusal: z.string().optional(),
  /** done per run id: who did what, study by study. */
  doneByRun: z.record(z.string(), z.number()),
});
export type WorkerRecord = z.infer<typeof workerRecordSchema>;

export async function writeWorkerRecord(redis: Redis, record: WorkerRecord): Promise<void> {
  await redis.set(workerKey(record.id), JSON.stringify(record), 'EX', workerRecordTtlSecs);
}

export async function removeWorkerRecord(redis: Redis, id: string): Promise<void> {
  await redis.del(workerKey(id));
}

/** Every worker heard from in the last few seconds, by id. Records that do not parse are skipped. */
export async function readWorkerRecords(redis: Redis): Promise<WorkerRecord[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', workerKeyPattern, 'COUNT', 200);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  if (keys.length === 0) return [];
  const values = await redis.mget(...keys);
  const records: WorkerRecord[] = [];
  for (const value of values) {
    if (!value) continue;
    try {
      const parsed = workerRecordSchema.safeParse(JSON.parse(value));
      if (parsed.success) records.push(parsed.data);
    } catch {
      // Not JSON: not a record this muniseo wrote.
    }
  }
  return records.sort((a, b) => a.id.localeCompare(b.id));
}
