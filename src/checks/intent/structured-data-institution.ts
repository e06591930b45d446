import { defineSiteCheck, fail, pass, warn } from '../define.js';
import { institutionTypes } from '../schema-types.js';

export default defineSiteCheck({
  id: 'structured-data-institution',
  dimension: 'intent',
  weight: 2,
  title: { fr: 'L’accueil décrit l’institution en données structurées', en: 'Home page describes the institution with structured data' },
  rationale: {
    fr: 'Un balisage GovernmentOrganization, City ou Organization (nom, adresse, téléphone, réseaux) alimente la fiche de la collectivité dans les moteurs ; il s’écrit volontairement.',
    en: 'GovernmentOrganization, City or Organization markup (name, address, phone, profiles) feeds the authority’s panel in search engines; it is written on purpose.',
  },
  source: [
    'https://schema.org/GovernmentOrganization',
    'https://developers.google.com/search/docs/appearance/structured-data/organization',
  ],
  messages: {
    notOnHome: {
      fr: 'balisage {types} présent sur {url}, mais pas sur la page d’accueil',
      en: '{types} markup on {url}, not on the home page',
    },
    missing: {
      fr: 'aucun balisage GovernmentOrganization, City, Organization ou apparenté',
      en: 'no GovernmentOrganization, City, Organization or related markup',
    },
  },
  run: (site) => {
    const onHome = (site.home?.structuredDataTypes ?? []).filter((type) => institutionTypes.has(type));
    if (onHome.length > 0) return pass({ value: onHome.join(', ') });
    const elsewhere = site.pages.find((page) => page.structuredDataTypes.some((type) => institutionTypes.has(type)));
    if (elsewhere) {
      const types = elsewhere.structuredDataTypes.filter((type) => institutionTypes.has(type));
      return warn('notOnHome', { value: types.join(', '), values: { types, url: elsewhere.url } });
    }
    return fail('missing');
  },
});
