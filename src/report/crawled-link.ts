// A URL found on a crawled site, as the report shows it.
/** A URL found on a crawled site: a link only when it is plain http(s), text otherwise. */
export interface CrawledLink {
  text: string;
  href?: string;
}

export function crawledLink(url: string): CrawledLink {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return { text: url, href: parsed.href };
  } catch {
    // Not a URL: shown as text.
  }
  return { text: url };
}
