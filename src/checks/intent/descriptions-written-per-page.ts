import { defineSiteCheck, notApplicable } from '../define.js';
import { statusForShare } from '../run.js';
import { share } from '../site-lookup.js';
import { normaliseText } from '../text.js';

export default defineSiteCheck({
  id: 'descriptions-written-per-page',
  dimension: 'intent',
  weight: 3,
  title: { fr: 'Les descriptions sont rédigées page par page', en: 'Descriptions are written page by page' },
  rationale: {
    fr: 'Un CMS remplit au mieux une description commune à tout le site ; une description propre à chaque page est le signe le plus sûr d’un travail éditorial de référencement.',
    en: 'A CMS fills in at best one description for the whole site; a description of each page’s own is the surest sign of deliberate SEO writing.',
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('no page');
    const counts = new Map<string, number>();
    for (const page of site.pages) {
      const description = normaliseText(page.metaDescription ?? '');
      if (description) counts.set(description, (counts.get(description) ?? 0) + 1);
    }
    const own = site.pages.filter((page) => counts.get(normaliseText(page.metaDescription ?? '')) === 1);
    const ownShare = share(own.length, site.pages.length);
    const status = statusForShare(ownShare);
    return {
      status,
      value: ownShare,
      ...(status === 'pass' ? {} : { evidence: `${own.length} of ${site.pages.length} pages have a description of their own` }),
      examples: site.pages.filter((page) => !own.includes(page)).map((page) => page.url),
    };
  },
});
