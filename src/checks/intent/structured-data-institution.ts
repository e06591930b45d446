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
  run: (site) => {
    const onHome = (site.home?.jsonLd.types ?? []).filter((type) => institutionTypes.has(type));
    if (onHome.length > 0) return pass({ value: onHome.join(', ') });
    const elsewhere = site.pages.find((page) => page.jsonLd.types.some((type) => institutionTypes.has(type)));
    if (elsewhere) {
      return warn({
        value: elsewhere.jsonLd.types.filter((type) => institutionTypes.has(type)).join(', '),
        evidence: `found on ${elsewhere.url}, not on the home page`,
      });
    }
    return fail({ evidence: 'no GovernmentOrganization, City or Organization markup' });
  },
});
