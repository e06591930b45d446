import { defineSiteCheck, notApplicable } from '../define.js';
import { duplicateGroups, duplicatesFinding } from '../duplicates.js';
import { normaliseText } from '../text.js';

export default defineSiteCheck({
  id: 'duplicate-titles',
  dimension: 'on-page',
  weight: 2,
  title: { fr: 'Chaque page a son propre titre', en: 'Every page has its own title' },
  rationale: {
    fr: 'Des titres identiques empêchent les moteurs de choisir la bonne page et les visiteurs de distinguer les résultats.',
    en: 'Identical titles keep search engines from choosing the right page and visitors from telling results apart.',
  },
  run: (site) => {
    const titled = site.pages.filter((page) => page.title?.trim());
    if (titled.length < 2) return notApplicable('fewer than two pages with a title');
    const groups = duplicateGroups(titled, (page) => normaliseText(page.title ?? ''));
    return duplicatesFinding(groups, titled.length, (group) => `the title "${group[0]!.title}"`);
  },
});
