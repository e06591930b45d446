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
  run: (page) => {
    const present = required.filter((property) => page.openGraph[property]?.trim());
    if (present.length === required.length) return pass({ value: present.length });
    const missing = required.filter((property) => !present.includes(property));
    return present.length === 0
      ? fail({ value: 0, evidence: 'no Open Graph tags' })
      : warn({ value: present.length, evidence: `missing ${missing.join(', ')}` });
  },
});
