import { defineSiteCheck, fail, pass } from '../define.js';

export default defineSiteCheck({
  id: 'robots-txt-declares-sitemap',
  dimension: 'intent',
  weight: 1,
  title: { fr: 'Le robots.txt déclare le sitemap', en: 'robots.txt declares the sitemap' },
  rationale: {
    fr: 'La ligne Sitemap: du robots.txt indique le plan du site à tous les moteurs ; elle suppose que quelqu’un a relié les deux fichiers.',
    en: 'The Sitemap: line of robots.txt points every search engine to the sitemap; it implies someone tied the two files together.',
  },
  source: [
    'https://www.sitemaps.org/protocol.html#submit_robots',
    'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap#addsitemap',
  ],
  messages: {
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
    if (site.robots.sitemaps.length > 0) return pass({ value: site.robots.sitemaps.length, examples: site.robots.sitemaps });
    if (site.robots.status === 'ok') return fail('noSitemapLine');
    return fail(site.robots.status === 'missing' ? 'noRobotsTxt' : 'robotsTxtUnavailable');
  },
});
