import { definePageCheck, fail, pass } from '../define.js';

export default definePageCheck({
  id: 'meta-description-present',
  dimension: 'on-page',
  weight: 2,
  title: { fr: 'La page a une meta description', en: 'Page has a meta description' },
  rationale: {
    fr: 'Les moteurs affichent souvent la meta description sous le titre du résultat.',
    en: 'Search engines often show the meta description under the result title.',
  },
  source: 'https://developers.google.com/search/docs/appearance/snippet#meta-descriptions',
  messages: {
    missing: { fr: 'aucune balise <meta name="description"> renseignée', en: 'no <meta name="description"> with content' },
  },
  run: (page) => {
    const description = page.metaDescription?.trim();
    return description ? pass({ value: description.length }) : fail('missing');
  },
});
