import { defineSiteCheck, notApplicable } from '../define.js';
import { duplicateGroups, duplicatesFinding, indexedUnderOwnUrl } from '../duplicates.js';
import { normaliseText } from '../text.js';

export default defineSiteCheck({
  id: 'duplicate-titles',
  dimension: 'on-page',
  weight: 2,
  title: { fr: 'Chaque page a son propre titre', en: 'Every page has its own title' },
  rationale: {
    fr: 'Des titres identiques empêchent les moteurs de choisir la bonne page et les visiteurs de distinguer les résultats. Seules comptent les pages indexables sous leur propre URL : une page en noindex ou canonisée vers une autre URL n’apparaît pas dans les résultats.',
    en: 'Identical titles keep search engines from choosing the right page and visitors from telling results apart. Only pages indexable under their own URL count: a page with noindex or canonicalised to another URL does not appear in results.',
  },
  source: [
    'https://developers.google.com/search/docs/appearance/title-link#page-titles',
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  ],
  messages: {
    tooFewTitled: { fr: 'moins de deux pages indexables ont un titre', en: 'fewer than two indexable pages with a title' },
    duplicated: {
      fr: '{duplicated} pages indexables sur {considered} partagent le titre « {shared} » avec une autre page',
      en: '{duplicated} of {considered} indexable pages share the title "{shared}" with another page',
    },
  },
  run: (site) => {
    const titled = indexedUnderOwnUrl(site.pages).filter((page) => page.title?.trim());
    if (titled.length < 2) return notApplicable('tooFewTitled');
    const groups = duplicateGroups(titled, (page) => normaliseText(page.title ?? ''));
    return duplicatesFinding(groups, titled.length, (group) => group[0]?.title ?? '');
  },
});
