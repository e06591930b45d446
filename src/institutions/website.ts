// Website addresses as registries give them: schemeless hosts, e-mail addresses in the
// website field, several addresses in one cell. One place decides what a usable URL is.

export type WebsiteCheck =
  | { ok: true; url: string }
  /** `category` counts the rejection in an import summary; `reason` tells the user. */
  | { ok: false; category: WebsiteRejection; reason: string };

export type WebsiteRejection = 'no URL' | 'e-mail address as URL' | 'not an http(s) URL';

/** The demo's fictional sites: `fixture://<site>/`, resolved to a loopback origin later. */
const fixtureUrl = /^fixture:\/\/[a-z0-9][a-z0-9-]*\/\S*$/i;
const emailAddress = /^(mailto:)?[^\s@/]+@[^\s@/]+\.[^\s@/]+$/i;
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;
// A bare host such as `www.mairie-x.fr` or `mairie-x.fr/accueil`: scheme assumed to be https.
const schemelessHost = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/** Accepts http(s) and `fixture://` URLs, adds `https://` to a bare host, rejects the rest with a reason. */
export function checkWebsite(raw: string): WebsiteCheck {
  const value = raw.trim();
  if (value === '') return { ok: false, category: 'no URL', reason: 'no URL' };
  if (fixtureUrl.test(value)) return { ok: true, url: value };
  if (emailAddress.test(value))
    return { ok: false, category: 'e-mail address as URL', reason: `an e-mail address, not a website: ${value}` };
  let candidate = value;
  if (!hasScheme.test(value) || /^[^:/]+:\d+(\/|$)/.test(value)) {
    if (!schemelessHost.test(value)) return { ok: false, category: 'not an http(s) URL', reason: `not a URL: ${value}` };
    candidate = `https://${value}`;
  }
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { ok: false, category: 'not an http(s) URL', reason: `not a URL: ${value}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, category: 'not an http(s) URL', reason: `not an http(s) URL: ${value}` };
  }
  if (!parsed.hostname.includes('.') && parsed.hostname !== 'localhost') {
    return { ok: false, category: 'not an http(s) URL', reason: `no domain in URL: ${value}` };
  }
  parsed.hash = '';
  return { ok: true, url: parsed.href };
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

/** A stable identity for an institution known by its website only: `www.Ville-X.fr` → `ville-x-fr`. */
export function hostSlug(url: string): string {
  return hostOf(url)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
