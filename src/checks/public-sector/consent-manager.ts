import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';
import { analyticsNeedingConsent, consentPicture } from '../consent.js';

export default defineSiteCheck({
  id: 'consent-manager',
  dimension: 'public-sector',
  theme: 'analytics',
  weight: 0,
  title: { fr: 'Un gestionnaire de consentement est présent quand il le faut', en: 'A consent manager is present when one is needed' },
  rationale: {
    fr: 'Un gestionnaire de consentement (tarteaucitron, Axeptio, Didomi, Cookiebot, OneTrust) recueille l’accord avant tout traceur non exempté (lignes directrices CNIL de 2020).',
    en: 'A consent manager (tarteaucitron, Axeptio, Didomi, Cookiebot, OneTrust) collects agreement before any non-exempt tracker (CNIL guidelines of 2020).',
  },
  source: [
    'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies/que-dit-la-loi',
    'https://www.cnil.fr/fr/cookies-solutions-pour-les-outils-de-mesure-daudience',
  ],
  messages: {
    noPage: { fr: 'aucune page n’a été lue', en: 'no page was read' },
    noToolNeedingConsent: {
      fr: 'aucun outil exigeant le consentement n’a été trouvé',
      en: 'no tool that needs consent was found',
    },
    missing: { fr: '{tools} sans gestionnaire de consentement', en: '{tools} without a consent manager' },
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('noPage');
    const { tools, consentManagers } = consentPicture(site);
    if (consentManagers.length > 0) return pass({ value: consentManagers.join(', ') });
    const needing = tools.filter((tool) => analyticsNeedingConsent.has(tool));
    if (needing.length === 0) return notApplicable('noToolNeedingConsent');
    return fail('missing', { value: 'none', values: { tools: needing } });
  },
});
