// The report's data files: data/*.csv and results.json, one pass over the stored results. A
// national study's are millions of rows (checks.csv has one per check and institution) and take
// as long as the aggregates the pages need, so from 2,000 institutions (`dataFilesThread`) they are
// written in a worker thread of their own (data-files-worker.ts), beside the main thread's pass
// for those aggregates, which would otherwise wait for them on one core (bench/report, 36,000
// institutions, 1 Dec 2026: about 40 s of exports in front of 30 s of aggregates).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { StudyMeta, StudyStore } from '../store/study-store.js';
import { workerScriptAt } from '../typescript-workers.js';
import { BufferedFile } from './buffered-file.js';
import { CsvExports, exportColumns } from './csv-exports.js';
import { peerGroupOf } from './peer-groups.js';
import { StudyJsonWriter } from './results-json.js';
import { minSitesPerExtraThread } from './site-pages.js';

/** What writing the data files needs: plain data, sent to a worker thread as it is. */
export interface DataFilesJob {
  storePath: string;
  dataDir: string;
  resultsPath: string;
  meta: StudyMeta;
  /** Peer-group columns, as the report's summary groups them. */
  groupBy?: string;
}

/** A worker's answer: done, or why it stopped. */
export type DataFilesAnswer = { done: true } | { error: string };

/** The paths of the data files, in the order of the downloads. */
export function dataFilePaths(job: Pick<DataFilesJob, 'dataDir' | 'resultsPath'>): string[] {
  return [...Object.keys(exportColumns).map((name) => join(job.dataDir, name)), job.resultsPath];
}

/** Writes every data file from one pass over the stored results. */
export function writeDataFiles(store: StudyStore, job: DataFilesJob): void {
  const exports = new CsvExports(job.dataDir);
  const resultsJson = new BufferedFile(job.resultsPath);
  try {
    const studyJson = new StudyJsonWriter(resultsJson.write, job.meta);
    for (const result of store.siteResults()) {
      exports.add(result, peerGroupOf(result.institution, job.groupBy).key);
      studyJson.add(result);
    }
    studyJson.end();
  } finally {
    exports.close();
    resultsJson.close();
  }
}

/** Whether a study of `sites` institutions has its data files written in a thread of their own, unless the caller says. */
export function dataFilesThread(sites: number, requested?: boolean): boolean {
  return requested ?? sites >= minSitesPerExtraThread;
}

/**
 * Starts writing the data files, in a worker thread or here and now. The promise settles when
 * they are written, or fails with the reason.
 */
export function startDataFiles(store: StudyStore, job: DataFilesJob, inThread: boolean): Promise<void> {
  if (!inThread) {
    try {
      writeDataFiles(store, job);
      return Promise.resolve();
    } catch (error) {
      // Failed here or in a thread, the report learns it the same way: when it awaits the files.
      const failed = Promise.reject(error as Error);
      failed.catch(() => undefined);
      return failed;
    }
  }
  const script = workerScriptAt(new URL('./data-files-worker.js', import.meta.url));
  const worker = new Worker(script.path, { workerData: job, execArgv: script.execArgv });
  const written = new Promise<void>((resolve, reject) => {
    let answered = false;
    worker.once('message', (answer: DataFilesAnswer) => {
      answered = true;
      if ('error' in answer) reject(new Error(answer.error));
      else resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the thread writing the data files stopped (exit code ${code}) before it had finished`));
    });
  });
  // Awaited by the report at its end; a failure seen first elsewhere must not go unhandled.
  written.catch(() => undefined);
  return written;
}
