import { definePageCheck, fail, pass } from '../define.js';

const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export default definePageCheck({
  id: 'html-lang',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'La langue de la page est déclarée', en: 'Page declares its language' },
  rationale: {
    fr: 'L’attribut lang indique aux moteurs et aux lecteurs d’écran la langue du contenu.',
    en: 'The lang attribute tells search engines and screen readers the language of the content.',
  },
  run: (page) => {
    if (!page.lang) return fail({ evidence: 'no lang attribute on <html>' });
    return languageTag.test(page.lang)
      ? pass({ value: page.lang })
      : fail({ value: page.lang, evidence: `"${page.lang}" is not a valid language tag` });
  },
});
