// robots.txt as RFC 9309 reads it: groups by user-agent (our own token first, then `*`),
// longest-match Allow/Disallow with `*` and `$`, Allow winning ties, plus the
// non-standard but widespread Crawl-delay and Sitemap lines.

interface Rule {
  allow: boolean;
  pattern: string;
  matcher: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay?: number;
}

export interface RobotsTxt {
  /** `missing` (404/4xx or none): allow all; `unavailable` (5xx, network): disallow all for now. */
  status: 'ok' | 'missing' | 'unavailable';
  httpStatus: number | null;
  url: string;
  /** Raw text, kept for the checks (bounded to 500 KiB as RFC 9309 allows). */
  text: string;
  groups: Group[];
  sitemaps: string[];
  problems: string[];
}

const maxRobotsBytes = 500 * 1024;

export function parseRobotsTxt(text: string, url: string, httpStatus: number | null = 200): RobotsTxt {
  const bounded = text.length > maxRobotsBytes ? text.slice(0, maxRobotsBytes) : text;
  const robots: RobotsTxt = { status: 'ok', httpStatus, url, text: bounded, groups: [], sitemaps: [], problems: [] };
  if (text.length > maxRobotsBytes) robots.problems.push(`file larger than ${maxRobotsBytes} bytes; the rest is ignored`);
  let current: Group | undefined;
  let lastWasAgent = false;
  bounded.split(/\r\n|\r|\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) return;
    const colon = line.indexOf(':');
    if (colon < 0) {
      robots.problems.push(`line ${index + 1}: no colon in "${rawLine.trim().slice(0, 80)}"`);
      return;
    }
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    switch (field) {
      case 'user-agent':
        if (!current || !lastWasAgent) {
          current = { agents: [], rules: [] };
          robots.groups.push(current);
        }
        current.agents.push(value.toLowerCase());
        lastWasAgent = true;
        return;
      case 'allow':
      case 'disallow':
        lastWasAgent = false;
        if (!current) {
          robots.problems.push(`line ${index + 1}: ${field} before any user-agent`);
          return;
        }
        if (value === '') return; // An empty Disallow allows everything; an empty Allow says nothing.
        current.rules.push({ allow: field === 'allow', pattern: value, matcher: patternToRegExp(value) });
        return;
      case 'crawl-delay': {
        lastWasAgent = false;
        const delay = Number(value);
        if (!current || !Number.isFinite(delay) || delay < 0) {
          robots.problems.push(`line ${index + 1}: invalid crawl-delay "${value}"`);
          return;
        }
        current.crawlDelay = delay;
        return;
      }
      case 'sitemap':
        if (/^https?:\/\//i.test(value)) robots.sitemaps.push(value);
        else robots.problems.push(`line ${index + 1}: sitemap URL is not absolute: "${value}"`);
        return;
      default:
        lastWasAgent = false;
        if (!['host', 'clean-param', 'noindex', 'request-rate', 'visit-time'].includes(field)) {
          robots.problems.push(`line ${index + 1}: unknown field "${field}"`);
        }
    }
  });
  return robots;
}

export function missingRobotsTxt(url: string, httpStatus: number | null): RobotsTxt {
  return { status: 'missing', httpStatus, url, text: '', groups: [], sitemaps: [], problems: [] };
}

export function unavailableRobotsTxt(url: string, httpStatus: number | null, reason: string): RobotsTxt {
  return { status: 'unavailable', httpStatus, url, text: '', groups: [], sitemaps: [], problems: [reason] };
}

/** The group that applies to a user-agent token: the most specific named group, else `*`. */
function groupFor(robots: RobotsTxt, token: string): Rule[] & { crawlDelay?: number } {
  const name = token.toLowerCase();
  const named = robots.groups.filter((group) => group.agents.some((agent) => agent !== '*' && name.includes(agent)));
  const chosen = named.length > 0 ? named : robots.groups.filter((group) => group.agents.includes('*'));
  const rules: Rule[] & { crawlDelay?: number } = chosen.flatMap((group) => group.rules);
  const delays = chosen.map((group) => group.crawlDelay).filter((delay): delay is number => delay !== undefined);
  if (delays.length > 0) rules.crawlDelay = Math.max(...delays);
  return rules;
}

export function isAllowed(robots: RobotsTxt, url: string, token: string): boolean {
  if (robots.status === 'unavailable') return false;
  if (robots.status === 'missing') return true;
  const { pathname, search } = new URL(url);
  if (pathname === '/robots.txt') return true;
  const path = encodePath(pathname) + search;
  let best: Rule | undefined;
  for (const rule of groupFor(robots, token)) {
    if (!rule.matcher.test(path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) {
      best = rule;
    }
  }
  return best ? best.allow : true;
}

export function crawlDelaySeconds(robots: RobotsTxt, token: string): number | undefined {
  return groupFor(robots, token).crawlDelay;
}

/** True when robots.txt forbids the whole site to `token` (a staging copy's `Disallow: /`). */
export function blocksWholeSite(robots: RobotsTxt, origin: string, token: string): boolean {
  return !isAllowed(robots, `${origin}/`, token);
}

function patternToRegExp(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => encodePath(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Percent-encodes what RFC 9309 compares in encoded form, leaving existing escapes alone. */
function encodePath(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase()).replace(/[^\x21-\x7e]/g, (char) => encodeURIComponent(char));
}
