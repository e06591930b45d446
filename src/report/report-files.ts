// The files a report wrote, listed in the study folder (report-files.json), so that the next
// report removes what an earlier one wrote and no longer writes (the page of an institution that
// left the study, compare.html without --compare) and never a file it did not write itself.
import { lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { OutsideStudyError, pathInStudy } from '../store/study-folder.js';

export const reportFilesName = 'report-files.json';

/** What a report writes; anything else listed (a hand-edited list) is never removed. */
const reportFile = /\.(html|css|csv|json|pdf)$/;

const listSchema = z.object({ files: z.array(z.string()) });

/** Paths (relative to the study folder) the last report wrote; none when there is no readable list. */
export function readReportFiles(studyDir: string): string[] {
  let text: string;
  try {
    text = readFileSync(pathInStudy(studyDir, reportFilesName), 'utf8');
  } catch {
    return [];
  }
  try {
    const parsed = listSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.files : [];
  } catch {
    return [];
  }
}

/**
 * Records `written` (absolute paths) as the report's files, and removes the files of `previous`
 * not written again. Returns the paths removed.
 */
export function replaceReportFiles(studyDir: string, previous: readonly string[], written: readonly string[]): string[] {
  const current = written.map((path) => relative(studyDir, path));
  writeReportFiles(studyDir, current);
  const kept = new Set(current);
  const removed: string[] = [];
  for (const file of previous) {
    if (kept.has(file) || !reportFile.test(file) || file === reportFilesName) continue;
    let path: string;
    try {
      path = pathInStudy(studyDir, file);
    } catch (error) {
      if (error instanceof OutsideStudyError) continue;
      throw error;
    }
    if (!isFile(path)) continue;
    rmSync(path);
    removed.push(file);
  }
  return removed;
}

/** Records the files of a report that stopped half-way: the earlier ones and those written so far. */
export function keepReportFiles(studyDir: string, previous: readonly string[], written: readonly string[]): void {
  writeReportFiles(studyDir, [...new Set([...previous, ...written.map((path) => relative(studyDir, path))])]);
}

function writeReportFiles(studyDir: string, files: string[]): void {
  writeFileSync(pathInStudy(studyDir, reportFilesName), `${JSON.stringify({ files }, null, 1)}\n`);
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
