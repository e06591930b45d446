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
// At 1.15 (1 Dec 2026, 20 sites × 2,500 pages, a main heap of some 60 MB alive): 378 MB peak RSS
// against 412 MB at 1.25, for 6.7 CPU ms a page against 6.0 (205 and 220 pages a second, within
// the benchmark's spread; bare Crawlee does 151). At 1.10 the peak was no lower (384 MB).
// A report's heap is small and flat (src/report), and more frequent collections only cost it time:
// 36,000 institutions in English took 119 s at 1.15 against 107 s at 1.25 (bench/report), so that
// writing a report sets the bound back to 1.25 (`reportHeapGrowingPercent`).
//
// The factor is a bound on growth, not a limit on size: a study that truly holds more (a site of
// 50,000 pages being judged) still gets the heap it needs, which a `--max-old-space-size` would
// refuse with an out-of-memory crash.
import { setFlagsFromString } from 'node:v8';

/** The old generation's growth between full collections, in percent of what they left alive. */
export const heapGrowingPercent = 15;
/** The same while a report is written. */
export const reportHeapGrowingPercent = 25;

/**
 * Applies the bound to this process (and the worker threads it starts afterwards). V8 reads it at
 * each collection: a later call changes it for the rest of the process's life.
 */
export function boundHeapGrowth(percent = heapGrowingPercent): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
