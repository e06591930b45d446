import { definePageCheck, fail, pass } from '../define.js';

export default definePageCheck({
  id: 'canonical-present',
  dimension: 'indexability',
  weight: 2,
  title: { fr: 'La page déclare son URL canonique', en: 'Page declares a canonical URL' },
  rationale: {
    fr: 'L’URL canonique dit aux moteurs quelle adresse indexer quand un contenu est accessible par plusieurs URL (paramètres, version imprimable, http et https).',
    en: 'The canonical URL tells search engines which address to index when content is reachable under several URLs (parameters, print versions, http and https).',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  messages: {
    missing: {
      fr: 'ni balise <link rel="canonical"> ni en-tête Link',
      en: 'no <link rel="canonical"> and no Link header',
    },
  },
  run: (page) => {
    const canonical = page.canonicalTag?.trim() || page.canonicalHeader?.trim();
    return canonical ? pass({ value: canonical }) : fail('missing');
  },
});
