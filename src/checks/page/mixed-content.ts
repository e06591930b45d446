import { definePageCheck, fail, notApplicable, pass } from '../define.js';

export default definePageCheck({
  id: 'mixed-content',
  dimension: 'performance',
  weight: 1,
  title: { fr: 'La page HTTPS ne charge rien en HTTP', en: 'HTTPS page loads nothing over HTTP' },
  rationale: {
    fr: 'Les navigateurs bloquent ou signalent les ressources http:// d’une page https:// : images absentes, cadenas barré, confiance perdue.',
    en: 'Browsers block or flag http:// resources on an https:// page: missing images, a broken padlock, lost trust.',
  },
  source: ['https://web.dev/articles/what-is-mixed-content', 'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content'],
  messages: {
    servedOverHttp: { fr: 'page servie en http', en: 'page served over http' },
    httpResources: {
      fr: '{count, plural, one {# ressource chargée en http://} other {# ressources chargées en http://}}, par exemple {example}',
      en: '{count, plural, one {# http:// resource} other {# http:// resources}}, e.g. {example}',
    },
  },
  run: (page) => {
    if (!page.url.startsWith('https:')) return notApplicable('servedOverHttp');
    const first = page.mixedContent[0];
    if (first === undefined) return pass({ value: 0 });
    return fail('httpResources', { value: page.mixedContent.length, values: { count: page.mixedContent.length, example: first } });
  },
});
