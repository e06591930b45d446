// A worker thread writing the report's data files (see data-files.ts): it opens the study itself
// and answers once every file is closed, or with the reason it stopped.
import { parentPort, workerData } from 'node:worker_threads';
import { StudyStore } from '../store/study-store.js';
import { type DataFilesAnswer, type DataFilesJob, writeDataFiles } from './data-files.js';

const job = workerData as DataFilesJob;
let answer: DataFilesAnswer;
const store = StudyStore.open(job.storePath);
try {
  writeDataFiles(store, job);
  answer = { done: true };
} catch (error) {
  // The message only, as the report's own errors read on the command line.
  answer = { error: error instanceof Error ? error.message : String(error) };
} finally {
  store.close();
}
parentPort?.postMessage(answer);
