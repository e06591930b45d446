// Probes beside the crawl: the home page under http/https and www/bare, and a URL that
// cannot exist (a site answering 200 to it has "soft 404s").
import { FetchError, type FetchedResponse } from './fetch-page.js';
import { crawlMessage, type ProbeResult, twinHosts } from '../model/index.js';

export type Probe = (url: string) => Promise<FetchedResponse>;

export async function probe(url: string, fetch: Probe): Promise<ProbeResult> {
  try {
    const response = await fetch(url);
    return { url, finalUrl: response.finalUrl, status: response.status, redirectChain: response.redirectChain, headers: response.headers };
  } catch (error) {
    const failure =
      error instanceof FetchError ? error : new FetchError(crawlMessage('fetch.unexpected', { detail: String(error) }), url, 'network');
    return { url, redirectChain: failure.redirectChain, error: failure.message, errorMessage: failure.errorMessage };
  }
}

/** The home page under http and https, on the host and its www/bare twin, in a stable order. */
export function homeVariants(homeUrl: string): string[] {
  const home = new URL(homeUrl);
  const urls = new Set<string>();
  for (const host of twinHosts(home.host)) {
    for (const scheme of ['http:', 'https:']) urls.add(`${scheme}//${host}/`);
  }
  return [...urls].sort();
}

export function probeHomeVariants(homeUrl: string, fetch: Probe): Promise<ProbeResult[]> {
  return Promise.all(homeVariants(homeUrl).map((url) => probe(url, fetch)));
}

/** A URL no site has: stable for one origin, so that runs compare. */
export function soft404Url(origin: string): string {
  let hash = 0;
  for (const char of origin) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `${origin}/muniseo-page-qui-n-existe-pas-${hash.toString(16)}`;
}
