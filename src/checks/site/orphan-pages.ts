import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { internalLinkTargets, share, sitemapUrls, snapshotFor } from '../site-lookup.js';
import { urlKey } from '../../model/index.js';
import type { SiteContext } from '../types.js';

/** Up to this share of sitemap pages may be unlinked (a campaign page, a form) before it is a structural problem. */
export const tolerableOrphanShare = 0.1;

/** Every URL a link leads to: links of the pages read, of the rendered home page, and where linked redirects land. */
function linkedUrls(site: SiteContext): Set<string> {
  const linked = new Set(internalLinkTargets(site).keys());
  // Googlebot renders: a link a script adds to the home page is a link.
  for (const url of site.rawVsRendered?.homeLinks?.revealed ?? []) linked.add(urlKey(url));
  // A link that redirects still leads the crawler to the page it lands on.
  for (const snapshot of site.snapshots) if (linked.has(urlKey(snapshot.requestedUrl))) linked.add(urlKey(snapshot.finalUrl));
  return linked;
}

export default defineSiteCheck({
  id: 'orphan-pages',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Les pages du sitemap sont liées depuis le site', en: 'Sitemap pages are linked from the site' },
  rationale: {
    fr: 'Une page que seul le sitemap connaît ne reçoit aucun lien interne : les moteurs la jugent peu importante et les visiteurs ne la trouvent pas. Seule une exploration qui a lu toutes les pages liées prouve qu’une page n’est liée de nulle part : quand l’exploration s’arrête à ses limites, l’échantillon du sitemap lu quoi qu’il arrive montre des pages liées, mais une page non liée depuis les pages lues peut l’être depuis une page non lue ; le constat est alors « non applicable ».',
    en: 'A page only the sitemap knows receives no internal link: search engines deem it unimportant and visitors cannot find it. Only a crawl that read every linked page proves that a page is linked from nowhere: when the crawl stops at its limits, the sitemap sample it reads whatever the links shows linked pages, but a page not linked from the pages read may be linked from a page not read; the finding is then "not applicable".',
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
    sampleLinked: {
      fr: 'les {listed} pages de l’échantillon du sitemap ({sitemapUrls} URL listées) sont liées depuis les pages lues',
      en: 'all {listed} pages of the sitemap sample ({sitemapUrls} URLs listed) are linked from the pages read',
    },
    capped: {
      fr: '{unlinked, plural, one {# page de l’échantillon du sitemap sur {listed} n’est liée} other {# pages de l’échantillon du sitemap sur {listed} ne sont liées}} depuis aucune page lue, mais l’exploration s’est arrêtée à ses limites avec {unexplored, plural, one {# page liée non lue} other {# pages liées non lues}}, qui peuvent les lier',
      en: '{unlinked} of {listed} pages of the sitemap sample are not linked from the pages read, but the crawl stopped at its limits with {unexplored, plural, one {# linked page} other {# linked pages}} not read, which may link to them',
    },
  },
  run: (site) => {
    const linked = linkedUrls(site);
    const home = site.home ? urlKey(site.home.url) : urlKey(`${site.origin}/`);
    const unexplored = site.coverage?.unexploredLinks ?? 0;
    // On a crawl cut short, the sample is what was read whatever the links: the unbiased part of the sitemap.
    const candidates = unexplored > 0 ? site.coverage!.sitemapSample.map(urlKey) : sitemapUrls(site);
    const listed = candidates.filter((url) => {
      const snapshot = snapshotFor(site, url);
      return url !== home && snapshot !== undefined && snapshot.status > 0 && snapshot.status < 400;
    });
    if (listed.length === 0) return notApplicable('noListedPage');
    const orphans = listed.filter((url) => !linked.has(url));
    if (unexplored > 0) {
      const sitemapCount = site.coverage!.sitemapUrls;
      if (orphans.length === 0) return pass('sampleLinked', { value: 0, values: { listed: listed.length, sitemapUrls: sitemapCount } });
      return notApplicable('capped', {
        values: { unlinked: orphans.length, listed: listed.length, unexplored },
        examples: orphans,
      });
    }
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
