// Fetching robots.txt and reading the answer as RFC 9309 §2.3.1 says: 2xx parsed, 4xx
// "unavailable" (allow all), 5xx and network errors "unreachable" (disallow all for now).
import { FetchError, type FetchedResponse } from './fetch-page.js';
import { parseRobotsTxt } from './robots.js';
import { addRobotsProblem, crawlMessage, missingRobotsTxt, type RobotsTxt, unavailableRobotsTxt } from '../model/index.js';

/**
 * robots.txt of an origin, or the FetchError that made the origin unreachable (DNS, refused,
 * TLS, timeout: the site itself cannot be crawled, and its outcome says why).
 */
export async function fetchRobotsTxt(origin: string, fetch: (url: string) => Promise<FetchedResponse>): Promise<RobotsTxt | FetchError> {
  const url = `${origin}/robots.txt`;
  let response: FetchedResponse | FetchError = await fetch(url).catch((error: FetchError) => error);
  if (response instanceof FetchError && response.kind === 'network') {
    response = await fetch(url).catch((error: FetchError) => error);
  }
  if (response instanceof FetchError) {
    // RFC 9309 §2.3.1.2: past five redirects (or in a loop) the file counts as unavailable; so does a
    // redirect the network policy refuses (the host itself refused is the whole site's failure).
    const refusedRedirect = response.kind === 'refused-address' && response.redirectChain.length > 0;
    if (
      response.kind === 'redirect-loop' ||
      response.kind === 'too-many-redirects' ||
      response.kind === 'bad-redirect' ||
      refusedRedirect
    ) {
      const robots = missingRobotsTxt(url, null);
      addRobotsProblem(robots, crawlMessage('robots.redirectsFailed', { failure: response.errorMessage }));
      return robots;
    }
    return response;
  }
  if (response.status >= 500) {
    return unavailableRobotsTxt(url, response.status, crawlMessage('robots.serverError', { status: response.status }));
  }
  if (response.status >= 400) return missingRobotsTxt(url, response.status);
  const text = new TextDecoder('utf-8').decode(response.body);
  if (/^\s*<(!doctype|html)/i.test(text)) {
    const robots = missingRobotsTxt(url, response.status);
    addRobotsProblem(robots, crawlMessage('robots.htmlPage'));
    return robots;
  }
  const robots = parseRobotsTxt(text, url, response.status);
  if (response.truncated) addRobotsProblem(robots, crawlMessage('robots.truncated'));
  return robots;
}
