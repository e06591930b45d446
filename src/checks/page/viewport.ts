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
  source: [
    'https://developer.chrome.com/docs/lighthouse/best-practices/viewport',
    'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#10.4',
  ],
  messages: {
    missing: { fr: 'aucune balise <meta name="viewport">', en: 'no <meta name="viewport">' },
    noWidth: { fr: 'viewport sans largeur (width) : « {viewport} »', en: 'viewport without width: "{viewport}"' },
    zoomBlocked: { fr: 'le viewport empêche le zoom : « {viewport} »', en: 'the viewport prevents zooming: "{viewport}"' },
  },
  run: (page) => {
    const viewport = page.viewport?.trim();
    if (!viewport) return fail('missing');
    if (!/width\s*=/i.test(viewport)) return fail('noWidth', { value: viewport, values: { viewport } });
    const maximumScale = /maximum-scale\s*=\s*([\d.]+)/i.exec(viewport);
    if (/user-scalable\s*=\s*(no|0)\b/i.test(viewport) || (maximumScale && Number(maximumScale[1]) < 2)) {
      return warn('zoomBlocked', { value: viewport, values: { viewport } });
    }
    return pass({ value: viewport });
  },
});
