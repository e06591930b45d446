import { definePageCheck, fail, notApplicable, pass } from '../define.js';

export default definePageCheck({
  id: 'image-alt',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'Chaque image a un attribut alt', en: 'Every image has an alt attribute' },
  rationale: {
    fr: 'Le texte alternatif décrit l’image aux moteurs (recherche d’images) et aux lecteurs d’écran ; alt="" signale une image décorative (RGAA 1.1).',
    en: 'Alternative text describes the image to search engines (image search) and screen readers; alt="" marks a decorative image (RGAA 1.1).',
  },
  run: (page) => {
    if (page.images.length === 0) return notApplicable('no images');
    const missing = page.images.filter((image) => image.alt === null);
    return missing.length === 0
      ? pass({ value: 0 })
      : fail({ value: missing.length, evidence: `${missing.length} of ${page.images.length} images without alt, e.g. ${missing[0]!.src}` });
  },
});
