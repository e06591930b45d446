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
  source: 'https://developers.google.com/search/docs/appearance/snippet#meta-descriptions',
  messages: {
    noPage: { fr: 'aucune page n’a été lue', en: 'no page was read' },
    fewOwnDescriptions: {
      fr: '{own, plural, =0 {aucune page sur {pages} n’a sa propre description} one {# page sur {pages} a sa propre description} other {# pages sur {pages} ont leur propre description}}',
      en: '{pages, plural, one {{own} of # page has its own description} other {{own} of # pages have their own description}}',
    },
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('noPage');
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
      ...(status === 'pass' ? {} : { message: 'fewOwnDescriptions' as const, values: { own: own.length, pages: site.pages.length } }),
      examples: site.pages.filter((page) => !own.includes(page)).map((page) => page.url),
    };
  },
});
