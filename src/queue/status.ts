// `muniseo queue status`: what the queue holds, study by study, and what each worker is doing.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { StudyRecord } from './coordinator.js';
import { probeRedis, type QueueAddress, redisOptions } from './connection.js';
import { keyPrefix, queueName, runOfJob, studiesKey, studyOfRun } from './keys.js';
import { readWorkerRecords, type WorkerRecord } from './worker-record.js';

export interface StudyQueueStatus {
  runId: string;
  study: string;
  /** From the coordinator's record; absent for jobs whose coordinator never registered (or Redis lost it). */
  total?: number;
  stored?: number;
  coordinator?: string;
  state?: StudyRecord['state'];
  updatedAt?: string;
  waiting: number;
  /** Put back for later: host or address busy, refused by a worker, or waiting for a retry. */
  delayed: number;
  active: number;
  /** Finished by a worker, not yet stored by the coordinator. */
  completed: number;
  /** Failed for good, not yet stored (as `error` results) by the coordinator. */
  failed: number;
}

export interface QueueStatus {
  queue: string;
  redisVersion: string;
  studies: StudyQueueStatus[];
  workers: WorkerRecord[];
}

export async function queueStatus(address: QueueAddress): Promise<QueueStatus> {
  const { version } = await probeRedis(address);
  const connection = redisOptions(address, 'muniseo-status');
  const redis = new Redis(connection);
  const queue = new Queue(queueName, { connection, prefix: keyPrefix, skipMetasUpdate: true });
  try {
    const studies = new Map<string, StudyQueueStatus>();
    const entry = (runId: string) => {
      let status = studies.get(runId);
      if (!status) {
        status = { runId, study: studyOfRun(runId), waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
        studies.set(runId, status);
      }
      return status;
    };
    for (const [runId, value] of Object.entries(await redis.hgetall(studiesKey))) {
      try {
        const record = JSON.parse(value) as StudyRecord;
        Object.assign(entry(runId), {
          study: record.study,
          total: record.total,
          stored: record.stored,
          coordinator: record.coordinator,
          state: record.state,
          updatedAt: record.updatedAt,
        });
      } catch {
        entry(runId);
      }
    }
    const states = [
      ['waiting', ['waiting', 'prioritized']],
      ['delayed', ['delayed']],
      ['active', ['active']],
      ['completed', ['completed']],
      ['failed', ['failed']],
    ] as const;
    for (const [field, types] of states) {
      for (const id of await queue.getRanges([...types], 0, -1)) entry(runOfJob(id))[field] += 1;
    }
    return {
      queue: address.display,
      redisVersion: version,
      studies: [...studies.values()].sort((a, b) => a.runId.localeCompare(b.runId)),
      workers: await readWorkerRecords(redis),
    };
  } finally {
    await queue.close().catch(() => undefined);
    redis.disconnect();
  }
}
