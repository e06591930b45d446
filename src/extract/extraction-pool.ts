// Page extraction for a crawl or a study: small pages on the calling thread, large ones in a pool
// of worker threads, so that parsing a 1 MiB page does not stall every other site's requests and
// timers for a second. Either way a page's facts leave extraction serialized (v8.serialize, the
// structured clone's format): a compact buffer outside the JavaScript heap, read back when the
// site's checks run. Serializing copies every string, so no fact keeps a slice of the body alive
// (cheerio's attribute values and texts are V8 sliced strings of the whole body); and the heap
// holds only what is being checked, not every page of every site being crawled, which V8 would
// let grow to several times that before collecting (bench/crawl: 909 MB peak RSS before, for 20
// sites × 2,500 pages; a site's facts are 36 MB of heap, 2,500 generated municipal pages).
// The pool also holds crawls back while small pages wait for the main thread (`caughtUp`), and
// gives up on a page whose extraction in a thread outlasts a deadline (`deadlineMs`).
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { threadId } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { workerScriptAt } from '../typescript-workers.js';
import { type ExtractInput } from './page-facts.js';
import { extractStored, type StoredPage } from './stored-page.js';
import { inTurn } from '../event-loop-turns.js';

export type { CrawlSignals, StoredPage } from './stored-page.js';
export { readFacts } from './stored-page.js';

/** A page's stored facts, and the thread that extracted them (0 is the main thread). */
export interface ExtractedPage extends StoredPage {
  threadId: number;
}

export interface ExtractionPoolOptions {
  /**
   * Bodies of at least this many characters are extracted in a worker thread. Extraction costs
   * about 1 ms per kilobyte of HTML on this machine (bench/duplicates: 10 KB pages in 5–13 ms; a
   * link-dense 1 MiB page 2 s of CPU), a hand-off to a worker a copy of the body and a message.
   * At 32 Ki characters a page blocks the event loop some 30–90 ms at most, under the 100 ms a
   * crawl's timers tolerate, while the common pages of 5–30 KB skip the hand-off: inline, their
   * extraction also holds the crawl back while it runs, so that bodies never queue up unparsed.
   * @default 32768
   */
  offThreadChars?: number;
  /**
   * Worker threads at most: one core is left to the main thread, which fetches.
   * @default availableParallelism() - 1, between 1 and 4
   */
  threads?: number;
  /**
   * How long a page's extraction in a worker thread may take before the thread is stopped and the
   * page counted as unparsable. The HTML parser's time grows with the square of the nesting depth:
   * a page of 40,000 nested elements takes 10 s to parse, 100,000 took 90 s (1.1 MB, a hostile or
   * generated page; browsers stop nesting at 512). A link-dense 5 MiB page, the crawl's byte cap,
   * takes some 8 s. Measured from the start of the page's own extraction, not from its wait in line.
   * @default 30000
   */
  deadlineMs?: number;
}

export const defaultOffThreadChars = 32 * 1024;
export const defaultExtractionDeadlineMs = 30_000;
/**
 * Pages waiting for their extraction on the main thread beyond which crawls wait before fetching
 * (`caughtUp`): twice the requests a default study has in flight (4 sites, 2 a host), so that
 * extraction never waits for a fetch while a crawl fetches no faster than it reads.
 */
export const maxInlineBacklog = 16;

export class ExtractionPool {
  private pool?: Piscina<ExtractInput, ExtractedPage>;
  private readonly offThreadChars: number;
  private readonly threads: number;
  private readonly deadlineMs: number;
  /** Pages handed to a thread only when one is free, so that a deadline counts the page's own time. */
  private readonly offThread: PQueue;
  private inlineBacklog = 0;
  private readonly waitingForBacklog: (() => void)[] = [];

  constructor(options: ExtractionPoolOptions = {}) {
    this.offThreadChars = options.offThreadChars ?? defaultOffThreadChars;
    this.threads = options.threads ?? Math.min(4, Math.max(1, availableParallelism() - 1));
    this.deadlineMs = options.deadlineMs ?? defaultExtractionDeadlineMs;
    this.offThread = new PQueue({ concurrency: this.threads });
  }

  async extract(input: ExtractInput): Promise<ExtractedPage> {
    // Small pages in turns of the event loop: pages loaded together would otherwise all be
    // extracted before a timer or a socket of another site is served (src/event-loop-turns.ts).
    if (input.body.length < this.offThreadChars) {
      this.inlineBacklog += 1;
      try {
        return await inTurn(() => ({ ...extractStored(input), threadId }));
      } finally {
        this.inlineBacklog -= 1;
        if (this.inlineBacklog < maxInlineBacklog) for (const resume of this.waitingForBacklog.splice(0)) resume();
      }
    }
    // Started on the first large page only: most sites have none, and a thread costs memory.
    const script = workerScriptAt(new URL('./extract-worker.js', import.meta.url));
    this.pool ??= new Piscina({
      filename: script.path,
      execArgv: script.execArgv,
      minThreads: 0,
      maxThreads: this.threads,
      // Threads outlive a burst of large pages, not much more: a thread that extracted a link-dense
      // 1 MiB page holds a 100 MB heap, mostly garbage, until it goes. Idle for 10 s, such threads
      // overlapped the judging of sites (src/judge.ts) and set the crawl's peak; after 1 s, a
      // restart costs some 50 ms of a core (bench/crawl 20 × 2,500: median RSS 330 → 247 MB).
      idleTimeout: 1_000,
      // A smaller young generation than V8's 48 MB: 83 MB of heap after that page instead of 99,
      // with no change in pages a second (extraction in threads is not what the crawl waits for).
      resourceLimits: { maxYoungGenerationSizeMb: 24 },
    });
    const pool = this.pool;
    return this.offThread.add(async () => {
      try {
        return await pool.run(input, { signal: AbortSignal.timeout(this.deadlineMs) });
      } catch (error) {
        // The thread was stopped mid-parse; the pool starts another for the next page.
        if ((error as Error).name !== 'AbortError') throw error;
        const kilobytes = Math.round(input.body.length / 1024);
        throw new Error(
          `extraction gave up after ${this.deadlineMs / 1000} s on a page of ${kilobytes} K characters (deeply nested markup?)`,
        );
      }
    });
  }

  /**
   * Resolves when few pages wait for their extraction on the main thread. Turns of the event loop
   * let sockets in between extractions; without this, a crawl would go on reading bodies faster
   * than the main thread extracts them, and a level of 1,500 pages would wait in memory, unparsed.
   */
  caughtUp(): Promise<void> {
    if (this.inlineBacklog < maxInlineBacklog) return Promise.resolve();
    return new Promise((resolve) => this.waitingForBacklog.push(resolve));
  }

  /** Ends the worker threads (waiting for pages being extracted); a closed pool starts again if used. */
  async close(): Promise<void> {
    // Pages already handed over are extracted first.
    await this.offThread.onIdle();
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}
