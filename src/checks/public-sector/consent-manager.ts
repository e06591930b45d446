import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';
import { analyticsNeedingConsent, consentPicture } from '../consent.js';

export default defineSiteCheck({
  id: 'consent-manager',
  dimension: 'public-sector',
  weight: 0,
  title: { fr: 'Un gestionnaire de consentement est présent quand il le faut', en: 'A consent manager is present when one is needed' },
  rationale: {
    fr: 'Un gestionnaire de consentement (tarteaucitron, Axeptio, Didomi, Cookiebot, OneTrust) recueille l’accord avant tout traceur non exempté (lignes directrices CNIL de 2020).',
    en: 'A consent manager (tarteaucitron, Axeptio, Didomi, Cookiebot, OneTrust) collects agreement before any non-exempt tracker (CNIL guidelines of 2020).',
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('no page');
    const { tools, consentManagers } = consentPicture(site);
    if (consentManagers.length > 0) return pass({ value: consentManagers.join(', ') });
    const needing = tools.filter((tool) => analyticsNeedingConsent.has(tool));
    if (needing.length === 0) return notApplicable('no tool that needs consent');
    return fail({ value: 'none', evidence: `${needing.join(', ')} without a consent manager` });
  },
});
