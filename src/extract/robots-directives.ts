// Robots directives from <meta name="robots"> and X-Robots-Tag, as search engines read them:
// names and values case-insensitive, several directives per value, and (in the header) an
// optional user-agent prefix that scopes the directives after it.

/** Robots muniseo judges indexability for; directives aimed at other crawlers are ignored. */
export const searchEngineRobots = ['robots', 'googlebot', 'bingbot'] as const;

/** Directives that carry their own `name: value` and must not be read as a user-agent prefix. */
const valuedDirectives = new Set(['max-snippet', 'max-image-preview', 'max-video-preview', 'unavailable_after', 'indexifembedded']);

export function metaRobotsDirectives(content: string | undefined): string[] {
  if (!content) return [];
  return content
    .toLowerCase()
    .split(',')
    .flatMap((part) => (part.includes(':') ? [part.trim()] : part.trim().split(/\s+/)))
    .filter(Boolean);
}

export function xRobotsTagDirectives(value: string | undefined): string[] {
  if (!value) return [];
  const kept: string[] = [];
  let agent: string | undefined;
  for (const raw of value.toLowerCase().split(',')) {
    let part = raw.trim();
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
