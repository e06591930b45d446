// Names in Redis. Every key muniseo writes starts with `muniseo:`, so one Redis can hold other
// things too; BullMQ's own keys are `muniseo:sites:*`.
//
// A job id is `<run id>/<institution id>`: the run id tells one run of a study from another (a
// study started again with --overwrite is a new run), and BullMQ silently ignores adding an id
// it still holds, which is what makes re-enqueueing safe. BullMQ ids cannot contain ":".

export const keyPrefix = 'muniseo';
/** The BullMQ queue of site audits, shared by every study. */
export const queueName = 'sites';
/** Hash: run id → the study's description, kept up to date by its coordinator (`queue status`). */
export const studiesKey = `${keyPrefix}:studies`;

export const workerKey = (workerId: string) => `${keyPrefix}:workers:${workerId}`;
export const workerKeyPattern = `${keyPrefix}:workers:*`;
export const leaseKey = (key: string) => `${keyPrefix}:lease:${key}`;

/** One run of a study: its name and when it started, e.g. `mayenne-2026@20260514T101530123Z`. */
export function studyRunId(study: string, startedAt: string): string {
  return `${study}@${startedAt.replace(/[-:.]/g, '')}`;
}

/** The study name of a run id. */
export function studyOfRun(runId: string): string {
  return runId.slice(0, runId.lastIndexOf('@'));
}

export function siteJobId(runId: string, institutionId: string): string {
  return `${runId}/${institutionId.replace(/%/g, '%25').replace(/:/g, '%3A')}`;
}

/** The run a job id belongs to. */
export function runOfJob(jobId: string): string {
  return jobId.slice(0, jobId.indexOf('/'));
}
