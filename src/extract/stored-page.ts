// One page's extraction as it leaves extract: its facts serialized, and the few the crawl reads at
// once. The same on the main thread and in a worker thread (extract-worker.ts).
import { deserialize, serialize } from 'node:v8';
import type { PageFacts } from '../model/index.js';
import { type ExtractInput, extractPageFacts } from './page-facts.js';

/** What the crawl needs from a page as soon as it is parsed (src/crawl's ParsedPage). */
export interface CrawlSignals {
  /** Links to http(s) pages of the site. */
  links: string[];
  contentHash: string;
  wordCount: number;
  hasAppRoot: boolean;
  noscriptText: string;
}

export interface StoredPage {
  /** The page's facts, v8-serialized (`readFacts` reads them back). */
  stored: Uint8Array;
  crawl: CrawlSignals;
}

export function extractStored(input: ExtractInput): StoredPage {
  const facts = extractPageFacts(input);
  const crawl: CrawlSignals = {
    links: facts.links.filter((link) => link.kind === 'http' && link.internal && link.url).map((link) => link.url as string),
    contentHash: facts.contentHash,
    wordCount: facts.wordCount,
    hasAppRoot: facts.hasAppRoot,
    noscriptText: facts.noscriptText,
  };
  // Serialized facts and cloned signals hold copies of their strings: the body can go.
  return { stored: serialize(facts), crawl: structuredClone(crawl) };
}

/** A page's facts back from their stored form. */
export function readFacts(stored: Uint8Array): PageFacts {
  return deserialize(stored) as PageFacts;
}
