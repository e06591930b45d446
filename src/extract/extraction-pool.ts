// Page extraction for a crawl or a study: small pages on the calling thread, large ones in a pool
// of worker threads, so that parsing a 1 MiB page does not stall every other site's requests and
// timers for a second. Either way a page's facts leave extraction serialized (v8.serialize, the
// structured clone's format): a compact buffer outside the JavaScript heap, read back when the
// site's checks run. Serializing copies every string, so no fact keeps a slice of the body alive
// (cheerio's attribute values and texts are V8 sliced strings of the whole body); and the heap
// holds only what is being checked, not every page of every site being crawled, which V8 would
// let grow to several times that before collecting (bench/crawl: 909 MB peak RSS before, for 20
// sites × 2,500 pages; a site's facts are 36 MB of heap, 2,500 generated municipal pages).
// The pool also holds crawls back while small pages wait for the main thread (`caughtUp`).
import { availableParallelism } from 'node:os';
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
}

export const defaultOffThreadChars = 32 * 1024;
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
  private inlineBacklog = 0;
  private readonly waitingForBacklog: (() => void)[] = [];

  constructor(options: ExtractionPoolOptions = {}) {
    this.offThreadChars = options.offThreadChars ?? defaultOffThreadChars;
    this.threads = options.threads ?? Math.min(4, Math.max(1, availableParallelism() - 1));
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
    return this.pool.run(input);
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
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}
