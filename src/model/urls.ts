// URL normalisation and site scope.

/**
 * One spelling per URL: fragment removed, scheme and host lower-cased, default port dropped
 * (the WHATWG parser does those two), an empty query removed. Trailing slashes are kept:
 * `/mairie` and `/mairie/` may be different pages, and a site serving both is a finding.
 */
export function normaliseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href.replace(/\?$/, '');
}

/** A URL's lookup key: its normalised form, or the text itself when it does not parse. */
export function urlKey(url: string): string {
  try {
    return normaliseUrl(url);
  } catch {
    return url;
  }
}

/** The same URL with a trailing slash added or removed (undefined for the root). */
export function slashTwin(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.pathname === '/') return undefined;
  parsed.pathname = parsed.pathname.endsWith('/') ? parsed.pathname.slice(0, -1) : `${parsed.pathname}/`;
  return parsed.href;
}

/** A URL's origin (scheme, host and port), or undefined for none or a URL that does not parse. */
export function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The host without a leading `www.`. */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** Same site: the same host, or its `www.`/bare twin, on http or https, on the same port. */
export function sameSite(url: string, siteOrigin: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(siteOrigin);
    if (!/^https?:$/.test(a.protocol)) return false;
    const portA = a.port || (a.protocol === 'https:' ? '443' : '80');
    const portB = b.port || (b.protocol === 'https:' ? '443' : '80');
    const defaultPorts = (port: string) => port === '80' || port === '443';
    const portsMatch = portA === portB || (defaultPorts(portA) && defaultPorts(portB));
    return bareHost(a.hostname) === bareHost(b.hostname) && portsMatch;
  } catch {
    return false;
  }
}

/** Hosts of the site's twins: the host itself and its `www.`/bare counterpart (with the port, if any). */
export function twinHosts(host: string): string[] {
  const [name = '', port] = host.toLowerCase().split(/:(?=\d+$)/);
  const bare = bareHost(name);
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bare) || bare === 'localhost' || name.startsWith('[')) return [host.toLowerCase()];
  const suffix = port ? `:${port}` : '';
  return [`${bare}${suffix}`, `www.${bare}${suffix}`];
}
