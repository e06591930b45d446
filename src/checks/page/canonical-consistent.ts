import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import { resolveAgainst } from '../../model/index.js';

export default definePageCheck({
  id: 'canonical-consistent',
  dimension: 'indexability',
  weight: 1,
  title: {
    fr: 'Une seule URL canonique, identique dans la balise et l’en-tête Link',
    en: 'One canonical URL, the same in the tag and the Link header',
  },
  rationale: {
    fr: 'Des canoniques contradictoires (deux balises vers des URL différentes, ou une balise et un en-tête HTTP Link qui diffèrent) sont ignorées toutes ensemble par Google. Deux balises identiques (un thème et une extension SEO qui impriment chacun la même) ne se contredisent pas : l’audit canonical de Lighthouse ne fait échouer que les URL en conflit. Seules comptent les balises de <head> et l’en-tête Link.',
    en: 'Conflicting canonicals (two tags with different URLs, or a tag and an HTTP Link header that differ) are all ignored by Google. Two identical tags (a theme and an SEO plugin each printing the same one) do not contradict each other: Lighthouse’s canonical audit fails only conflicting URLs. Only tags in <head> and the Link header count.',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls#rel-canonical-link-method',
    'https://developer.chrome.com/docs/lighthouse/seo/canonical',
  ],
  messages: {
    noCanonical: { fr: 'aucune URL canonique déclarée', en: 'no canonical declared' },
    identicalTags: {
      fr: '{count, plural, one {# balise <link rel="canonical">} other {# balises <link rel="canonical"> identiques}}',
      en: '{count, plural, one {# <link rel="canonical"> tag} other {# identical <link rel="canonical"> tags}}',
    },
    conflicting: {
      fr: 'URL canoniques contradictoires : {canonicals}',
      en: 'conflicting canonical URLs: {canonicals}',
    },
    tagAndHeaderDiffer: {
      fr: 'la balise indique {tag}, l’en-tête Link indique {header}',
      en: 'tag says {tag}, Link header says {header}',
    },
  },
  run: (page) => {
    const distinct = (values: string[]) => [
      ...new Set(values.filter((value) => value.trim() !== '').map((value) => resolveAgainst(value, page.url))),
    ];
    const tags = distinct(page.canonicalTags);
    const headers = distinct(page.canonicalHeaders);
    if (tags.length === 0 && headers.length === 0) return notApplicable('noCanonical');
    const all = [...new Set([...tags, ...headers])];
    const [tag] = tags;
    const [header] = headers;
    if (all.length > 1) {
      return tag && header && tags.length === 1 && headers.length === 1
        ? fail('tagAndHeaderDiffer', { values: { tag, header } })
        : fail('conflicting', { value: all.length, values: { canonicals: all } });
    }
    const written = page.canonicalTags.filter((value) => value.trim() !== '').length;
    if (written > 1) return pass('identicalTags', { value: tag, values: { count: written } });
    return pass({ value: tag ?? header });
  },
});
