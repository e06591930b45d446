// URL normalisation and site scope.

/** Removes the fragment, lower-cases scheme and host, drops default ports. Trailing slashes are kept. */
export function normaliseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
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

/** Hosts of the site's twins: the host itself and its `www.`/bare counterpart. */
export function twinHosts(host: string): string[] {
  const bare = bareHost(host);
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bare) || bare === 'localhost') return [host];
  return [bare, `www.${bare}`];
}
