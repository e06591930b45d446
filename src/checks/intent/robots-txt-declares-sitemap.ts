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
  run: (site) =>
    site.robots.sitemaps.length > 0
      ? pass({ value: site.robots.sitemaps.length, examples: site.robots.sitemaps })
      : fail({ evidence: site.robots.status === 'ok' ? 'robots.txt has no Sitemap: line' : 'no robots.txt' }),
});
