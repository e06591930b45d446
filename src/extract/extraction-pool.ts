// Page extraction for a crawl or a study: small pages on the calling thread, large ones in a pool
// of worker threads, so that parsing a 1 MiB page does not stall every other site's requests and
// timers for a second. Either way the facts hold copies, never slices of the body: cheerio's
// attribute values and texts are V8 sliced strings that would keep each whole body alive for as
// long as the site's facts are kept (bench/crawl: 909 MB peak before, for 20 sites × 2,500 pages).
import { availableParallelism } from 'node:os';
import { threadId } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { PageFacts } from '../model/index.js';
import { siblingScript } from '../source-modules.js';
import { type ExtractInput, extractPageFacts } from './page-facts.js';

/** A page's facts, and the thread that extracted them (0 is the main thread). */
export interface ExtractedPage {
  facts: PageFacts;
  threadId: number;
}

export interface ExtractionPoolOptions {
  /**
   * Bodies of at least this many characters are extracted in a worker thread. Extraction costs
   * about 1 ms per kilobyte of HTML on this machine (bench/crawl, bench/duplicates: 10 KB pages in
   * 5–13 ms, a 1 MiB page about 1 s, 2–3 s link-dense), and a hand-off to a worker about 0.3 ms
   * plus the copy of the body and of the facts. At 32 Ki characters a page blocks the event loop
   * some 30–90 ms at most, under the 100 ms a crawl's timers tolerate, while the common pages of
   * 10–30 KB skip the hand-off and need no second core.
   * @default 32768
   */
  offThreadChars?: number;
  /**
   * Worker threads at most: one core is left to the main thread, which fetches and runs checks.
   * @default availableParallelism() - 1, between 1 and 4
   */
  threads?: number;
}

export const defaultOffThreadChars = 32 * 1024;

export class ExtractionPool {
  private pool?: Piscina<ExtractInput, ExtractedPage>;
  private readonly offThreadChars: number;
  private readonly threads: number;

  constructor(options: ExtractionPoolOptions = {}) {
    this.offThreadChars = options.offThreadChars ?? defaultOffThreadChars;
    this.threads = options.threads ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  }

  async extract(input: ExtractInput): Promise<ExtractedPage> {
    if (input.body.length < this.offThreadChars) {
      // A structured clone rebuilds every string: the copy a worker's answer gets by construction.
      return { facts: structuredClone(extractPageFacts(input)), threadId };
    }
    // Started on the first large page only: most sites have none, and a thread costs memory.
    const script = siblingScript(import.meta.url, 'extract-worker');
    this.pool ??= new Piscina({
      filename: script.path,
      execArgv: script.execArgv,
      minThreads: 0,
      maxThreads: this.threads,
      // Threads outlive a burst of large pages, not the study: idle, they go.
      idleTimeout: 10_000,
    });
    return this.pool.run(input);
  }

  /** Ends the worker threads (waiting for pages being extracted); a closed pool starts again if used. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}
