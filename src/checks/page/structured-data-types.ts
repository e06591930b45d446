import { definePageCheck, fail, pass, warn } from '../define.js';
import { retiredRichResultTypes, richResultTypes } from '../schema-types.js';

export default definePageCheck({
  id: 'structured-data-types',
  dimension: 'rich-results',
  weight: 2,
  title: {
    fr: 'La page décrit son contenu en données structurées ouvrant un résultat enrichi',
    en: 'Page describes its content with structured data that earns a rich result',
  },
  rationale: {
    fr: 'Seuls les types de la galerie de Google (Search Gallery) ouvrent aujourd’hui un résultat enrichi ; pour une collectivité : fil d’Ariane (BreadcrumbList), événements (Event), actualités (Article, NewsArticle), offres d’emploi (JobPosting), fiche de l’organisme (GovernmentOrganization, Organization) ou d’un service ouvert au public (GovernmentOffice, Library). Google lit JSON-LD, microdonnées et RDFa : muniseo aussi. Les types qu’il lit sans rien afficher (WebPage, WebSite, City, Place) ne comptent pas, ni ceux dont il a retiré le résultat enrichi : HowTo (2023), FAQPage (restreint en 2023, retiré en mai 2026), SpecialAnnouncement, ClaimReview (2025).',
    en: 'Only the types of Google’s Search Gallery earn a rich result today; for a local authority: breadcrumbs (BreadcrumbList), events (Event), news (Article, NewsArticle), job offers (JobPosting), the organisation’s panel (GovernmentOrganization, Organization) or a public service’s (GovernmentOffice, Library). Google reads JSON-LD, microdata and RDFa: so does muniseo. Types it reads without showing anything (WebPage, WebSite, City, Place) do not count, nor those whose rich result it retired: HowTo (2023), FAQPage (restricted in 2023, retired in May 2026), SpecialAnnouncement, ClaimReview (2025).',
  },
  source: [
    'https://developers.google.com/search/docs/appearance/structured-data/search-gallery',
    'https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data#structured-data-format',
    'https://developers.google.com/search/blog/2023/08/howto-faq-changes',
    'https://developers.google.com/search/blog/2025/06/simplifying-search-results',
    'https://developers.google.com/search/docs/appearance/structured-data/faqpage',
  ],
  messages: {
    noRichResultType: {
      fr: 'seulement {types} : aucun type n’ouvre de résultat enrichi',
      en: 'only {types}: no type that earns a rich result',
    },
    retiredRichResult: {
      fr: 'seulement {types} : Google n’affiche plus le résultat enrichi de {retired}',
      en: 'only {types}: Google no longer shows the rich result of {retired}',
    },
    noStructuredData: {
      fr: 'aucune donnée structurée lisible (ni JSON-LD, ni microdonnées, ni RDFa)',
      en: 'no readable structured data (no JSON-LD, microdata or RDFa)',
    },
  },
  run: (page) => {
    const types = page.structuredDataTypes;
    const useful = types.filter((type) => richResultTypes.has(type));
    if (useful.length > 0) return pass({ value: useful.join(', ') });
    if (types.length === 0) return fail('noStructuredData');
    const retired = types.filter((type) => retiredRichResultTypes.has(type));
    if (retired.length > 0) return warn('retiredRichResult', { value: types.join(', '), values: { types, retired } });
    return warn('noRichResultType', { value: types.join(', '), values: { types } });
  },
});
