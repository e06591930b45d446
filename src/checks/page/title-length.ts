import { definePageCheck, notApplicable, pass, warn } from '../define.js';

/** Below this, a title cannot name both the page's subject and the place. */
export const minTitleLength = 15;
/** Google cuts titles at about 600 pixels: some 60 to 70 characters of French text. */
export const maxTitleLength = 70;

export default definePageCheck({
  id: 'title-length',
  dimension: 'on-page',
  weight: 1,
  title: {
    fr: `Le titre compte de ${minTitleLength} à ${maxTitleLength} caractères`,
    en: `Title is ${minTitleLength} to ${maxTitleLength} characters long`,
  },
  rationale: {
    fr: 'Un titre trop court ne dit ni le sujet ni le lieu ; trop long, il est tronqué dans les résultats (environ 600 pixels affichés).',
    en: 'A title too short states neither topic nor place; too long, it is cut in the results (about 600 pixels are shown).',
  },
  source: 'https://developers.google.com/search/docs/appearance/title-link#page-titles',
  messages: {
    noTitle: { fr: 'aucun titre', en: 'no title' },
    tooShort: {
      fr: 'titre de {length, plural, one {# caractère} other {# caractères}} (au moins {min} attendus) : « {title} »',
      en: 'title of {length, plural, one {# character} other {# characters}} (at least {min} expected): "{title}"',
    },
    tooLong: {
      fr: 'titre de {length} caractères (plus de {max}) : tronqué dans les résultats',
      en: 'title of {length} characters (more than {max}): cut in results',
    },
  },
  run: (page) => {
    const title = page.title?.trim();
    if (!title) return notApplicable('noTitle');
    const length = [...title].length;
    if (length < minTitleLength) return warn('tooShort', { value: length, values: { length, min: minTitleLength, title } });
    if (length > maxTitleLength) return warn('tooLong', { value: length, values: { length, max: maxTitleLength } });
    return pass({ value: length });
  },
});
