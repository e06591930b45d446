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
    fr: 'Deux canoniques contradictoires (deux balises, ou balise et en-tête HTTP Link qui diffèrent) sont ignorées toutes les deux par Google.',
    en: 'Two conflicting canonicals (two tags, or a tag and an HTTP Link header that differ) are both ignored by Google.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  messages: {
    noCanonical: { fr: 'aucune URL canonique déclarée', en: 'no canonical declared' },
    severalTags: {
      fr: '{count, plural, one {# balise <link rel="canonical">} other {# balises <link rel="canonical">}}',
      en: '{count, plural, one {# <link rel="canonical"> tag} other {# <link rel="canonical"> tags}}',
    },
    tagAndHeaderDiffer: {
      fr: 'la balise indique {tag}, l’en-tête Link indique {header}',
      en: 'tag says {tag}, Link header says {header}',
    },
  },
  run: (page) => {
    const tag = page.canonicalTag?.trim();
    const header = page.canonicalHeader?.trim();
    if (!tag && !header) return notApplicable('noCanonical');
    if (page.canonicalTagCount > 1)
      return fail('severalTags', { value: page.canonicalTagCount, values: { count: page.canonicalTagCount } });
    if (tag && header && resolveAgainst(tag, page.url) !== resolveAgainst(header, page.url)) {
      return fail('tagAndHeaderDiffer', { values: { tag: resolveAgainst(tag, page.url), header: resolveAgainst(header, page.url) } });
    }
    return pass({ value: tag ?? header });
  },
});
