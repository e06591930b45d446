// What the crawl and the pages say of the site's visibility to search engines, gathered once for
// the index's gate (src/model/visibility.ts): robots.txt read as Googlebot and Bingbot read it,
// and noindex on the home page and across the pages.
import { blocksWholeSite, noindexSource, type RobotsTxt, searchEngineAgents, type SearchVisibility } from '../model/index.js';
import type { SiteContext } from './types.js';

/** The search engines robots.txt keeps away from the home page of `origin`. */
export function robotsBlockedEngines(robots: RobotsTxt, origin: string): SearchVisibility['robotsBlocked'] {
  return searchEngineAgents.filter((agent) => blocksWholeSite(robots, origin, agent));
}

export function searchVisibility(site: Pick<SiteContext, 'robots' | 'origin' | 'pages' | 'home'>): SearchVisibility {
  return {
    robotsBlocked: robotsBlockedEngines(site.robots, site.origin),
    homeNoindex: site.home ? noindexSource(site.home) !== undefined : false,
    pagesJudged: site.pages.length,
    noindexPages: site.pages.filter((page) => noindexSource(page) !== undefined).length,
  };
}
