import { definePageCheck, fail, pass } from '../define.js';

/** Fewer words than this in the main content cannot answer a question; navigation and footer do not count. */
export const minMainWords = 50;

export default definePageCheck({
  id: 'thin-content',
  dimension: 'on-page',
  weight: 1,
  title: { fr: `Le contenu principal compte au moins ${minMainWords} mots`, en: `Main content has at least ${minMainWords} words` },
  rationale: {
    fr: 'Une page presque vide (« Site en construction », une ligne d’adresse) n’a rien à classer ; les moteurs la considèrent comme de faible qualité.',
    en: 'A nearly empty page ("under construction", one line of address) has nothing to rank; search engines treat it as low quality.',
  },
  source: 'https://developers.google.com/search/docs/fundamentals/creating-helpful-content',
  messages: {
    thin: {
      fr: '{words, plural, one {# mot} other {# mots}} de contenu principal (au moins {min} attendus)',
      en: '{words, plural, one {# word} other {# words}} of main content (at least {min} expected)',
    },
  },
  run: (page) =>
    page.mainWordCount >= minMainWords
      ? pass({ value: page.mainWordCount })
      : fail('thin', { value: page.mainWordCount, values: { words: page.mainWordCount, min: minMainWords } }),
});
