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
  source: 'https://developers.google.com/search/docs/appearance/snippet#meta-descriptions',
  messages: {
    titleOrDescriptionMissing: { fr: 'pas de titre ou pas de meta description', en: 'no title or no description' },
    repeatsTitle: { fr: 'la description répète le titre', en: 'the description repeats the title' },
  },
  run: (page) => {
    const title = page.title?.trim();
    const description = page.metaDescription?.trim();
    if (!title || !description) return notApplicable('titleOrDescriptionMissing');
    return normaliseText(title) === normaliseText(description) ? fail('repeatsTitle', { value: description }) : pass();
  },
});
