import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import { normaliseText } from '../text.js';

export default definePageCheck({
  id: 'meta-description-not-title',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'La meta description ne répète pas le titre', en: 'Meta description does not repeat the title' },
  rationale: {
    fr: 'Une description identique au titre gaspille la deuxième ligne du résultat : elle doit donner envie de cliquer en résumant la page.',
    en: 'A description equal to the title wastes the second line of the result: it should summarise the page and invite the click.',
  },
  run: (page) => {
    const title = page.title?.trim();
    const description = page.metaDescription?.trim();
    if (!title || !description) return notApplicable('no title or no description');
    return normaliseText(title) === normaliseText(description)
      ? fail({ value: description, evidence: 'the description repeats the title' })
      : pass();
  },
});
