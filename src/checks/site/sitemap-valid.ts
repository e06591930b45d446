import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { sitemapError } from '../crawl-quotes.js';

export default defineSiteCheck({
  id: 'sitemap-valid',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Les sitemaps déclarés sont lisibles', en: 'Declared sitemaps can be read' },
  rationale: {
    fr: 'Un sitemap déclaré mais introuvable, mal formé ou listant d’autres sites est rejeté par la Search Console : les pages qu’il devait faire découvrir restent inconnues.',
    en: 'A sitemap declared but missing, malformed or listing other sites is rejected by Search Console: the pages it should reveal stay unknown.',
  },
  source: [
    'https://www.sitemaps.org/protocol.html',
    'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap#general-guidelines',
  ],
  messages: {
    noSitemap: {
      fr: 'aucun sitemap déclaré ni trouvé à /sitemap.xml',
      en: 'no sitemap declared or found at /sitemap.xml',
    },
    httpError: { fr: '{url} a répondu HTTP {status}', en: '{url} answered HTTP {status}' },
    unreadable: { fr: '{url} illisible : {problem}', en: '{url}: {problem}' },
    notFound: { fr: '{url} introuvable', en: '{url}: missing' },
    notASitemap: { fr: '{url} n’est pas un sitemap valide', en: '{url}: invalid' },
    entryErrors: { fr: '{url} : {problem}', en: '{url}: {problem}' },
    outsideSite: {
      fr: '{url} : {count} URL hors du site',
      en: '{url}: {count, plural, one {# URL outside the site} other {# URLs outside the site}}',
    },
  },
  run: (site) => {
    if (site.sitemaps.length === 0) return notApplicable('noSitemap');
    const broken = site.sitemaps.filter((sitemap) => sitemap.kind === 'missing' || sitemap.kind === 'invalid');
    if (broken.length > 0) {
      const first = broken[0]!;
      const details = { value: broken.length, examples: broken.map((sitemap) => sitemap.url) };
      const { url, status } = first;
      // The crawl records an HTTP error as the sitemap's first error; its status says it in every language.
      if (first.kind === 'missing' && status !== null && status >= 400) return fail('httpError', { ...details, values: { url, status } });
      if (first.errors.length > 0) return fail('unreadable', { ...details, values: { url, problem: sitemapError(first) } });
      return fail(first.kind === 'missing' ? 'notFound' : 'notASitemap', { ...details, values: { url } });
    }
    const flawed = site.sitemaps.filter((sitemap) => sitemap.errors.length > 0 || sitemap.outsideSite > 0);
    if (flawed.length > 0) {
      const first = flawed[0]!;
      const details = { value: flawed.length, examples: flawed.map((sitemap) => sitemap.url) };
      return first.errors.length > 0
        ? warn('entryErrors', { ...details, values: { url: first.url, problem: sitemapError(first) } })
        : warn('outsideSite', { ...details, values: { url: first.url, count: first.outsideSite } });
    }
    return pass({ value: site.sitemaps.length });
  },
});
