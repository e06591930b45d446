import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { analyticsNeedingConsent, consentPicture } from '../consent.js';

export default defineSiteCheck({
  id: 'audience-measurement',
  dimension: 'public-sector',
  weight: 0,
  title: { fr: 'Mesure d’audience et consentement', en: 'Audience measurement and consent' },
  rationale: {
    fr: 'La CNIL n’exempte de consentement que la mesure d’audience anonyme réservée à l’éditeur (Matomo configuré, AT Internet/Piano) ; Google Analytics et les pixels publicitaires exigent un gestionnaire de consentement et ne doivent pas se charger avant l’accord.',
    en: 'The CNIL exempts from consent only anonymous audience measurement for the publisher alone (configured Matomo, AT Internet/Piano); Google Analytics and advertising pixels need a consent manager and must not load before consent.',
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('no page');
    const { tools, loaded, consentManagers } = consentPicture(site);
    if (tools.length === 0) return pass({ value: 'none', evidence: 'no audience-measurement tool found' });
    const needing = tools.filter((tool) => analyticsNeedingConsent.has(tool));
    const value = tools.join(', ');
    if (needing.length === 0) return pass({ value, evidence: `${value}: can be exempt from consent when configured as the CNIL requires` });
    if (consentManagers.length === 0)
      return fail({ value, evidence: `${needing.join(', ')} need consent and no consent manager was found` });
    const direct = loaded.filter((tool) => analyticsNeedingConsent.has(tool));
    if (direct.length > 0) {
      return warn({
        value,
        evidence: `${direct.join(', ')} loaded by the page itself, beside ${consentManagers.join(', ')}: check it waits for consent`,
      });
    }
    return pass({ value, evidence: `${needing.join(', ')} declared in ${consentManagers.join(', ')}` });
  },
});
