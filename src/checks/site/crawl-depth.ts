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
    fr: 'Plus une page est loin de l’accueil, moins elle est explorée et moins elle pèse ; les démarches doivent se trouver en quelques clics. Les agendas et archives par date, profonds par nature, sont laissés de côté (voir crawl-traps). Quand l’exploration s’arrête à ses limites avant d’avoir lu toutes les pages liées, la profondeur du reste du site est inconnue : le constat est « non applicable », sauf si les pages lues prouvent déjà l’échec (toutes les pages non lues sont alors plus profondes encore).',
    en: 'The further a page is from the home page, the less it is crawled and the less it weighs; procedures should be a few clicks away. Calendars and date archives, deep by nature, are left out (see crawl-traps). When the crawl stops at its limits before reading every linked page, the depth of the rest of the site is unknown: the finding is "not applicable", unless the pages read already prove the failure (every page not read is then deeper still).',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
    'https://developers.google.com/search/docs/specialty/ecommerce/help-google-understand-your-ecommerce-site-structure',
  ],
  messages: {
    noLinkedPage: { fr: 'aucune page atteinte par les liens', en: 'no page reached by links' },
    capped: {
      fr: 'l’exploration s’est arrêtée à ses limites après {pages, plural, one {# page liée} other {# pages liées}} : {unexplored, plural, one {# page liée n’a pas été lue} other {# pages liées n’ont pas été lues}}, à {depth} clics de l’accueil ou plus ; la profondeur du reste du site est inconnue',
      en: 'the crawl stopped at its limits after {pages} linked pages: {unexplored, plural, one {# linked page was} other {# linked pages were}} not read, {depth} or more clicks from the home page, so the depth of the rest of the site is unknown',
    },
    tooDeepAtLeast: {
      fr: 'au moins {deep, plural, one {# page sur {pages} lues est} other {# pages sur {pages} lues sont}} à plus de {maxDepth} clics de l’accueil (la plus profonde à {deepest} clics), et les {unexplored} pages liées non lues sont plus profondes encore',
      en: 'at least {deep, plural, one {# of {pages} pages read is} other {# of {pages} pages read are}} more than {maxDepth} clicks deep (the deepest at {deepest} clicks), and the {unexplored} linked pages not read lie deeper still',
    },
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
    const tooDeep = share(deep.length, pages.length) > tolerableDeepShare;
    const details = {
      value: deepest,
      values: { deep: deep.length, pages: pages.length, maxDepth: maxClickDepth, deepest },
      examples: deep.map((snapshot) => snapshot.finalUrl),
    };
    // A linked page left unread: the crawl is breadth-first, so every page not read lies at least that deep.
    const depth = site.coverage?.unexploredDepth;
    if (depth !== undefined) {
      const unexplored = site.coverage?.unexploredLinks ?? 0;
      if (depth > maxClickDepth && tooDeep) return fail('tooDeepAtLeast', { ...details, values: { ...details.values, unexplored } });
      return notApplicable('capped', { value: deepest, values: { pages: pages.length, unexplored, depth } });
    }
    if (deep.length === 0) return pass({ value: deepest });
    return tooDeep ? fail('tooDeep', details) : warn('tooDeep', details);
  },
});
