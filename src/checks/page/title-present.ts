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
  run: (page) => (page.title?.trim() ? pass({ value: page.title.trim().length }) : fail({ evidence: 'no <title> with text' })),
});
