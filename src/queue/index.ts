// The queue stage: national studies over BullMQ and Redis. A coordinator enqueues one site-audit
// job per institution and is the study's only writer; workers on any number of machines run the
// jobs; politeness leases in Redis hold across all of them. README, "Running a national study".
export { parseQueueUrl, probeRedis, QueueUnavailableError, QueueUrlError, type QueueAddress } from './connection.js';
export { runQueuedStudy, type QueuedStudyRun } from './coordinator.js';
export { startSiteWorker, type SiteWorker, type SiteWorkerOptions } from './worker.js';
export { queueStatus, type QueueStatus, type StudyQueueStatus } from './status.js';
export type { WorkerRecord } from './worker-record.js';
