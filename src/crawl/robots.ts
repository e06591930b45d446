// robots.txt as RFC 9309 reads it: groups by user-agent product token (our own token, else
// `*`), groups for the same token combined, longest-match Allow/Disallow with `*` and `$`,
// Allow winning ties, paths compared in one percent-encoded form; plus the widespread
// Crawl-delay and Sitemap lines. The parsed file is plain data (it is stored with the
// study); what the checks need besides the rules is kept in `problems`.

export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written. */
  pattern: string;
}

export interface RobotsGroup {
  /** Product tokens, lower-cased (`*` for every crawler). */
  agents: string[];
  rules: RobotsRule[];
  crawlDelay?: number;
}

export interface RobotsTxt {
  /** `missing` (4xx or none): allow all; `unavailable` (5xx, network): disallow all for now. */
  status: 'ok' | 'missing' | 'unavailable';
  httpStatus: number | null;
  url: string;
  /** Raw text, kept for the checks (bounded to 500 KiB as RFC 9309 allows). */
  text: string;
  groups: RobotsGroup[];
  sitemaps: string[];
  /** What a site owner should fix: syntax errors, unknown fields, clamped values. */
  problems: string[];
}

const maxRobotsBytes = 500 * 1024;
/** Fields that are not RFC 9309 rules but are common enough not to be reported as mistakes. */
const knownExtensions = new Set(['host', 'clean-param', 'noindex', 'request-rate', 'visit-time', 'crawl-delay', 'sitemap']);

export function parseRobotsTxt(text: string, url: string, httpStatus: number | null = 200): RobotsTxt {
  const bounded = (text.length > maxRobotsBytes ? text.slice(0, maxRobotsBytes) : text).replace(/^\uFEFF/, '');
  const robots: RobotsTxt = { status: 'ok', httpStatus, url, text: bounded, groups: [], sitemaps: [], problems: [] };
  if (text.length > maxRobotsBytes) robots.problems.push(`file larger than ${maxRobotsBytes} bytes; the rest is ignored`);
  let current: RobotsGroup | undefined;
  let collectingAgents = false;
  bounded.split(/\r\n|\r|\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) return;
    const where = `line ${index + 1}`;
    const colon = line.indexOf(':');
    if (colon < 0) {
      robots.problems.push(`${where}: no colon in "${rawLine.trim().slice(0, 80)}"`);
      return;
    }
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    switch (field) {
      case 'user-agent': {
        // A user-agent line after rules starts a new group; consecutive ones share a group.
        if (!current || !collectingAgents) {
          current = { agents: [], rules: [] };
          robots.groups.push(current);
        }
        collectingAgents = true;
        const token = productToken(value);
        if (token) current.agents.push(token);
        else robots.problems.push(`${where}: user-agent without a product token`);
        return;
      }
      case 'allow':
      case 'disallow':
        collectingAgents = false;
        if (!current) {
          robots.problems.push(`${where}: ${field} before any user-agent line is ignored`);
          return;
        }
        if (value === '') return; // An empty Disallow allows everything; an empty Allow says nothing.
        if (!value.startsWith('/') && !value.startsWith('*')) {
          robots.problems.push(`${where}: path "${value.slice(0, 80)}" does not start with / and never matches`);
        }
        current.rules.push({ allow: field === 'allow', pattern: value });
        return;
      case 'crawl-delay': {
        collectingAgents = false;
        const delay = Number(value);
        if (!current || value === '' || !Number.isFinite(delay) || delay < 0) {
          robots.problems.push(`${where}: invalid crawl-delay "${value}"`);
          return;
        }
        current.crawlDelay = delay;
        return;
      }
      case 'sitemap':
        // Sitemap lines stand outside groups (RFC 9309 §2.3.5): they neither open nor close one.
        if (/^https?:\/\//i.test(value)) robots.sitemaps.push(value);
        else robots.problems.push(`${where}: sitemap URL is not absolute: "${value.slice(0, 100)}"`);
        return;
      default:
        collectingAgents = false;
        if (!knownExtensions.has(field)) robots.problems.push(`${where}: unknown field "${field.slice(0, 40)}"`);
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

/**
 * The product token of a user-agent value: `Googlebot/2.1 (+http://…)` → `googlebot`.
 * RFC 9309 tokens are letters, `_` and `-`; matching is case-insensitive.
 */
export function productToken(value: string): string {
  if (value.startsWith('*')) return '*';
  return (/^[A-Za-z_-]+/.exec(value)?.[0] ?? '').toLowerCase();
}

/** The groups that apply to `token`: every group naming it, combined; else every `*` group. */
export function groupsFor(robots: RobotsTxt, token: string): RobotsGroup[] {
  const name = productToken(token);
  const named = robots.groups.filter((group) => group.agents.includes(name));
  return named.length > 0 ? named : robots.groups.filter((group) => group.agents.includes('*'));
}

export function isAllowed(robots: RobotsTxt, url: string, token: string): boolean {
  if (robots.status === 'unavailable') return false;
  if (robots.status === 'missing') return true;
  const parsed = new URL(url);
  if (parsed.pathname === '/robots.txt') return true;
  return decide(groupsFor(robots, token), canonicalPath(parsed.pathname + parsed.search))?.allow ?? true;
}

/** The rule deciding `path` (already canonical): the longest match, Allow on a tie. */
function decide(groups: RobotsGroup[], path: string): RobotsRule | undefined {
  let best: { rule: RobotsRule; length: number } | undefined;
  for (const group of groups) {
    for (const rule of group.rules) {
      const compiled = compile(rule);
      if (!compiled.matcher.test(path)) continue;
      if (!best || compiled.length > best.length || (compiled.length === best.length && rule.allow && !best.rule.allow)) {
        best = { rule, length: compiled.length };
      }
    }
  }
  return best?.rule;
}

export function crawlDelaySeconds(robots: RobotsTxt, token: string): number | undefined {
  const delays = groupsFor(robots, token)
    .map((group) => group.crawlDelay)
    .filter((delay): delay is number => delay !== undefined);
  return delays.length > 0 ? Math.max(...delays) : undefined;
}

/** True when robots.txt forbids the whole site to `token` (a staging copy's `Disallow: /`). */
export function blocksWholeSite(robots: RobotsTxt, origin: string, token: string): boolean {
  return !isAllowed(robots, `${origin}/`, token);
}

const compiled = new WeakMap<RobotsRule, { matcher: RegExp; length: number }>();

function compile(rule: RobotsRule): { matcher: RegExp; length: number } {
  const cached = compiled.get(rule);
  if (cached) return cached;
  const anchored = rule.pattern.endsWith('$');
  const canonical = canonicalPath(anchored ? rule.pattern.slice(0, -1) : rule.pattern);
  const body = canonical
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  // "Most octets" (RFC 9309 §2.2.2) counts the pattern in its canonical, encoded form.
  const result = { matcher: new RegExp(`^${body}${anchored ? '$' : ''}`), length: canonical.length + (anchored ? 1 : 0) };
  compiled.set(rule, result);
  return result;
}

const unreserved = /[A-Za-z0-9\-._~]/;

/**
 * One form for paths and patterns (RFC 9309 §2.2.2): characters outside printable ASCII are
 * UTF-8 percent-encoded, escapes of unreserved characters are decoded (`%62%61%7A` is `baz`),
 * other escapes are upper-cased (`%2f` and `%2F` are the same octet, kept encoded).
 */
export function canonicalPath(path: string): string {
  return path
    .replace(/[^\x21-\x7e]/gu, (char) => (char.length === 1 && /[\ud800-\udfff]/.test(char) ? '%EF%BF%BD' : encodeURIComponent(char)))
    .replace(/%([0-9a-fA-F]{2})/g, (escape, hex: string) => {
      const char = String.fromCharCode(parseInt(hex, 16));
      return unreserved.test(char) ? char : `%${hex.toUpperCase()}`;
    });
}
