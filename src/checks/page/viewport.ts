import { definePageCheck, fail, pass, warn } from '../define.js';

export default definePageCheck({
  id: 'viewport',
  dimension: 'performance',
  weight: 2,
  title: { fr: 'La page est adaptée aux mobiles (viewport)', en: 'Page sets a mobile viewport' },
  rationale: {
    fr: 'Sans meta viewport, la page s’affiche en taille bureau sur mobile ; Google indexe la version mobile. Bloquer le zoom gêne les malvoyants (RGAA 10.4).',
    en: 'Without a viewport meta, the page renders at desktop width on phones; Google indexes the mobile version. Blocking zoom hinders low-vision users (RGAA 10.4).',
  },
  run: (page) => {
    const viewport = page.viewport?.trim();
    if (!viewport) return fail({ evidence: 'no <meta name="viewport">' });
    if (!/width\s*=/i.test(viewport)) return fail({ value: viewport, evidence: `viewport without width: "${viewport}"` });
    const maximumScale = /maximum-scale\s*=\s*([\d.]+)/i.exec(viewport);
    if (/user-scalable\s*=\s*(no|0)\b/i.test(viewport) || (maximumScale && Number(maximumScale[1]) < 2)) {
      return warn({ value: viewport, evidence: 'the viewport prevents zooming' });
    }
    return pass({ value: viewport });
  },
});
