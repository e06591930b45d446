import { definePageCheck, pass, warn } from '../define.js';

export default definePageCheck({
  id: 'canonical-present',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'La page déclare son URL canonique', en: 'Page declares a canonical URL' },
  rationale: {
    fr: 'L’URL canonique dit aux moteurs quelle adresse indexer quand un contenu est accessible par plusieurs URL (paramètres, version imprimable, http et https). Elle n’est pas obligatoire : sans elle, Google choisit seul la version à indexer, et l’audit canonical de Lighthouse juge son absence « sans objet ». Son absence est donc un avertissement léger, de poids 1 : elle ne retire aucune page des résultats, elle laisse le choix au moteur.',
    en: 'The canonical URL tells search engines which address to index when content is reachable under several URLs (parameters, print versions, http and https). It is optional: without one, Google picks the version to index on its own, and Lighthouse’s canonical audit calls its absence "not applicable". A missing canonical is therefore a mild warning, of weight 1: it takes no page out of results, it leaves the choice to the search engine.',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
    'https://developer.chrome.com/docs/lighthouse/seo/canonical',
  ],
  messages: {
    missing: {
      fr: 'ni balise <link rel="canonical"> dans <head> ni en-tête Link : le moteur choisira seul l’URL à indexer',
      en: 'no <link rel="canonical"> in <head> and no Link header: the search engine will pick the URL to index on its own',
    },
  },
  run: (page) => {
    const canonical = page.canonicalTag?.trim() || page.canonicalHeader?.trim();
    return canonical ? pass({ value: canonical }) : warn('missing');
  },
});
