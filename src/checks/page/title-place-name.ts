import { definePageCheck, notApplicable, pass, warn } from '../define.js';
import { normaliseText, placeName } from '../text.js';

export default definePageCheck({
  id: 'title-place-name',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'Le titre contient le nom de la collectivité', en: 'Title contains the place name' },
  rationale: {
    fr: 'Les habitants cherchent « horaires mairie + commune » : sans le nom du lieu, le titre perd la requête et se confond avec celui des autres collectivités.',
    en: 'Residents search for "town hall opening hours + town": without the place name, the title misses the query and looks like every other authority’s.',
  },
  source: 'https://developers.google.com/search/docs/appearance/title-link#page-titles',
  messages: {
    noTitle: { fr: 'aucun titre', en: 'no title' },
    noInstitutionName: { fr: 'la collectivité n’a pas de nom', en: 'institution has no name' },
    placeMissing: { fr: '« {title} » ne mentionne pas {institution}', en: '"{title}" does not name {institution}' },
  },
  run: (page, site) => {
    const title = page.title?.trim();
    if (!title) return notApplicable('noTitle');
    const place = placeName(site.institution);
    if (!place) return notApplicable('noInstitutionName');
    return normaliseText(title).includes(place)
      ? pass({ value: true })
      : warn('placeMissing', { value: false, values: { title, institution: site.institution.name } });
  },
});
