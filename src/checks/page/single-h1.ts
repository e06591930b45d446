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
  run: (page) => {
    const h1 = page.headings.filter((heading) => heading.level === 1 && heading.text !== '');
    if (h1.length === 1) return pass({ value: 1 });
    if (h1.length === 0) return fail({ value: 0, evidence: 'no <h1> with text' });
    return warn({ value: h1.length, evidence: `${h1.length} <h1> elements` });
  },
});
