// How far the JavaScript heap may grow past what is alive before V8 collects it, for the whole
// process: set once by the command line (bin/muniseo.js) before any work starts.
//
// A crawl allocates fast and much of it lives just long enough to leave the young generation: page
// bodies waiting for their turn of extraction, parse trees of pages extracted across a few event
// loop turns, responses in flight. V8 then lets the old generation grow to up to four times what
// is alive before its next full collection, because collecting less often is cheaper for a
// program that allocates that fast. On `bench/crawl` (4 sites × 2,500 pages, 30 Nov 2026) about
// 160 MB was alive after each full collection, and the heap peaked at 640 MB between them
// (902 MB peak RSS). With the growth factor at 1.25: a peak heap of 156 MB and 407 MB RSS, at the
// same pages per second (144 against 138): the collections are more frequent and each is smaller.
//
// The factor is a bound on growth, not a limit on size: a study that truly holds more (a site of
// 50,000 pages being judged) still gets the heap it needs, which a `--max-old-space-size` would
// refuse with an out-of-memory crash.
import { setFlagsFromString } from 'node:v8';

/** The old generation's growth between full collections, in percent of what they left alive. */
export const heapGrowingPercent = 25;

/** Applies the bound to this process (and the worker threads it starts afterwards). */
export function boundHeapGrowth(percent = heapGrowingPercent): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
