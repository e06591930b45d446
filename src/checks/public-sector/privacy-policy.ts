import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { pageFor } from '../site-lookup.js';

/** What the GDPR's information duty (art. 13) makes a privacy page state. */
const privacySignals = ['purpose', 'retention', 'processors'];

export default defineSiteCheck({
  id: 'privacy-policy',
  dimension: 'public-sector',
  weight: 0,
  title: { fr: 'Une page de protection des données personnelles est publiée', en: 'A personal-data protection page is published' },
  rationale: {
    fr: 'Le RGPD (art. 13) impose d’informer les usagers des finalités, des durées de conservation et des destinataires de leurs données ; une collectivité traite des formulaires et des mesures d’audience.',
    en: 'The GDPR (art. 13) requires informing users of the purposes, retention periods and recipients of their data; an authority handles forms and audience measurement.',
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('no page');
    const url = site.home?.privacyUrl ?? site.pages.find((page) => page.privacyUrl)?.privacyUrl;
    if (!url) {
      const legal = site.pages.find((page) => page.legalNoticeUrl && pageFor(site, page.legalNoticeUrl));
      const notice = legal?.legalNoticeUrl ? pageFor(site, legal.legalNoticeUrl) : undefined;
      if (notice && privacySignals.some((signal) => notice.textSignals.includes(signal))) {
        return warn({ value: notice.url, evidence: 'no privacy page; the legal notice covers personal data in part' });
      }
      return fail({ value: 'absent', evidence: 'no « Données personnelles » or « Politique de confidentialité » link' });
    }
    const page = pageFor(site, url);
    if (!page) return warn({ value: url, evidence: `${url} was not read` });
    const missing = privacySignals.filter((signal) => !page.textSignals.includes(signal));
    return missing.length <= 1 ? pass({ value: url }) : warn({ value: url, evidence: `${url} does not state: ${missing.join(', ')}` });
  },
});
