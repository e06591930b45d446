import { defineSiteCheck, notApplicable } from '../define.js';
import { duplicateGroups, duplicatesFinding } from '../duplicates.js';
import { normaliseText } from '../text.js';

export default defineSiteCheck({
  id: 'duplicate-descriptions',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'Chaque page a sa propre meta description', en: 'Every page has its own meta description' },
  rationale: {
    fr: 'Une même description sur plusieurs pages ne résume aucune d’entre elles ; Google la remplace alors par un extrait de son choix.',
    en: 'One description on several pages summarises none of them; Google then replaces it with a snippet of its choice.',
  },
  source: 'https://developers.google.com/search/docs/appearance/snippet#meta-descriptions',
  messages: {
    tooFewDescribed: { fr: 'moins de deux pages ont une meta description', en: 'fewer than two pages with a description' },
    duplicated: {
      fr: '{duplicated} pages sur {considered} partagent la description « {shared} » avec une autre page',
      en: '{duplicated} of {considered} pages share the description "{shared}" with another page',
    },
  },
  run: (site) => {
    const described = site.pages.filter((page) => page.metaDescription?.trim());
    if (described.length < 2) return notApplicable('tooFewDescribed');
    const groups = duplicateGroups(described, (page) => normaliseText(page.metaDescription ?? ''));
    // The description quoted as the page gives it, cut to 80 characters.
    return duplicatesFinding(groups, described.length, (group) => group[0]!.metaDescription?.trim().slice(0, 80) ?? '');
  },
});
