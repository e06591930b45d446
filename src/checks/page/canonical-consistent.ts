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
  run: (page) => {
    const tag = page.canonicalTag?.trim();
    const header = page.canonicalHeader?.trim();
    if (!tag && !header) return notApplicable('no canonical declared');
    if (page.canonicalTagCount > 1)
      return fail({ value: page.canonicalTagCount, evidence: `${page.canonicalTagCount} <link rel="canonical"> tags` });
    if (tag && header && resolveAgainst(tag, page.url) !== resolveAgainst(header, page.url)) {
      return fail({ evidence: `tag says ${resolveAgainst(tag, page.url)}, Link header says ${resolveAgainst(header, page.url)}` });
    }
    return pass({ value: tag ?? header });
  },
});
