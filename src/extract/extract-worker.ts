// One page's extraction in a worker thread of the extraction pool (extraction-pool.ts). The facts
// travel back by structured clone: every string is a copy, none keeps the body alive.
import { threadId } from 'node:worker_threads';
import type { ExtractedPage } from './extraction-pool.js';
import { type ExtractInput, extractPageFacts } from './page-facts.js';

export default function extractInWorker(input: ExtractInput): ExtractedPage {
  return { facts: extractPageFacts(input), threadId };
}
