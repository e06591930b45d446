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
  run: (page) => {
    const description = page.metaDescription?.trim();
    if (!description) return notApplicable('no meta description');
    const length = [...description].length;
    if (length < minDescriptionLength) return warn({ value: length, evidence: `description of ${length} characters` });
    if (length > maxDescriptionLength) return warn({ value: length, evidence: `description of ${length} characters, cut in results` });
    return pass({ value: length });
  },
});
