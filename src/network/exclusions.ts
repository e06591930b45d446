// The exclusion list: hosts and domains whose owners asked not to be crawled. A domain excludes its
// subdomains (`laval.fr` keeps muniseo away from `www.laval.fr` too); a host written with `www.`
// excludes that host and the hosts under it, not the bare domain.
import { isIP } from 'node:net';

/** A host name in the form requests use: ASCII (punycode), lower case, no trailing dot, no brackets. */
export function canonicalHost(host: string): string | undefined {
  const trimmed = host
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (!trimmed) return undefined;
  try {
    // The WHATWG URL parser writes host names as requests send them (IDN as punycode, IPv6 compressed).
    const hostname = new URL(`http://${isIP(trimmed) === 6 ? `[${trimmed}]` : trimmed}/`).hostname;
    return hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

export interface ExclusionFileProblem {
  line: number;
  text: string;
}

/**
 * Reads an exclusion file: one host or domain a line, `#` starts a comment, blank lines ignored.
 * A line may also be a URL (`https://www.laval.fr/`), whose host is taken, or `*.laval.fr`, read as
 * `laval.fr`. A port is ignored: an owner's refusal covers the whole host.
 */
export function parseExclusions(text: string): { hosts: string[]; problems: ExclusionFileProblem[] } {
  const hosts: string[] = [];
  const problems: ExclusionFileProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const entry = raw.replace(/#.*$/, '').trim();
    if (!entry) return;
    const host = hostOfEntry(entry);
    if (host) hosts.push(host);
    else problems.push({ line: index + 1, text: raw.trim() });
  });
  return { hosts: [...new Set(hosts)], problems };
}

function hostOfEntry(entry: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
    try {
      return canonicalHost(new URL(entry).hostname);
    } catch {
      return undefined;
    }
  }
  const host = entry.replace(/^\*\./, '');
  if (/[\s/@*]/.test(host)) return undefined;
  // "host:port" (not a bare IPv6 address, whose last group looks like a port).
  return canonicalHost(isIP(host.replace(/^\[|\]$/g, '')) === 6 ? host : host.replace(/:\d+$/, ''));
}

/** The entry of `exclusions` that covers `host` (itself or a parent domain), or undefined. */
export function exclusionRuleFor(host: string, exclusions: readonly string[]): string | undefined {
  const name = canonicalHost(host);
  if (!name) return undefined;
  return exclusions.find((entry) => {
    const rule = canonicalHost(entry) ?? entry;
    return name === rule || name.endsWith(`.${rule}`);
  });
}
