// Pages 2 and beyond of a paginated list, as CMSs write them, and the first page of their series.
// Google: "Don't use the first page of a paginated sequence as the canonical page. Instead, give
// each page in the sequence its own canonical URL"
// (https://developers.google.com/search/docs/specialty/ecommerce/pagination-and-incremental-page-loading).
import { type PageFacts, resolveAgainst, urlKey } from '../model/index.js';

/** `/actualites/page/3/` (WordPress pretty permalinks). */
const pageSegment = /\/page\/(\d+)(\/?)$/i;
/** Page numbers counted from 1: `?page=2` (most CMSs), `?paged=2` (WordPress plain permalinks), `?pg=2`, `?pagenum=2`. */
const pageNumberParameters = /^(page|paged|pg|pagenum|page_num|num_page|pagina)$/i;
/** Offsets into the list: `?start=10`, `?limitstart=10` (Joomla), `?debut_articles=10` (SPIP), `?offset=10`. */
const offsetParameters = /^(start|limitstart|offset|debut_\w+)$/i;

/**
 * The URL of the first page when `url` is page 2 or beyond of a list, else undefined. Drupal
 * counts `?page=` from 0, so on a Drupal site `?page=1` is already the second page.
 */
export function firstPageOf(url: string, drupal = false): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  let later = false;
  const segment = pageSegment.exec(parsed.pathname);
  if (segment && Number(segment[1]) >= 2) {
    parsed.pathname = parsed.pathname.replace(pageSegment, '/');
    later = true;
  }
  // Raw `name=value` pieces, so that `?rubrique3&debut_articles=10` keeps its valueless `rubrique3`.
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((piece) => {
      if (piece === '') return false;
      const [rawName = '', rawValue = ''] = piece.split('=', 2);
      const name = safeDecode(rawName);
      const value = rawValue === '' ? NaN : Number(rawValue);
      const isLater =
        Number.isInteger(value) &&
        ((pageNumberParameters.test(name) && (value >= 2 || (drupal && name.toLowerCase() === 'page' && value >= 1))) ||
          (offsetParameters.test(name) && value > 0));
      if (isLater) later = true;
      return !isLater;
    });
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return later ? urlKey(parsed.href) : undefined;
}

/** `%E9` and other malformed escapes of a hostile URL are read as written, not thrown. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Where the first page of a page's series may be, when the page is page 2 or beyond: the URL
 * without its page number or offset, and the first page its `rel="prev"` leads back to. Empty
 * for a page outside a series or its first page.
 */
export function firstPageOfSeries(page: PageFacts): string[] {
  const drupal = page.tags.cms.includes('drupal');
  const candidates = new Set<string>();
  const byUrl = firstPageOf(page.url, drupal);
  if (byUrl) candidates.add(byUrl);
  const prev = page.paginationLinks.prev;
  if (prev) {
    const previous = resolveAgainst(prev, page.url);
    candidates.add(firstPageOf(previous, drupal) ?? previous);
  }
  return [...candidates];
}
