import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';
import { siteAttribution } from '../attribution.js';
import { defaultSitemapLine } from '../cms-defaults.js';
import { cmsName, seoPluginName } from '../../model/index.js';

export default defineSiteCheck({
  id: 'robots-txt-declares-sitemap',
  dimension: 'intent',
  weight: 1,
  title: { fr: 'Le robots.txt déclare le sitemap', en: 'robots.txt declares the sitemap' },
  rationale: {
    fr: 'La ligne Sitemap: du robots.txt indique le plan du site à tous les moteurs ; elle suppose que quelqu’un a relié les deux fichiers. Sauf quand le CMS l’écrit seul : WordPress (depuis la version 5.5) y met son wp-sitemap.xml, Yoast, Rank Math, All in One SEO et SEOPress leur propre index, SPIP et Wix leur sitemap.xml ; cette ligne-là ne dit rien d’un travail sur le référencement.',
    en: 'The Sitemap: line of robots.txt points every search engine to the sitemap; it implies someone tied the two files together. Except when the CMS writes it on its own: WordPress (since 5.5) puts its wp-sitemap.xml there, Yoast, Rank Math, All in One SEO and SEOPress their own index, SPIP and Wix their sitemap.xml; such a line says nothing about work on search.',
  },
  source: [
    'https://www.sitemaps.org/protocol.html#submit_robots',
    'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap#addsitemap',
    'https://developer.yoast.com/features/robots-txt/functional-specification/',
    'https://support.wix.com/en/article/understanding-your-sites-sitemap-file',
  ],
  messages: {
    declared: {
      fr: 'le robots.txt déclare {sitemap}, que le CMS n’aurait pas ajouté seul',
      en: 'robots.txt declares {sitemap}, which the CMS would not have added on its own',
    },
    cmsDefault: {
      fr: 'la ligne Sitemap: du robots.txt ({sitemap}) est ajoutée d’office par {addedBy} : elle ne montre pas de travail sur le référencement',
      en: 'the robots.txt Sitemap: line ({sitemap}) is added by {addedBy} on its own: it shows no work on search',
    },
    noSitemapLine: {
      fr: 'le robots.txt n’a aucune ligne Sitemap: donnant l’adresse complète d’un sitemap',
      en: 'robots.txt has no Sitemap: line giving a sitemap’s full URL',
    },
    noRobotsTxt: { fr: 'le site n’a pas de robots.txt', en: 'the site has no robots.txt' },
    robotsTxtUnavailable: {
      fr: 'le robots.txt n’a pas pu être lu (erreur du serveur ou du réseau)',
      en: 'robots.txt could not be read (server or network error)',
    },
  },
  run: (site) => {
    if (site.robots.sitemaps.length > 0) {
      const attribution = siteAttribution(site.pages, site.robots);
      const cms = [attribution.cms?.id, attribution.platform].filter((id): id is string => id !== undefined);
      const lines = site.robots.sitemaps.map((sitemap) => ({ sitemap, preset: defaultSitemapLine(sitemap, site.origin, cms) }));
      const own = lines.filter((line) => !line.preset).map((line) => line.sitemap);
      if (own.length > 0) return pass('declared', { value: own.length, values: { sitemap: own[0] ?? '' }, examples: own });
      const first = lines[0]!;
      const found = first.preset!.addedBy.filter((id) => attribution.seoPlugins.includes(id) || id === attribution.cms?.id);
      const addedBy = (found.length > 0 ? found : first.preset!.addedBy)
        .map((id) => (id === first.preset!.cms ? cmsName(id) : seoPluginName(id)))
        .join(' / ');
      return notApplicable('cmsDefault', { value: 0, values: { sitemap: first.sitemap, addedBy }, examples: site.robots.sitemaps });
    }
    if (site.robots.status === 'ok') return fail('noSitemapLine');
    return fail(site.robots.status === 'missing' ? 'noRobotsTxt' : 'robotsTxtUnavailable');
  },
});
