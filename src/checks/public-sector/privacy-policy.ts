import { textSignalLabels } from '../text-signals.js';
import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { pageFor } from '../site-lookup.js';

/** What the GDPR's information duty (art. 13) makes a privacy page state. */
const privacySignals = ['purpose', 'retention', 'processors'];

export default defineSiteCheck({
  id: 'privacy-policy',
  dimension: 'public-sector',
  theme: 'legal',
  weight: 0,
  title: { fr: 'Une page de protection des données personnelles est publiée', en: 'A personal-data protection page is published' },
  rationale: {
    fr: 'Le RGPD (art. 13) impose d’informer les usagers des finalités, des durées de conservation et des destinataires de leurs données ; une collectivité traite des formulaires et des mesures d’audience.',
    en: 'The GDPR (art. 13) requires informing users of the purposes, retention periods and recipients of their data; an authority handles forms and audience measurement.',
  },
  source: 'https://www.cnil.fr/fr/reglement-europeen-protection-donnees/chapitre3#Article13',
  messages: {
    noPage: { fr: 'aucune page n’a été lue', en: 'no page was read' },
    legalNoticeOnly: {
      fr: 'aucune page dédiée aux données personnelles ; les mentions légales ({url}) en traitent en partie',
      en: 'no privacy page; the legal notice ({url}) covers personal data in part',
    },
    noLink: {
      fr: 'aucun lien « Données personnelles » ou « Politique de confidentialité »',
      en: 'no "Données personnelles" or "Politique de confidentialité" link',
    },
    notRead: { fr: 'la page {url} n’a pas été lue', en: '{url} was not read' },
    incomplete: {
      fr: 'la page {url} n’indique pas ce que le RGPD demande (finalités, durée de conservation, sous-traitants) ; éléments absents : {missing}',
      en: '{url} does not state what the GDPR asks (purposes, retention period, processors); missing: {missing}',
    },
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('noPage');
    const url = site.home?.privacyUrl ?? site.pages.find((page) => page.privacyUrl)?.privacyUrl;
    if (!url) {
      const legal = site.pages.find((page) => page.legalNoticeUrl && pageFor(site, page.legalNoticeUrl));
      const notice = legal?.legalNoticeUrl ? pageFor(site, legal.legalNoticeUrl) : undefined;
      if (notice && privacySignals.some((signal) => notice.textSignals.includes(signal))) {
        return warn('legalNoticeOnly', { value: notice.url, values: { url: notice.url } });
      }
      return fail('noLink', { value: 'absent' });
    }
    const page = pageFor(site, url);
    if (!page) return warn('notRead', { value: url, values: { url } });
    const missing = privacySignals.filter((signal) => !page.textSignals.includes(signal));
    return missing.length <= 1
      ? pass({ value: url })
      : warn('incomplete', { value: url, values: { url, missing: textSignalLabels(missing) } });
  },
});
