import { definePageCheck, fail, pass, warn } from '../define.js';

export default definePageCheck({
  id: 'canonical-present',
  dimension: 'indexability',
  weight: 2,
  title: { fr: 'La page déclare son URL canonique', en: 'Page declares a canonical URL' },
  rationale: {
    fr: 'L’URL canonique dit aux moteurs quelle adresse indexer quand un contenu est accessible par plusieurs URL.',
    en: 'The canonical URL tells search engines which address to index when content is reachable under several URLs.',
  },
  run: (page) => {
    const canonical = page.canonicalTag?.trim() || page.canonicalHeader?.trim();
    if (!canonical) return fail({ evidence: 'no <link rel="canonical"> and no Link header' });
    if (!/^https?:\/\//i.test(canonical)) return warn({ value: canonical, evidence: `relative canonical "${canonical}"` });
    return pass({ value: canonical });
  },
});
