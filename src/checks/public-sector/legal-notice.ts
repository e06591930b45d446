import { textSignalLabels } from '../text-signals.js';
import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { pageFor } from '../site-lookup.js';

/** Elements the law for confidence in the digital economy (LCEN, art. 1-1, formerly art. 6 III) requires. */
const requiredElements = ['publication-director', 'host', 'publisher'];

export default defineSiteCheck({
  id: 'legal-notice',
  dimension: 'public-sector',
  theme: 'legal',
  weight: 0,
  title: { fr: 'Les mentions légales sont publiées et complètes', en: 'The legal notice is published and complete' },
  rationale: {
    fr: 'La LCEN (art. 1-1, ancien art. 6 III) impose des mentions légales nommant l’éditeur, le directeur de la publication et l’hébergeur.',
    en: 'The LCEN (art. 1-1, formerly art. 6 III) requires a legal notice naming the publisher, the publication director and the host.',
  },
  source: [
    'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000801164',
    'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000049568614',
  ],
  messages: {
    noPage: { fr: 'aucune page n’a été lue', en: 'no page was read' },
    noLink: { fr: 'aucun lien « Mentions légales »', en: 'no "Mentions légales" link' },
    notRead: { fr: 'la page {url} n’a pas été lue', en: '{url} was not read' },
    incomplete: {
      fr: 'la page {url} ne nomme pas tous les responsables exigés (éditeur, directeur de la publication, hébergeur) ; éléments absents : {missing}',
      en: '{url} does not name everyone required (publisher, publication director, host); missing: {missing}',
    },
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('noPage');
    const url = site.home?.legalNoticeUrl ?? site.pages.find((page) => page.legalNoticeUrl)?.legalNoticeUrl;
    if (!url) return fail('noLink', { value: 'absent' });
    const notice = pageFor(site, url);
    if (!notice) return warn('notRead', { value: url, values: { url } });
    const missing = requiredElements.filter((element) => !notice.textSignals.includes(element));
    return missing.length === 0
      ? pass({ value: url })
      : warn('incomplete', { value: url, values: { url, missing: textSignalLabels(missing) } });
  },
});
