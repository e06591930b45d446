import { defineSiteCheck, notApplicable } from '../define.js';
import { duplicateGroups, duplicatesFinding, indexedUnderOwnUrl } from '../duplicates.js';
import { normaliseText } from '../text.js';

export default defineSiteCheck({
  id: 'duplicate-descriptions',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'Chaque page a sa propre meta description', en: 'Every page has its own meta description' },
  rationale: {
    fr: 'Une même description sur plusieurs pages ne résume aucune d’entre elles ; Google la remplace alors par un extrait de son choix. Seules comptent les pages indexables sous leur propre URL : une page en noindex ou canonisée vers une autre URL n’apparaît pas dans les résultats.',
    en: 'One description on several pages summarises none of them; Google then replaces it with a snippet of its choice. Only pages indexable under their own URL count: a page with noindex or canonicalised to another URL does not appear in results.',
  },
  source: [
    'https://developers.google.com/search/docs/appearance/snippet#meta-descriptions',
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  ],
  messages: {
    tooFewDescribed: {
      fr: 'moins de deux pages indexables ont une meta description',
      en: 'fewer than two indexable pages with a description',
    },
    duplicated: {
      fr: '{duplicated} pages indexables sur {considered} partagent la description « {shared} » avec une autre page',
      en: '{duplicated} of {considered} indexable pages share the description "{shared}" with another page',
    },
  },
  run: (site) => {
    const described = indexedUnderOwnUrl(site.pages).filter((page) => page.metaDescription?.trim());
    if (described.length < 2) return notApplicable('tooFewDescribed');
    const groups = duplicateGroups(described, (page) => normaliseText(page.metaDescription ?? ''));
    // The description quoted as the page gives it, cut to 80 characters.
    return duplicatesFinding(groups, described.length, (group) => group[0]!.metaDescription?.trim().slice(0, 80) ?? '');
  },
});
