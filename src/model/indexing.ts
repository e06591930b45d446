// Whether a page may appear in search results, and where it points search engines instead:
// one reading of robots directives and canonicals for the audit, the checks and the store.
import type { PageFacts } from './page-facts.js';
import { urlKey } from './urls.js';

/** The directive that removes a page from results (`none` means `noindex, nofollow`), if any. */
export function noindexDirective(directives: readonly string[]): string | undefined {
  return directives.find((directive) => directive === 'noindex' || directive === 'none');
}

export function forbidsIndexing(directives: readonly string[]): boolean {
  return noindexDirective(directives) !== undefined;
}

/** Where a page says noindex: its `<meta name="robots">` first, else its X-Robots-Tag header. */
export function noindexSource(page: PageFacts): { directive: string; where: 'meta' | 'header' } | undefined {
  const inMeta = noindexDirective(page.metaRobots);
  if (inMeta) return { directive: inMeta, where: 'meta' };
  const inHeader = noindexDirective(page.xRobotsTag);
  return inHeader ? { directive: inHeader, where: 'header' } : undefined;
}

export function isIndexable(page: PageFacts): boolean {
  return noindexSource(page) === undefined;
}

/** A URL as written in a page, resolved against the page and normalised; the raw text when it cannot be. */
export function resolveAgainst(value: string, pageUrl: string): string {
  try {
    return urlKey(new URL(value.trim(), pageUrl).href);
  } catch {
    return value.trim();
  }
}

/** The canonical the page declares (tag, else Link header), as written. */
export function declaredCanonical(page: PageFacts): string | undefined {
  return page.canonicalTag?.trim() || page.canonicalHeader?.trim() || undefined;
}

/** The page's canonical URL, resolved; undefined when it declares none or an unparsable one. */
export function resolvedCanonical(page: PageFacts): string | undefined {
  const declared = declaredCanonical(page);
  if (!declared) return undefined;
  try {
    return urlKey(new URL(declared, page.url).href);
  } catch {
    return undefined;
  }
}
