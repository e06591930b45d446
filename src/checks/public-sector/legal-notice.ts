import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { pageFor } from '../site-lookup.js';

/** Elements the law for confidence in the digital economy (LCEN, art. 6) requires. */
const requiredElements = ['publication-director', 'host', 'publisher'];

export default defineSiteCheck({
  id: 'legal-notice',
  dimension: 'public-sector',
  weight: 0,
  title: { fr: 'Les mentions légales sont publiées et complètes', en: 'The legal notice is published and complete' },
  rationale: {
    fr: 'La LCEN (art. 6) impose des mentions légales nommant l’éditeur, le directeur de la publication et l’hébergeur.',
    en: 'The LCEN (art. 6) requires a legal notice naming the publisher, the publication director and the host.',
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('no page');
    const url = site.home?.legalNoticeUrl ?? site.pages.find((page) => page.legalNoticeUrl)?.legalNoticeUrl;
    if (!url) return fail({ value: 'absent', evidence: 'no « Mentions légales » link' });
    const notice = pageFor(site, url);
    if (!notice) return warn({ value: url, evidence: `${url} was not read` });
    const missing = requiredElements.filter((element) => !notice.textSignals.includes(element));
    return missing.length === 0 ? pass({ value: url }) : warn({ value: url, evidence: `${url} does not name: ${missing.join(', ')}` });
  },
});
