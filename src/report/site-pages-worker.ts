// A worker thread writing its share of the institutions' pages (see site-pages.ts): it opens the
// study itself, builds the report's context from the aggregates it was sent, and answers with the
// ids of the pages it wrote.
import { parentPort, workerData } from 'node:worker_threads';
import { StudyStore } from '../store/study-store.js';
import { reportContext } from './report-context.js';
import { receivedSummary, writeShard, type SitePagesAnswer, type SitePagesJob } from './site-pages.js';
import { loadTemplates } from './templates.js';

const job = workerData as SitePagesJob;
const store = StudyStore.open(job.storePath);
const context = reportContext(job.lang, job.meta, receivedSummary(job.summary), job.peers);
let answer: SitePagesAnswer;
try {
  answer = { written: await writeShard(store, context, loadTemplates(job.lang), job.studyDir, job.shard) };
} catch (error) {
  // The message only, as the report's own errors read on the command line.
  answer = { error: error instanceof Error ? error.message : String(error) };
} finally {
  context.charts.finalize();
  store.close();
}
parentPort?.postMessage(answer);
