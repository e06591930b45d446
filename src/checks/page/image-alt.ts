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
  source: [
    'https://dequeuniversity.com/rules/axe/4.10/image-alt',
    'https://www.w3.org/WAI/WCAG21/Understanding/non-text-content.html',
    'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#1.1',
  ],
  messages: {
    noImages: { fr: 'aucune image', en: 'no images' },
    missingAlt: {
      fr: '{missing, plural, one {# image} other {# images}} sur {total} sans attribut alt, par exemple {src}',
      en: '{missing} of {total, plural, one {# image} other {# images}} without alt, e.g. {src}',
    },
  },
  run: (page) => {
    if (page.images.length === 0) return notApplicable('noImages');
    const missing = page.images.filter((image) => image.alt === null);
    const first = missing[0];
    if (!first) return pass({ value: 0 });
    return fail('missingAlt', { value: missing.length, values: { missing: missing.length, total: page.images.length, src: first.src } });
  },
});
