import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { analyticsNeedingConsent, consentPicture } from '../consent.js';

export default defineSiteCheck({
  id: 'audience-measurement',
  dimension: 'public-sector',
  theme: 'analytics',
  weight: 0,
  title: { fr: 'Mesure d’audience et consentement', en: 'Audience measurement and consent' },
  rationale: {
    fr: 'La CNIL n’exempte de consentement que la mesure d’audience anonyme réservée à l’éditeur (Matomo configuré, AT Internet/Piano) ; Google Analytics et les pixels publicitaires exigent un gestionnaire de consentement et ne doivent pas se charger avant l’accord.',
    en: 'The CNIL exempts from consent only anonymous audience measurement for the publisher alone (configured Matomo, AT Internet/Piano); Google Analytics and advertising pixels need a consent manager and must not load before consent.',
  },
  source: [
    'https://www.cnil.fr/fr/cookies-solutions-pour-les-outils-de-mesure-daudience',
    'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies/que-dit-la-loi',
  ],
  messages: {
    noPage: { fr: 'aucune page n’a été lue', en: 'no page was read' },
    noTool: { fr: 'aucun outil de mesure d’audience trouvé', en: 'no audience-measurement tool found' },
    exemptable: {
      fr: '{tools} : exemption de consentement possible si la configuration suit les exigences de la CNIL',
      en: '{tools}: can be exempt from consent when configured as the CNIL requires',
    },
    noConsentManager: {
      fr: '{tools} {count, plural, one {exige} other {exigent}} le consentement, et aucun gestionnaire de consentement n’a été trouvé',
      en: '{tools} {count, plural, one {needs} other {need}} consent and no consent manager was found',
    },
    loadedBeforeConsent: {
      fr: '{tools} {count, plural, one {est chargé} other {sont chargés}} par la page elle-même, à côté de {managers} : vérifier que le chargement attend le consentement',
      en: '{tools} {count, plural, one {is} other {are}} loaded by the page itself, beside {managers}: check {count, plural, one {it waits} other {they wait}} for consent',
    },
    declaredInManager: {
      fr: '{tools} {count, plural, one {déclaré} other {déclarés}} dans {managers}',
      en: '{tools} {count, plural, one {is} other {are}} declared in {managers}',
    },
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('noPage');
    const { tools, loaded, consentManagers } = consentPicture(site);
    if (tools.length === 0) return pass('noTool', { value: 'none' });
    const needing = tools.filter((tool) => analyticsNeedingConsent.has(tool));
    const value = tools.join(', ');
    if (needing.length === 0) return pass('exemptable', { value, values: { tools } });
    if (consentManagers.length === 0) return fail('noConsentManager', { value, values: { tools: needing, count: needing.length } });
    const direct = loaded.filter((tool) => analyticsNeedingConsent.has(tool));
    if (direct.length > 0) {
      return warn('loadedBeforeConsent', { value, values: { tools: direct, count: direct.length, managers: consentManagers } });
    }
    return pass('declaredInManager', { value, values: { tools: needing, count: needing.length, managers: consentManagers } });
  },
});
