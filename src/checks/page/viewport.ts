import { definePageCheck, fail, pass } from '../define.js';

export default definePageCheck({
  id: 'viewport',
  dimension: 'performance',
  weight: 2,
  title: { fr: 'La page est adaptée aux mobiles (viewport)', en: 'Page sets a mobile viewport' },
  rationale: {
    fr: 'Sans meta viewport, la page s’affiche en taille bureau sur mobile ; Google indexe la version mobile.',
    en: 'Without a viewport meta, the page renders at desktop width on phones; Google indexes the mobile version.',
  },
  run: (page) =>
    page.viewport && /width\s*=/i.test(page.viewport)
      ? pass({ value: page.viewport })
      : fail({ evidence: page.viewport ? `viewport without width: "${page.viewport}"` : 'no <meta name="viewport">' }),
});
