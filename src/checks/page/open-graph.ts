import { definePageCheck, fail, pass, warn } from '../define.js';

/** The four properties the Open Graph protocol requires. */
const required = ['og:title', 'og:type', 'og:image', 'og:url'];

export default definePageCheck({
  id: 'open-graph',
  dimension: 'rich-results',
  weight: 1,
  title: { fr: 'La page a ses balises Open Graph', en: 'Page has Open Graph tags' },
  rationale: {
    fr: 'Les balises Open Graph (titre, type, image, URL) règlent l’aperçu de la page partagée sur Facebook, LinkedIn ou une messagerie, premier canal de diffusion des informations municipales.',
    en: 'Open Graph tags (title, type, image, URL) shape the preview of a page shared on Facebook, LinkedIn or a messaging app, the first channel for municipal news.',
  },
  source: 'https://ogp.me/',
  messages: {
    none: { fr: 'aucune balise Open Graph', en: 'no Open Graph tags' },
    missingProperties: {
      fr: '{count, plural, one {propriété Open Graph manquante} other {propriétés Open Graph manquantes}} : {missing}',
      en: '{count, plural, one {missing Open Graph property} other {missing Open Graph properties}}: {missing}',
    },
  },
  run: (page) => {
    const present = required.filter((property) => page.openGraph[property]?.trim());
    if (present.length === required.length) return pass({ value: present.length });
    const missing = required.filter((property) => !present.includes(property));
    return present.length === 0
      ? fail('none', { value: 0 })
      : warn('missingProperties', { value: present.length, values: { missing, count: missing.length } });
  },
});
