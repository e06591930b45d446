// One site's judgement in the worker thread of a SiteJudge (src/judge.ts).
import { threadId } from 'node:worker_threads';
import { type JudgedSite, type JudgeInput, judgeSite } from './judge.js';

export default async function judgeInWorker(input: JudgeInput): Promise<JudgedSite> {
  return { ...(await judgeSite(input)), threadId };
}
