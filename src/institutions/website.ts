// Website addresses as registries and command lines give them: schemeless hosts, IDN, ports,
// trailing dots, e-mail addresses in the website field, several addresses in one cell. One place
// decides what a usable URL is.
import { domainToUnicode } from 'node:url';

export type WebsiteCheck =
  | { ok: true; url: string }
  /** `category` counts the rejection in an import summary; `reason` tells the user. */
  | { ok: false; category: WebsiteRejection; reason: string };

export type WebsiteRejection = 'no URL' | 'e-mail address as URL' | 'not an http(s) URL';

/** The demo's fictional sites: `fixture://<site>/`, resolved to a loopback origin later. */
const fixtureUrl = /^fixture:\/\/[a-z0-9][a-z0-9-]*\/\S*$/i;
const emailAddress = /^(mailto:)?[^\s@/]+@[^\s@/]+\.[^\s@/]+$/i;
const scheme = /^[a-z][a-z0-9+.-]*:/i;
// `www.laval.fr:8080/…` and `localhost:8080` read like a scheme followed by a port: they are hosts.
const hostAndPort = /^[^:/?#\s]+:\d+(?:[/?#]|$)/;
// After the WHATWG parser: lower case, IDN in punycode. Letters, digits and inner hyphens a label.
const domainLabel = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const topLevelLabel = /^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/;
const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Accepts http(s) and `fixture://` URLs, adds `https://` to a bare host, rejects the rest with a
 * reason. Hosts are normalised: IDN in punycode (`saint-étienne.fr` → `xn--saint-tienne-geb.fr`;
 * `hostLabel` shows it in Unicode), the trailing dot of a fully qualified name dropped (so that
 * `www.laval.fr.` and `www.laval.fr` are one institution), a port kept.
 */
export function checkWebsite(raw: string): WebsiteCheck {
  const value = raw.trim();
  if (value === '') return { ok: false, category: 'no URL', reason: 'no URL' };
  if (fixtureUrl.test(value)) return { ok: true, url: value };
  if (emailAddress.test(value))
    return { ok: false, category: 'e-mail address as URL', reason: `an e-mail address, not a website: ${value}` };
  const bare = !scheme.test(value) || hostAndPort.test(value);
  let parsed: URL;
  try {
    parsed = new URL(bare ? `https://${value}` : value);
  } catch {
    return { ok: false, category: 'not an http(s) URL', reason: `not a URL: ${value}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, category: 'not an http(s) URL', reason: `not an http(s) URL: ${value}` };
  }
  const host = parsed.hostname.replace(/\.$/, '');
  if (host === '' || (!host.includes('.') && host !== 'localhost' && !host.startsWith('['))) {
    return { ok: false, category: 'not an http(s) URL', reason: `no domain in URL: ${value}` };
  }
  if (!isHostName(host)) return { ok: false, category: 'not an http(s) URL', reason: `not a URL: ${value}` };
  parsed.hostname = host;
  parsed.hash = '';
  return { ok: true, url: parsed.href };
}

/** A domain name, `localhost`, an IPv4 address or a bracketed IPv6 address (as the URL parser writes them). */
function isHostName(host: string): boolean {
  if (host === 'localhost' || ipv4.test(host) || /^\[[0-9a-f:.]+\]$/.test(host)) return true;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => domainLabel.test(label)) && topLevelLabel.test(labels.at(-1) ?? '');
}

/** The first usable website among several candidates, or why none is. */
export function firstWebsite(candidates: readonly string[]): WebsiteCheck {
  let firstRejection: WebsiteCheck | undefined;
  for (const candidate of candidates.flatMap(splitCell)) {
    const checked = checkWebsite(candidate);
    if (checked.ok) return checked;
    firstRejection ??= checked;
  }
  return firstRejection ?? { ok: false, category: 'no URL', reason: 'no URL' };
}

// Cells sometimes hold "https://a.fr https://b.fr" or "a.fr ; b.fr".
function splitCell(cell: string): string[] {
  return cell.split(/[\s;|]+/).filter((part) => part !== '');
}

/**
 * The host of a URL (lower case, without `www.`, with its port when not the default one:
 * two sites on one machine differ only by port), `fixture://` included.
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The host as people read it, for names and messages: Unicode (`saint-étienne.fr`, where the URL
 * holds `xn--saint-tienne-geb.fr`), without `www.`, with a port that is not the default one.
 */
export function hostLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const name = parsed.hostname.startsWith('[') ? parsed.hostname : domainToUnicode(parsed.hostname) || parsed.hostname;
    return `${name.replace(/^www\./, '')}${parsed.port ? `:${parsed.port}` : ''}`;
  } catch {
    return '';
  }
}

/** A stable identity for an institution known by its website only: `www.Ville-X.fr` → `ville-x-fr`. */
export function hostSlug(url: string): string {
  return hostOf(url)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
