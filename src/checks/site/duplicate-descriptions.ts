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
  run: (site) => {
    const described = site.pages.filter((page) => page.metaDescription?.trim());
    if (described.length < 2) return notApplicable('fewer than two pages with a description');
    const groups = duplicateGroups(described, (page) => normaliseText(page.metaDescription ?? ''));
    return duplicatesFinding(groups, described.length, (group) => `the description "${group[0]!.metaDescription?.trim().slice(0, 80)}"`);
  },
});
