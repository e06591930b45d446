import { definePageCheck, fail, pass } from '../define.js';

export default definePageCheck({
  id: 'title-present',
  dimension: 'on-page',
  weight: 3,
  title: { fr: 'La page a un titre', en: 'Page has a title' },
  rationale: {
    fr: 'Le titre est le texte cliquable du résultat de recherche et le premier signal de pertinence de la page.',
    en: 'The title is the clickable text of the search result and the first relevance signal of the page.',
  },
  source: 'https://developers.google.com/search/docs/appearance/title-link#page-titles',
  messages: {
    missing: { fr: 'aucune balise <title> renseignée', en: 'no <title> with text' },
  },
  run: (page) => {
    const title = page.title?.trim();
    return title ? pass({ value: title.length }) : fail('missing');
  },
});
