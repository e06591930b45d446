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

/** Why a page is kept out of search results, and where it says so. */
export interface NoindexSource {
  /** The directive as written (lower-cased): `noindex`, `none`, or `unavailable_after: <date>`. */
  directive: string;
  where: 'meta' | 'header';
  /** For `unavailable_after`: the date it names, as an ISO instant, already past when the page was fetched. */
  expiredOn?: string;
}

/**
 * Where a page says noindex: its `<meta name="robots">` first, else its X-Robots-Tag header. A
 * page past its `unavailable_after` date is out of results too (Google stops showing it after that
 * date); "past" is judged against the response's `Date`, so the verdict depends on the page as
 * fetched, not on when muniseo reads it. A page fetched without a `Date` cannot be judged expired.
 */
export function noindexSource(page: PageFacts): NoindexSource | undefined {
  const inMeta = noindexDirective(page.metaRobots);
  if (inMeta) return { directive: inMeta, where: 'meta' };
  const inHeader = noindexDirective(page.xRobotsTag);
  if (inHeader) return { directive: inHeader, where: 'header' };
  const fetchedAt = page.responseDate ? Date.parse(page.responseDate) : NaN;
  if (Number.isNaN(fetchedAt)) return undefined;
  for (const where of ['meta', 'header'] as const) {
    for (const directive of where === 'meta' ? page.metaRobots : page.xRobotsTag) {
      const date = unavailableAfter(directive);
      if (date !== undefined && date.getTime() < fetchedAt) return { directive, where, expiredOn: date.toISOString() };
    }
  }
  return undefined;
}

/** A date and time followed by a time zone: a name (`GMT`, `PST`), `Z`, or an offset (`+01:00`). */
const withZone = /(?:\b(?:gmt|utc|ut|[ecmp][sd]t)|\dz|[+-]\d{2}:?\d{2})$/i;

/**
 * The date of an `unavailable_after: <date>` directive, undefined for any other directive or an
 * unreadable date. Google reads "widely adopted formats", naming RFC 822, RFC 850 and ISO 8601
 * (https://developers.google.com/search/docs/crawling-indexing/robots-meta-tag#unavailable_after).
 * A date without a time zone is read as UTC, so the verdict does not depend on the machine's zone.
 */
export function unavailableAfter(directive: string): Date | undefined {
  const written = /^unavailable_after\s*:\s*(.+)$/i.exec(directive.trim())?.[1]?.trim();
  if (!written) return undefined;
  let time: number;
  if (withZone.test(written) || /^\d{4}-\d{2}-\d{2}$/.test(written)) time = Date.parse(written);
  else if (/^\d{4}-\d{2}-\d{2}t/i.test(written)) time = Date.parse(`${written}Z`);
  else time = Date.parse(`${written} UTC`);
  return Number.isNaN(time) ? undefined : new Date(time);
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
