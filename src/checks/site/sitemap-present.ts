import { defineSiteCheck, fail, pass } from '../define.js';

export default defineSiteCheck({
  id: 'sitemap-present',
  dimension: 'indexability',
  weight: 2,
  title: { fr: 'Le site publie un plan de site XML', en: 'Site publishes an XML sitemap' },
  rationale: {
    fr: 'Le sitemap aide les moteurs à découvrir toutes les pages, y compris celles peu liées.',
    en: 'A sitemap helps search engines discover every page, including poorly linked ones.',
  },
  source: ['https://www.sitemaps.org/protocol.html', 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/overview'],
  messages: {
    missing: {
      fr: 'aucun sitemap listant des URL, ni aux lignes Sitemap: du robots.txt ni à /sitemap.xml',
      en: 'no sitemap with URLs at the robots.txt Sitemap: lines or /sitemap.xml',
    },
  },
  run: (site) => {
    const valid = site.sitemaps.filter((sitemap) => sitemap.kind === 'urlset' && sitemap.urlCount > 0);
    if (valid.length === 0) return fail('missing');
    const urls = valid.reduce((sum, sitemap) => sum + sitemap.urlCount, 0);
    return pass({ value: urls, examples: valid.map((sitemap) => sitemap.url).slice(0, 3) });
  },
});
