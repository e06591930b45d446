import { definePageCheck, fail, notApplicable, pass } from '../define.js';

const absolute = /^https?:\/\/[^/\s]+/i;

export default definePageCheck({
  id: 'canonical-absolute',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'L’URL canonique est absolue', en: 'Canonical URL is absolute' },
  rationale: {
    fr: 'Google recommande une URL canonique absolue : une URL relative se résout mal sur les copies du site (http, www, préproduction) et propage l’erreur. L’audit canonical de Lighthouse la fait échouer aussi. Seules comptent les balises de <head> et l’en-tête Link.',
    en: 'Google recommends an absolute canonical URL: a relative one resolves wrongly on copies of the site (http, www, staging) and spreads the mistake. Lighthouse’s canonical audit fails it too. Only tags in <head> and the Link header count.',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls#rel-canonical-link-method',
    'https://developer.chrome.com/docs/lighthouse/seo/canonical',
  ],
  messages: {
    noCanonical: { fr: 'aucune URL canonique déclarée', en: 'no canonical declared' },
    relative: { fr: 'URL canonique relative : « {canonical} »', en: 'relative canonical "{canonical}"' },
  },
  run: (page) => {
    const declared = [...page.canonicalTags, ...page.canonicalHeaders].map((value) => value.trim()).filter((value) => value !== '');
    if (declared.length === 0) return notApplicable('noCanonical');
    const relative = declared.find((value) => !absolute.test(value));
    return relative ? fail('relative', { value: relative, values: { canonical: relative } }) : pass({ value: declared[0] });
  },
});
