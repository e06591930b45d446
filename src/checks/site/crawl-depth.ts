import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { trapPattern } from '../../model/index.js';
import { share } from '../site-lookup.js';

/** Pages an institution wants found should be at most three clicks from the home page. */
export const maxClickDepth = 3;
export const tolerableDeepShare = 0.1;

export default defineSiteCheck({
  id: 'crawl-depth',
  dimension: 'indexability',
  weight: 1,
  title: {
    fr: `Les pages sont à ${maxClickDepth} clics au plus de l’accueil`,
    en: `Pages are at most ${maxClickDepth} clicks from the home page`,
  },
  rationale: {
    fr: 'Plus une page est loin de l’accueil, moins elle est explorée et moins elle pèse ; les démarches doivent se trouver en quelques clics. Les agendas et archives par date, profonds par nature, sont laissés de côté (voir crawl-traps).',
    en: 'The further a page is from the home page, the less it is crawled and the less it weighs; procedures should be a few clicks away. Calendars and date archives, deep by nature, are left out (see crawl-traps).',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
    'https://developers.google.com/search/docs/specialty/ecommerce/help-google-understand-your-ecommerce-site-structure',
  ],
  messages: {
    noLinkedPage: { fr: 'aucune page atteinte par les liens', en: 'no page reached by links' },
    tooDeep: {
      fr: '{deep, plural, one {# page sur {pages} est à plus de {maxDepth} clics de l’accueil} other {# pages sur {pages} sont à plus de {maxDepth} clics de l’accueil}} (la plus profonde à {deepest} clics)',
      en: '{deep, plural, one {# of {pages} pages is more than {maxDepth} clicks deep} other {# of {pages} pages are more than {maxDepth} clicks deep}} (the deepest at {deepest} clicks)',
    },
  },
  run: (site) => {
    const pages = site.snapshots.filter(
      (snapshot) =>
        snapshot.discoveredBy !== 'sitemap' &&
        snapshot.status > 0 &&
        snapshot.status < 400 &&
        trapPattern(new URL(snapshot.finalUrl)) === undefined,
    );
    if (pages.length === 0) return notApplicable('noLinkedPage');
    const deep = pages.filter((snapshot) => snapshot.depth > maxClickDepth);
    const deepest = Math.max(...pages.map((snapshot) => snapshot.depth));
    if (deep.length === 0) return pass({ value: deepest });
    const details = {
      value: deepest,
      values: { deep: deep.length, pages: pages.length, maxDepth: maxClickDepth, deepest },
      examples: deep.map((snapshot) => snapshot.finalUrl),
    };
    return share(deep.length, pages.length) <= tolerableDeepShare ? warn('tooDeep', details) : fail('tooDeep', details);
  },
});
