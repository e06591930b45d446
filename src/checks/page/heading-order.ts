import { definePageCheck, fail, notApplicable, pass } from '../define.js';

export default definePageCheck({
  id: 'heading-order',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'Les niveaux de titres se suivent sans saut', en: 'Heading levels follow without skipping' },
  rationale: {
    fr: 'Un plan h1 → h2 → h3 sans saut décrit la structure de la page aux moteurs comme aux lecteurs d’écran (critère RGAA 9.1).',
    en: 'An h1 → h2 → h3 outline without gaps describes the page structure to search engines and screen readers alike (RGAA criterion 9.1).',
  },
  source: [
    'https://dequeuniversity.com/rules/axe/4.10/heading-order',
    'https://www.w3.org/WAI/tutorials/page-structure/headings/',
    'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#9.1',
  ],
  messages: {
    noHeadings: { fr: 'aucun titre h1 à h6 renseigné', en: 'no headings' },
    skippedLevel: {
      fr: 'le titre h{level} « {heading} » suit un h{previous}',
      en: 'h{level} "{heading}" follows an h{previous}',
    },
  },
  run: (page) => {
    const headings = page.headings.filter((heading) => heading.text !== '');
    if (headings.length === 0) return notApplicable('noHeadings');
    for (let index = 1; index < headings.length; index += 1) {
      const previous = headings[index - 1]!;
      const current = headings[index]!;
      if (current.level > previous.level + 1) {
        return fail('skippedLevel', {
          value: `h${previous.level}→h${current.level}`,
          values: { level: current.level, heading: current.text.slice(0, 60), previous: previous.level },
        });
      }
    }
    return pass({ value: headings.length });
  },
});
