import { definePageCheck, fail, pass, warn } from '../define.js';

export default definePageCheck({
  id: 'single-h1',
  dimension: 'on-page',
  weight: 2,
  title: { fr: 'La page a exactement un titre h1', en: 'Page has exactly one h1' },
  rationale: {
    fr: 'Un h1 unique annonce le sujet de la page aux moteurs comme aux lecteurs d’écran.',
    en: 'A single h1 states the topic of the page to search engines and screen readers alike.',
  },
  source: [
    'https://www.w3.org/WAI/tutorials/page-structure/headings/',
    'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#9.1',
  ],
  messages: {
    noH1: { fr: 'aucun <h1> renseigné', en: 'no <h1> with text' },
    severalH1: { fr: '{count} éléments <h1>', en: '{count} <h1> elements' },
  },
  run: (page) => {
    const h1 = page.headings.filter((heading) => heading.level === 1 && heading.text !== '');
    if (h1.length === 1) return pass({ value: 1 });
    if (h1.length === 0) return fail('noH1', { value: 0 });
    return warn('severalH1', { value: h1.length, values: { count: h1.length } });
  },
});
