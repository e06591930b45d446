import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { internalLinkTargets, share, sitemapUrls, snapshotFor } from '../site-lookup.js';
import { urlKey } from '../../model/index.js';

/** Up to this share of sitemap pages may be unlinked (a campaign page, a form) before it is a structural problem. */
export const tolerableOrphanShare = 0.1;

export default defineSiteCheck({
  id: 'orphan-pages',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Les pages du sitemap sont liées depuis le site', en: 'Sitemap pages are linked from the site' },
  rationale: {
    fr: 'Une page que seul le sitemap connaît ne reçoit aucun lien interne : les moteurs la jugent peu importante et les visiteurs ne la trouvent pas.',
    en: 'A page only the sitemap knows receives no internal link: search engines deem it unimportant and visitors cannot find it.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
  messages: {
    noListedPage: {
      fr: 'aucune page du sitemap explorée en dehors de l’accueil',
      en: 'no crawled sitemap page besides the home page',
    },
    orphans: {
      fr: '{orphans, plural, one {# page du sitemap sur {listed} n’est liée} other {# pages du sitemap sur {listed} ne sont liées}} depuis aucune page du site',
      en: '{orphans, plural, one {# of {listed} sitemap pages is never linked} other {# of {listed} sitemap pages are never linked}}',
    },
  },
  run: (site) => {
    const linked = new Set(internalLinkTargets(site).keys());
    // A link that redirects still leads the crawler to the page it lands on.
    for (const snapshot of site.snapshots) if (linked.has(urlKey(snapshot.requestedUrl))) linked.add(urlKey(snapshot.finalUrl));
    const home = site.home ? urlKey(site.home.url) : urlKey(`${site.origin}/`);
    const listed = sitemapUrls(site).filter((url) => {
      const snapshot = snapshotFor(site, url);
      return url !== home && snapshot !== undefined && snapshot.status > 0 && snapshot.status < 400;
    });
    if (listed.length === 0) return notApplicable('noListedPage');
    const orphans = listed.filter((url) => !linked.has(url));
    if (orphans.length === 0) return pass({ value: 0 });
    const orphanShare = share(orphans.length, listed.length);
    const details = {
      value: orphans.length,
      values: { orphans: orphans.length, listed: listed.length },
      examples: orphans,
    };
    return orphanShare <= tolerableOrphanShare ? warn('orphans', details) : fail('orphans', details);
  },
});
