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

/**
 * Strings read back once for a site's pages: every page's copy of its menu, footer and sidebar
 * links is the same text and the same URLs, each a string of its own when read back. Sharing
 * them took a site's facts from 39 to 31 MB of heap on bench/crawl's generated site, whose pages
 * share few links; a town's site repeats a menu of dozens of links on every page.
 */
export class SharedStrings {
  private readonly known = new Map<string, string>();

  of<T extends string | undefined>(text: T): T {
    if (text === undefined) return text;
    const known = this.known.get(text);
    if (known !== undefined) return known as T;
    this.known.set(text, text);
    return text;
  }
}

/** A page's facts back from their stored form, their links' strings shared with other pages' when given `strings`. */
export function readFacts(stored: Uint8Array, strings?: SharedStrings): PageFacts {
  const facts = deserialize(stored) as PageFacts;
  if (strings) {
    for (const link of facts.links) {
      link.href = strings.of(link.href);
      link.text = strings.of(link.text);
      link.kind = strings.of(link.kind);
      if (link.url !== undefined) link.url = strings.of(link.url);
      if (link.lang !== undefined) link.lang = strings.of(link.lang);
    }
  }
  return facts;
}
