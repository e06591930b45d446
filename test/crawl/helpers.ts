// Shared by the crawl tests: a fast configuration, and a parse hook that does what the audit does.
import { crawlConfigSchema, type CrawlConfig } from '../../src/config.js';
import { extractPageFacts } from '../../src/extract/page-facts.js';
import type { PageFacts, PageSnapshot } from '../../src/model/index.js';
import type { CrawlHooks, ParsedPage } from '../../src/crawl/site-crawl.js';

/**
 * Defaults with short timeouts: a test site that hangs must not hold the suite. The fixture web
 * lives on 127.0.0.1, which the network policy opens only with `allowPrivateNetwork`. No Chromium
 * unless a test asks for it (`renderHome`, `browserFallback`): a browser launch per crawl would slow
 * every test.
 */
export function testConfig(overrides: Partial<CrawlConfig> = {}): CrawlConfig {
  return crawlConfigSchema.parse({
    allowPrivateNetwork: true,
    requestTimeoutSecs: 5,
    connectTimeoutSecs: 2,
    siteBudgetSecs: 60,
    browserFallback: false,
    renderHome: false,
    ...overrides,
  });
}

export interface ExtractingParser {
  parse: CrawlHooks['parse'];
  /** Facts by final URL, as the audit keeps them. */
  facts: Map<string, PageFacts>;
  /** Every snapshot parse was called with (body included). */
  parsed: (PageSnapshot & { body: string })[];
}

/** The audit's parse hook: extract's facts kept by final URL, internal http links followed. */
export function extractingParser(): ExtractingParser {
  const facts = new Map<string, PageFacts>();
  const parsed: (PageSnapshot & { body: string })[] = [];
  return {
    facts,
    parsed,
    parse: (snapshot, siteOrigin): ParsedPage => {
      parsed.push(snapshot);
      const page = extractPageFacts({
        url: snapshot.finalUrl,
        status: snapshot.status,
        headers: snapshot.headers,
        body: snapshot.body,
        siteOrigin,
      });
      facts.set(snapshot.finalUrl, page);
      return {
        links: page.links.filter((link) => link.kind === 'http' && link.internal && link.url).map((link) => link.url as string),
        contentHash: page.contentHash,
        wordCount: page.wordCount,
        hasAppRoot: page.hasAppRoot,
        noscriptText: page.noscriptText,
      };
    },
  };
}

/** Paths (with query) of the crawled pages, in crawl order. */
export function pathsOf(pages: PageSnapshot[]): string[] {
  return pages.map((page) => {
    const url = new URL(page.requestedUrl);
    return url.pathname + url.search;
  });
}
