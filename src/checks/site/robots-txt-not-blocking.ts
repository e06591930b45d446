import { defineSiteCheck, fail, pass, warn } from '../define.js';
import { blocksWholeSite, isAllowed } from '../../model/index.js';
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
  run: (site) => {
    if (site.robots.status === 'unavailable') {
      return fail({ evidence: `${site.robots.problems[0] ?? 'robots.txt unavailable'}: search engines stop crawling` });
    }
    if (blocksWholeSite(site.robots, site.origin, searchEngineToken))
      return fail({ evidence: `robots.txt disallows / to ${searchEngineToken}` });
    const blocked = sitemapUrls(site).filter((url) => !isAllowed(site.robots, url, searchEngineToken));
    if (blocked.length > 0) {
      return warn({ value: blocked.length, evidence: `${blocked.length} sitemap URL(s) disallowed by robots.txt`, examples: blocked });
    }
    return pass();
  },
});
