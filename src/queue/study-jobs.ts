// The jobs of one study run in the BullMQ queue: adding them (again, harmlessly: BullMQ ignores
// an id it still holds), finding those that finished, finding those that went missing (Redis
// restarted without persistence), and removing the jobs of a run that was replaced.
import type { Job, JobType, Queue } from 'bullmq';
import type { Institution } from '../model/index.js';
import { siteJobId } from './keys.js';
import type { SiteJob } from './site-job.js';

const everyState: JobType[] = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed', 'waiting-children'];
const chunk = 500;

/**
 * A job is tried 3 times: an exception in the audit is already a result (an `error` outcome), so
 * what fails a job is the worker's own trouble (Redis lost mid-job, a malformed job). A worker
 * killed mid-job is not an attempt: BullMQ counts that as a stall (see worker.ts).
 */
export const siteJobOptions = { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: false, removeOnFail: false };

export class StudyJobs {
  constructor(
    private readonly queue: Queue,
    readonly runId: string,
    private readonly jobOf: (institution: Institution) => SiteJob,
  ) {}

  jobId(institution: Institution): string {
    return siteJobId(this.runId, institution.id);
  }

  ours(jobId: string, runId = this.runId): boolean {
    return jobId.startsWith(`${runId}/`);
  }

  async enqueue(institutions: Institution[]): Promise<void> {
    for (let start = 0; start < institutions.length; start += chunk) {
      await this.queue.addBulk(
        institutions.slice(start, start + chunk).map((institution) => ({
          name: 'audit',
          data: this.jobOf(institution),
          opts: { ...siteJobOptions, jobId: this.jobId(institution) },
        })),
      );
    }
  }

  /** Ids of this run's jobs that completed or failed for good: results waiting to be stored. */
  async finished(): Promise<string[]> {
    return (await this.queue.getRanges(['completed', 'failed'], 0, -1)).filter((id) => this.ours(id));
  }

  /** Ids of every job of this run that Redis holds, whatever its state. */
  async held(): Promise<Set<string>> {
    return new Set((await this.queue.getRanges(everyState, 0, -1)).filter((id) => this.ours(id)));
  }

  async job(id: string): Promise<Job | undefined> {
    return (await this.queue.getJob(id)) ?? undefined;
  }

  /** Removes the jobs of another run (replaced with --overwrite); those being audited right now stay. */
  async removeRun(runId: string): Promise<number> {
    let removed = 0;
    for (const id of await this.queue.getRanges(everyState, 0, -1)) {
      if (!this.ours(id, runId)) continue;
      const job = await this.queue.getJob(id);
      await job
        ?.remove()
        .then(() => (removed += 1))
        .catch(() => undefined);
    }
    return removed;
  }
}
