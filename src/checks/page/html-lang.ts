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
  source: ['https://dequeuniversity.com/rules/axe/4.10/html-has-lang', 'https://www.w3.org/WAI/WCAG21/Understanding/language-of-page'],
  messages: {
    missing: { fr: 'aucun attribut lang sur <html>', en: 'no lang attribute on <html>' },
    invalid: { fr: '« {lang} » n’est pas une étiquette de langue valide', en: '"{lang}" is not a valid language tag' },
  },
  run: (page) => {
    if (!page.lang) return fail('missing');
    return languageTag.test(page.lang) ? pass({ value: page.lang }) : fail('invalid', { value: page.lang, values: { lang: page.lang } });
  },
});
