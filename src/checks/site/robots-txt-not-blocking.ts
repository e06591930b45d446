import { blocksWholeSite, isAllowed } from '../../model/index.js';
import { robotsProblem } from '../crawl-quotes.js';
import { defineSiteCheck, fail, pass, warn } from '../define.js';
import { sitemapUrls } from '../site-lookup.js';

/** The crawler whose access matters most for French searches. */
const searchEngineToken = 'Googlebot';

export default defineSiteCheck({
  id: 'robots-txt-not-blocking',
  dimension: 'indexability',
  weight: 3,
  title: { fr: 'Le robots.txt laisse les moteurs explorer le site', en: 'robots.txt lets search engines crawl the site' },
  rationale: {
    fr: 'Un « Disallow: / » hérité d’une préproduction, ou un robots.txt en erreur serveur (5xx), retire tout le site des moteurs ; bloquer des pages du sitemap envoie des signaux contradictoires.',
    en: 'A "Disallow: /" left over from staging, or a robots.txt failing with a server error (5xx), takes the whole site out of search engines; blocking sitemap pages sends mixed signals.',
  },
  source: [
    'https://www.rfc-editor.org/rfc/rfc9309',
    'https://developers.google.com/search/docs/crawling-indexing/robots/robots_txt#http-status-codes',
  ],
  messages: {
    unavailable: {
      fr: 'robots.txt indisponible ({problem}) : les moteurs cessent d’explorer le site',
      en: 'robots.txt unavailable ({problem}): search engines stop crawling',
    },
    disallowsRoot: { fr: 'le robots.txt interdit / à {agent}', en: 'robots.txt disallows / to {agent}' },
    sitemapUrlsBlocked: {
      fr: '{count, plural, one {# URL du sitemap interdite} other {# URL du sitemap interdites}} par le robots.txt',
      en: '{count, plural, one {# sitemap URL} other {# sitemap URLs}} disallowed by robots.txt',
    },
  },
  run: (site) => {
    if (site.robots.status === 'unavailable') return fail('unavailable', { values: { problem: robotsProblem(site.robots) } });
    if (blocksWholeSite(site.robots, site.origin, searchEngineToken))
      return fail('disallowsRoot', { values: { agent: searchEngineToken } });
    const blocked = sitemapUrls(site).filter((url) => !isAllowed(site.robots, url, searchEngineToken));
    if (blocked.length > 0)
      return warn('sitemapUrlsBlocked', { value: blocked.length, values: { count: blocked.length }, examples: blocked });
    return pass();
  },
});
