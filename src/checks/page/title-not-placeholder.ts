import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import { normaliseText } from '../text.js';

/** Titles a CMS or a hurried editor leaves behind; they say nothing about the page or the place. */
export const placeholderTitles = [
  'accueil',
  'home',
  'homepage',
  'page d accueil',
  'bienvenue',
  'mairie',
  'site officiel',
  'index',
  'page',
  'sans titre',
  'untitled',
  'untitled document',
  'document',
  'nouvelle page',
  'new page',
  'titre',
  'title',
  'mon site',
  'my site',
  'hello world',
  'just another wordpress site',
  'un site utilisant wordpress',
  'default',
  'test',
];
const placeholders = new Set(placeholderTitles.map(normaliseText));

export default definePageCheck({
  id: 'title-not-placeholder',
  dimension: 'on-page',
  weight: 2,
  title: { fr: 'Le titre n’est pas un titre par défaut', en: 'Title is not a placeholder' },
  rationale: {
    fr: 'Un titre générique (« Accueil », « Mairie », « Sans titre ») ne distingue la page ni des autres pages du site ni des milliers d’autres mairies.',
    en: 'A generic title ("Accueil", "Mairie", "Untitled") sets the page apart neither from the site’s other pages nor from thousands of other town halls.',
  },
  source: 'https://developers.google.com/search/docs/appearance/title-link#page-titles',
  messages: {
    noTitle: { fr: 'aucun titre', en: 'no title' },
    placeholder: { fr: 'titre par défaut « {title} »', en: 'placeholder title "{title}"' },
  },
  run: (page) => {
    const title = page.title?.trim();
    if (!title) return notApplicable('noTitle');
    const normalised = normaliseText(title)
      .replace(/[^\p{L}\p{N} ]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return placeholders.has(normalised) ? fail('placeholder', { value: title, values: { title } }) : pass({ value: title });
  },
});
