// robots.txt rules as plain data and how they decide, shared by the crawl (what muniseo may fetch)
// and the checks (what search engines may crawl). RFC 9309: groups by user-agent product token
// (the token's own groups, else `*`), groups for the same token combined, longest-match
// Allow/Disallow with `*` and `$`, Allow winning ties, paths compared in one percent-encoded form.
import { renderCrawlMessage } from './crawl-messages.js';
import type { Message } from './messages.js';

export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written. */
  pattern: string;
}

export interface RobotsGroup {
  /** Product tokens, lower-cased (`*` for every crawler). */
  agents: string[];
  rules: RobotsRule[];
  /**
   * Crawl-delay by product token: a Crawl-delay line applies to the agents named before it in the
   * group (`User-agent: *`, `Crawl-delay: 10`, `User-agent: muniseo`, `Crawl-delay: 2` gives `*` 10 s
   * and muniseo 2 s), since the line does not end the group's list of agents.
   */
  crawlDelays?: Record<string, number>;
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
  /** What a site owner should fix: syntax errors, unknown fields, clamped values (in English). */
  problems: string[];
  /** The same problems as crawl messages, in the same order (absent from results stored before they existed). */
  problemMessages?: Message[];
}

export function missingRobotsTxt(url: string, httpStatus: number | null): RobotsTxt {
  return { status: 'missing', httpStatus, url, text: '', groups: [], sitemaps: [], problems: [] };
}

/** robots.txt that cannot be read for now (5xx, network); `reason` is a crawl message or, in tests, English text. */
export function unavailableRobotsTxt(url: string, httpStatus: number | null, reason: string | Message): RobotsTxt {
  const robots: RobotsTxt = { status: 'unavailable', httpStatus, url, text: '', groups: [], sitemaps: [], problems: [] };
  if (typeof reason === 'string') robots.problems.push(reason);
  else addRobotsProblem(robots, reason);
  return robots;
}

/** Records a problem both ways: as a message, and in English in `problems`, which earlier readers use. */
export function addRobotsProblem(robots: RobotsTxt, problem: Message): void {
  robots.problems.push(renderCrawlMessage(problem, 'en'));
  (robots.problemMessages ??= []).push(problem);
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
    .map((group) => group.crawlDelays?.[group.agents.includes(productToken(token)) ? productToken(token) : '*'])
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
