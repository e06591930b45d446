import { definePageCheck, notApplicable, pass, warn } from '../define.js';

/** Under 50 characters, a description cannot summarise a page. */
export const minDescriptionLength = 50;
/** Google shows about 920 pixels, some 155 to 160 characters, on desktop. */
export const maxDescriptionLength = 160;

export default definePageCheck({
  id: 'meta-description-length',
  dimension: 'on-page',
  weight: 1,
  title: {
    fr: `La meta description compte de ${minDescriptionLength} à ${maxDescriptionLength} caractères`,
    en: `Meta description is ${minDescriptionLength} to ${maxDescriptionLength} characters long`,
  },
  rationale: {
    fr: 'Trop courte, la description ne résume rien et Google la remplace par un extrait ; trop longue, elle est coupée.',
    en: 'Too short, the description summarises nothing and Google replaces it with a snippet; too long, it is cut.',
  },
  source: 'https://developers.google.com/search/docs/appearance/snippet#meta-descriptions',
  messages: {
    noDescription: { fr: 'aucune meta description', en: 'no meta description' },
    tooShort: {
      fr: 'description de {length, plural, one {# caractère} other {# caractères}} (au moins {min} attendus)',
      en: 'description of {length, plural, one {# character} other {# characters}} (at least {min} expected)',
    },
    tooLong: {
      fr: 'description de {length} caractères (plus de {max}) : tronquée dans les résultats',
      en: 'description of {length} characters (more than {max}): cut in results',
    },
  },
  run: (page) => {
    const description = page.metaDescription?.trim();
    if (!description) return notApplicable('noDescription');
    const length = [...description].length;
    if (length < minDescriptionLength) return warn('tooShort', { value: length, values: { length, min: minDescriptionLength } });
    if (length > maxDescriptionLength) return warn('tooLong', { value: length, values: { length, max: maxDescriptionLength } });
    return pass({ value: length });
  },
});
