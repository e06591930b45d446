// One page's extraction in a worker thread of the extraction pool (extraction-pool.ts).
import { threadId } from 'node:worker_threads';
import type { ExtractedPage } from './extraction-pool.js';
import type { ExtractInput } from './page-facts.js';
import { extractStored } from './stored-page.js';

export default function extractInWorker(input: ExtractInput): ExtractedPage {
  return { ...extractStored(input), threadId };
}
