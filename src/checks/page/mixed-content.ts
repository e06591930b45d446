import { definePageCheck, fail, notApplicable, pass } from '../define.js';

export default definePageCheck({
  id: 'mixed-content',
  dimension: 'performance',
  weight: 1,
  title: { fr: 'La page HTTPS ne charge rien en HTTP', en: 'HTTPS page loads nothing over HTTP' },
  rationale: {
    fr: 'Les navigateurs bloquent ou signalent les ressources http:// d’une page https:// : images absentes, cadenas barré, confiance perdue.',
    en: 'Browsers block or flag http:// resources on an https:// page: missing images, a broken padlock, lost trust.',
  },
  run: (page) => {
    if (!page.url.startsWith('https:')) return notApplicable('page served over http');
    return page.mixedContent.length === 0
      ? pass({ value: 0 })
      : fail({
          value: page.mixedContent.length,
          evidence: `${page.mixedContent.length} http:// resource(s), e.g. ${page.mixedContent[0]}`,
        });
  },
});
