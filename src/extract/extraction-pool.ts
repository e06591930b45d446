// Page extraction for a crawl or a study: small pages on the calling thread, large ones in a pool
// of worker threads, so that parsing a 1 MiB page does not stall every other site's requests and
// timers for a second. Either way a page's facts leave extraction serialized (v8.serialize, the
// structured clone's format): a compact buffer outside the JavaScript heap, read back when the
// site's checks run. Serializing copies every string, so no fact keeps a slice of the body alive
// (cheerio's attribute values and texts are V8 sliced strings of the whole body); and the heap
// holds only what is being checked, not every page of every site being crawled, which V8 would
// let grow to several times that before collecting (bench/crawl: 909 MB peak RSS before, for 20
// sites × 2,500 pages; a site's facts are 36 MB of heap, 2,500 generated municipal pages).
// The pool also judges big sites (src/judge.ts: facts read back, checks run) in a thread of their
// own, and holds crawls back while small pages wait for the main thread (`caughtUp`).
import { availableParallelism } from 'node:os';
import { threadId } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { workerScriptAt } from '../typescript-workers.js';
import { type ExtractInput } from './page-facts.js';
import { extractStored, type StoredPage } from './stored-page.js';
import { type Judgement, type JudgeInput, judgeSite } from '../judge.js';
import { inTurn } from '../event-loop-turns.js';

export type { CrawlSignals, StoredPage } from './stored-page.js';
export { readFacts } from './stored-page.js';

/** A page's stored facts, and the thread that extracted them (0 is the main thread). */
export interface ExtractedPage extends StoredPage {
  threadId: number;
}

/** A site's judgement, and the thread that made it (0 is the main thread). */
export interface JudgedSite extends Judgement {
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
   * Sites of at least this many pages are judged (facts read back, checks run: src/judge.ts) in a
   * worker thread of their own. The catalogue costs about 0.6 ms a page on this machine, and its
   * costliest checks 0.1–0.3 ms a page each: a site of 100 pages is judged in some 60 ms, under
   * the 100 ms a crawl's timers tolerate; 2,500 pages would take the main thread for 2 s.
   * @default 100
   */
  offThreadPages?: number;
  /**
   * Extraction's worker threads at most: one core is left to the main thread, which fetches.
   * @default availableParallelism() - 1, between 1 and 4
   */
  threads?: number;
}

export const defaultOffThreadChars = 32 * 1024;
/**
 * Pages waiting for their extraction on the main thread beyond which crawls wait before fetching
 * (`caughtUp`): the study's request concurrency, so that a crawl fetches no faster than it reads.
 */
export const maxInlineBacklog = 16;
export const defaultOffThreadPages = 100;

/** Page extraction and site judgement, each on the main thread when small and in worker threads when large. */
export class ExtractionPool {
  private pool?: Piscina<ExtractInput, ExtractedPage>;
  private judging?: Piscina<JudgeInput, JudgedSite>;
  private readonly offThreadChars: number;
  private readonly offThreadPages: number;
  private readonly threads: number;
  private inlineBacklog = 0;
  private readonly waitingForBacklog: (() => void)[] = [];

  constructor(options: ExtractionPoolOptions = {}) {
    this.offThreadChars = options.offThreadChars ?? defaultOffThreadChars;
    this.offThreadPages = options.offThreadPages ?? defaultOffThreadPages;
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
    this.pool ??= startPool(new URL('./extract-worker.js', import.meta.url), this.threads, 10_000);
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

  /**
   * The site's judgement from its crawl and stored facts. One thread judges: a study judges one
   * site at a time anyway (AuditOptions.checking), and the thread holds that site's facts only.
   */
  async judge(input: JudgeInput): Promise<JudgedSite> {
    if (input.stored.size < this.offThreadPages) return inTurn(() => ({ ...judgeSite(input), threadId }));
    // The thread ends with the site, and its young generation is kept small: judging 2,500 pages,
    // the thread's heap grew to 103 MB with V8's default and to 78 MB with 4 MB, for 20% more time
    // (bench/crawl 4 × 2,500: peak RSS 434 → 390 MB; judging is off the crawl's path either way).
    this.judging ??= startPool(new URL('../judge-worker.js', import.meta.url), 1, 0, 4);
    // Moved to the thread, not copied: the main thread lets go of the site's facts at once.
    return this.judging.run(input, { transferList: ownBuffers(input.stored.values()) });
  }

  /** Ends the worker threads (waiting for the work under way); a closed pool starts again if used. */
  async close(): Promise<void> {
    const pools = [this.pool, this.judging];
    this.pool = undefined;
    this.judging = undefined;
    await Promise.all(pools.map((pool) => pool?.close()));
  }
}

/** The memory of each view that has its own (a view into a shared pool of small buffers is copied instead). */
function ownBuffers(views: Iterable<Uint8Array>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const view of views) {
    const { buffer } = view;
    if (buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === buffer.byteLength) buffers.add(buffer);
  }
  return [...buffers];
}

function startPool<Input, Output>(worker: URL, threads: number, idleTimeout: number, youngGenerationMb?: number): Piscina<Input, Output> {
  const script = workerScriptAt(worker);
  return new Piscina({
    filename: script.path,
    execArgv: script.execArgv,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout,
    ...(youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } } : {}),
  });
}
