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
  run: (page, site) => {
    const title = page.title?.trim();
    if (!title) return notApplicable('no title');
    const place = placeName(site.institution);
    if (!place) return notApplicable('institution has no name');
    return normaliseText(title).includes(place)
      ? pass({ value: true })
      : warn({ value: false, evidence: `"${title}" does not name ${site.institution.name}` });
  },
});
