// The home page rendered once in Chromium for every site, as Googlebot renders pages before it
// follows their links: links only scripts build (a JavaScript menu) are crawled like the others,
// and the gap between the raw and the rendered home page is measured for the checks.
//
// Why not reuse what Lighthouse saw of the home page instead of a render of our own: Lighthouse
// runs after the crawl and the checks (it audits pages the crawl chose), in a lane of its own
// shared by the whole study, and may be off (`--no-lighthouse`); links it saw would arrive too late
// to be crawled, and waiting for its turn would tie every site's crawl to the lane's queue. Its
// result (the LHR) does not carry the rendered DOM or its anchors either: the `AnchorElements`
// artifact stays in the worker, and its audits list only failing links (`crawlable-anchors`,
// `link-text`). Returning artifacts from the worker would send every page's anchors over IPC and
// still arrive after the crawl. So the crawl keeps one render per site, before it follows links.
import type { BreadthFirstCrawl, ParsedPage } from './breadth-first.js';
import type { BrowserRenderer, RenderedPage, RendererOptions } from './render.js';
import {
  crawlMessage,
  type HomeLinks,
  type Message,
  normaliseUrl,
  type PageSnapshot,
  renderCrawlMessage,
  sameSite,
  type SiteCrawl,
} from '../model/index.js';

/** Chromium for one site's crawl, started on first use (Playwright weighs some 30 MB of heap), closed with the crawl. */
export class BrowserAccess {
  private renderer: Promise<BrowserRenderer | null> | undefined;
  private readonly onAbort = () => void this.close();

  constructor(
    private readonly options: RendererOptions,
    private readonly signal: AbortSignal,
  ) {}

  /** The renderer, or null when no Chromium is installed. */
  get(): Promise<BrowserRenderer | null> {
    this.renderer ??= import('./render.js').then(async ({ BrowserRenderer }) => {
      const renderer = await BrowserRenderer.create(this.options);
      // The time budget or Ctrl-C closes the browser at once: a render in flight then fails.
      if (renderer) this.signal.addEventListener('abort', this.onAbort, { once: true });
      return renderer;
    });
    return this.renderer;
  }

  /** Closes Chromium; returns what the network policy refused it (none when it never started). */
  async close(): Promise<BrowserRenderer['refusals']> {
    this.signal.removeEventListener('abort', this.onAbort);
    const renderer = await this.renderer;
    await renderer?.close();
    return renderer?.refusals ?? [];
  }
}

/** The rendered home page: the page (kept for a browser crawl that would otherwise render it again) and its internal links. */
export interface RenderedHome {
  page: RenderedPage;
  /** Distinct internal links of the rendered DOM, normalised, in document order. */
  links: string[];
  words?: number;
}

/** Distinct internal link targets of a page, normalised, in document order. */
export function internalTargets(links: readonly string[], origin: string): string[] {
  const targets = new Set<string>();
  for (const link of links) if (sameSite(link, origin)) targets.add(normaliseUrl(link));
  return [...targets];
}

/** The home page's links raw against rendered: how many targets each shows, and those only rendering shows. */
export function compareHomeLinks(raw: readonly string[], rendered: readonly string[]): HomeLinks {
  const inRaw = new Set(raw);
  return { raw: raw.length, rendered: rendered.length, revealed: rendered.filter((url) => !inRaw.has(url)) };
}

/** Why the home page could not be rendered, as a crawl note: no Chromium, or the render failed. */
export function renderFailure(error: unknown): Message {
  if (error === null) return crawlMessage('crawl.homeRenderNoChromium');
  return crawlMessage('crawl.homeRenderFailed', { detail: error instanceof Error ? error.message : String(error) });
}

export interface HomeRenderContext {
  browser: BrowserAccess;
  /** Schedules a task against the host's politeness and the study's limiter. */
  schedule<T>(url: string, task: () => Promise<T>): Promise<T>;
  parse(snapshot: PageSnapshot & { body: string }, siteOrigin: string): ParsedPage | Promise<ParsedPage>;
  signal: AbortSignal;
}

/** Renders the home page in Chromium; undefined (and a note) when there is no Chromium or the render fails. */
export async function renderHome(
  context: HomeRenderContext,
  home: PageSnapshot,
  origin: string,
  notes: Message[],
): Promise<RenderedHome | undefined> {
  try {
    const renderer = await context.browser.get();
    if (!renderer) {
      notes.push(renderFailure(null));
      return undefined;
    }
    const page = await context.schedule(home.finalUrl, () => renderer.render(home.finalUrl));
    // Parsed under the home page's own URL: the raw parse that follows replaces these facts.
    const parsed = await context.parse({ ...home, renderedWith: 'browser', body: page.html }, origin);
    return { page, links: internalTargets(parsed.links, origin), words: parsed.wordCount };
  } catch (error) {
    if (!context.signal.aborted) notes.push(renderFailure(error));
    return undefined;
  }
}

/** The raw home page against the rendered one: words, links, and the link targets only rendering shows. */
export function homeComparison(
  pass: BreadthFirstCrawl,
  homeUrl: string,
  rawLinks: readonly string[],
  rendered: RenderedHome,
  origin: string,
): NonNullable<SiteCrawl['rawVsRendered']> {
  const raw = pass.summaries.get(normaliseUrl(homeUrl));
  const homeLinks = compareHomeLinks(internalTargets(rawLinks, origin), rendered.links);
  const reasonMessage =
    homeLinks.revealed.length > 0 ? crawlMessage('crawl.renderingRevealedLinks', { count: homeLinks.revealed.length }) : undefined;
  return {
    rawWords: raw?.words ?? 0,
    renderedWords: rendered.words ?? 0,
    rawLinks: homeLinks.raw,
    renderedLinks: homeLinks.rendered,
    pages: 1,
    homeLinks,
    ...(reasonMessage ? { reason: renderCrawlMessage(reasonMessage, 'en'), reasonMessage } : {}),
  };
}
