import { definePageCheck, fail, pass, warn } from '../define.js';

/** `width=device-width, initial-scale=1`: properties separated by commas, semicolons or spaces, names case-insensitive. */
function viewportProperties(content: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const [, name, value] of content.matchAll(/([\w-]+)\s*=\s*([^,;\s]*)/g)) {
    if (name && !properties.has(name.toLowerCase())) properties.set(name.toLowerCase(), (value ?? '').trim());
  }
  return properties;
}

export default definePageCheck({
  id: 'viewport',
  dimension: 'performance',
  weight: 2,
  title: { fr: 'La page est adaptée aux mobiles (viewport)', en: 'Page sets a mobile viewport' },
  rationale: {
    fr: 'Sans meta viewport, la page s’affiche en taille bureau sur mobile ; Google indexe la version mobile. Comme Lighthouse, muniseo tient la page pour adaptée quand le viewport donne une largeur (width) ou un zoom initial (initial-scale=1 suffit), sauf un zoom initial inférieur à 1. Bloquer le zoom gêne les malvoyants (RGAA 10.4).',
    en: 'Without a viewport meta, the page renders at desktop width on phones; Google indexes the mobile version. As Lighthouse does, muniseo deems the page mobile-ready when the viewport sets a width or an initial scale (initial-scale=1 is enough), unless the initial scale is below 1. Blocking zoom hinders low-vision users (RGAA 10.4).',
  },
  source: [
    'https://developer.chrome.com/docs/lighthouse/pwa/viewport',
    'https://github.com/GoogleChrome/lighthouse/blob/v12.2.3/core/computed/viewport-meta.js',
    'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#10.4',
  ],
  messages: {
    missing: { fr: 'aucune balise <meta name="viewport">', en: 'no <meta name="viewport">' },
    noWidthOrScale: {
      fr: 'viewport sans largeur (width) ni zoom initial (initial-scale) : « {viewport} »',
      en: 'viewport without width or initial-scale: "{viewport}"',
    },
    scaleBelowOne: {
      fr: 'zoom initial inférieur à 1 : la page s’ouvre dézoomée sur mobile (« {viewport} »)',
      en: 'initial scale below 1: the page opens zoomed out on phones ("{viewport}")',
    },
    zoomBlocked: { fr: 'le viewport empêche le zoom : « {viewport} »', en: 'the viewport prevents zooming: "{viewport}"' },
  },
  run: (page) => {
    const viewport = page.viewport?.trim();
    if (!viewport) return fail('missing');
    const properties = viewportProperties(viewport);
    const initialScale = Number(properties.get('initial-scale') ?? NaN);
    if (!Number.isNaN(initialScale) && initialScale < 1) return fail('scaleBelowOne', { value: viewport, values: { viewport } });
    if (!properties.get('width') && !initialScale) return fail('noWidthOrScale', { value: viewport, values: { viewport } });
    const maximumScale = Number(properties.get('maximum-scale') ?? NaN);
    if (/^(no|0)$/i.test(properties.get('user-scalable') ?? '') || maximumScale < 2) {
      return warn('zoomBlocked', { value: viewport, values: { viewport } });
    }
    return pass({ value: viewport });
  },
});
