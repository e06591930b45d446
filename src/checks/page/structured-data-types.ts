import { definePageCheck, fail, pass, warn } from '../define.js';
import { richResultTypes } from '../schema-types.js';

export default definePageCheck({
  id: 'structured-data-types',
  dimension: 'rich-results',
  weight: 2,
  title: { fr: 'La page décrit son contenu en données structurées', en: 'Page describes its content with structured data' },
  rationale: {
    fr: 'Les types schema.org utiles à une collectivité (GovernmentOrganization, City, Place, Event, BreadcrumbList…) ouvrent les résultats enrichis : fil d’Ariane, événements, fiche de l’organisme.',
    en: 'The schema.org types useful to a local authority (GovernmentOrganization, City, Place, Event, BreadcrumbList…) unlock rich results: breadcrumbs, events, the organisation panel.',
  },
  source: [
    'https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data',
    'https://developers.google.com/search/docs/appearance/structured-data/search-gallery',
  ],
  messages: {
    noRichResultType: {
      fr: 'seulement {types} : aucun type n’ouvre de résultat enrichi',
      en: 'only {types}: no type that earns a rich result',
    },
    noJsonLd: { fr: 'aucun type JSON-LD', en: 'no JSON-LD type' },
  },
  run: (page) => {
    const useful = page.jsonLd.types.filter((type) => richResultTypes.has(type));
    if (useful.length > 0) return pass({ value: useful.join(', ') });
    if (page.jsonLd.types.length > 0) {
      return warn('noRichResultType', { value: page.jsonLd.types.join(', '), values: { types: page.jsonLd.types } });
    }
    return fail('noJsonLd');
  },
});
