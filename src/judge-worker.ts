// One site's judgement in the worker thread of the extraction pool (src/extract/extraction-pool.ts).
import { threadId } from 'node:worker_threads';
import type { JudgedSite } from './extract/extraction-pool.js';
import { type JudgeInput, judgeSite } from './judge.js';

export default function judgeInWorker(input: JudgeInput): JudgedSite {
  return { ...judgeSite(input), threadId };
}
