// Robots directives from <meta name="robots"> and X-Robots-Tag, as search engines read them:
// names and values case-insensitive, several directives per value, and (in the header) an
// optional user-agent prefix that scopes the directives after it. `unavailable_after` carries a
// date that may hold commas itself (RFC 822 `Fri, 25 Jun 2010 15:00:00 GMT`, RFC 850
// `Friday, 25-Jun-10 15:00:00 GMT`): the date is kept whole
// (https://developers.google.com/search/docs/crawling-indexing/robots-meta-tag#directives).

/** Robots muniseo judges indexability for; directives aimed at other crawlers are ignored. */
export const searchEngineRobots = ['robots', 'googlebot', 'bingbot'] as const;

/** Directives that carry their own `name: value` and must not be read as a user-agent prefix. */
const valuedDirectives = new Set(['max-snippet', 'max-image-preview', 'max-video-preview', 'unavailable_after', 'indexifembedded']);

/** Words that begin a directive: a comma-separated part that starts with none of them continues a date. */
const directiveStart =
  /^(all|none|index|noindex|follow|nofollow|noarchive|nocache|nosnippet|noimageindex|notranslate|noodp|noydir|indexifembedded|max-snippet|max-image-preview|max-video-preview|unavailable_after)\b/;
const startsUnavailableAfter = /^(?:[a-z0-9_-]+\s*:\s*)?unavailable_after\s*:/;

/** Comma-separated parts, lower-cased and trimmed, with the commas of an `unavailable_after` date put back. */
function directiveParts(value: string): string[] {
  const parts: string[] = [];
  for (const raw of value.toLowerCase().split(',')) {
    const part = raw.trim();
    const previous = parts.at(-1);
    const continuesDate =
      previous !== undefined &&
      startsUnavailableAfter.test(previous) &&
      part !== '' &&
      !directiveStart.test(part) &&
      !/^[a-z0-9_-]+\s*:/.test(part);
    if (continuesDate) parts[parts.length - 1] = `${previous}, ${part}`;
    else parts.push(part);
  }
  return parts.filter(Boolean);
}

export function metaRobotsDirectives(content: string | undefined): string[] {
  if (!content) return [];
  return directiveParts(content)
    .flatMap((part) => (part.includes(':') ? [part] : part.split(/\s+/)))
    .filter(Boolean);
}

export function xRobotsTagDirectives(value: string | undefined): string[] {
  if (!value) return [];
  const kept: string[] = [];
  let agent: string | undefined;
  for (const raw of directiveParts(value)) {
    let part = raw;
    const prefix = /^([a-z0-9_-]+)\s*:\s*(.*)$/.exec(part);
    if (prefix && !valuedDirectives.has(prefix[1] ?? '')) {
      agent = prefix[1];
      part = (prefix[2] ?? '').trim();
    }
    if (!part) continue;
    if (agent === undefined || agent === '*' || (searchEngineRobots as readonly string[]).includes(agent)) kept.push(part);
  }
  return kept;
}
