import { definePageCheck, notApplicable, pass, warn } from '../define.js';
import { mentionsPlace, placeName } from '../text.js';

export default definePageCheck({
  id: 'title-place-name',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'Le titre contient le nom de la collectivité', en: 'Title contains the place name' },
  rationale: {
    fr: 'Les habitants cherchent « horaires mairie + commune » : sans le nom du lieu, le titre perd la requête et se confond avec celui des autres collectivités. Le nom se lit comme le français l’écrit : article contracté (« Mairie du Havre » pour Le Havre, « des Sables-d’Olonne »), « St » pour « Saint », accents, tirets et majuscules facultatifs. Une collectivité connue par sa seule adresse (un audit lancé sur une URL) n’a pas de nom à chercher : le verdict est alors « sans objet ».',
    en: 'Residents search for "town hall opening hours + town": without the place name, the title misses the query and looks like every other authority’s. The name is read as French writes it: a contracted article ("Mairie du Havre" for Le Havre, "des Sables-d’Olonne"), "St" for "Saint", accents, hyphens and case optional. An institution known only by its address (an audit started from a URL) has no name to look for: the verdict is then "not applicable".',
  },
  source: 'https://developers.google.com/search/docs/appearance/title-link#page-titles',
  messages: {
    noTitle: { fr: 'aucun titre', en: 'no title' },
    noInstitutionName: { fr: 'la collectivité n’a pas de nom', en: 'institution has no name' },
    nameUnknown: {
      fr: 'nom de la collectivité inconnu : seule son adresse ({name}) a été donnée',
      en: 'the institution’s name is unknown: only its address ({name}) was given',
    },
    placeMissing: { fr: '« {title} » ne mentionne pas {institution}', en: '"{title}" does not name {institution}' },
  },
  run: (page, site) => {
    const title = page.title?.trim();
    if (!title) return notApplicable('noTitle');
    const place = placeName(site.institution);
    if (place === undefined) {
      const name = site.institution.name.trim();
      return name === '' ? notApplicable('noInstitutionName') : notApplicable('nameUnknown', { values: { name } });
    }
    return mentionsPlace(title, place)
      ? pass({ value: true })
      : warn('placeMissing', { value: false, values: { title, institution: site.institution.name } });
  },
});
