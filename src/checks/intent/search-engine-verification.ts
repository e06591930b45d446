import { defineSiteCheck, fail, pass } from '../define.js';

/** Verification files search consoles ask a site owner to upload. */
const verificationFile = /\/(google[0-9a-f]{16}\.html|BingSiteAuth\.xml|yandex_[0-9a-f]{16}\.html)$/i;

export default defineSiteCheck({
  id: 'search-engine-verification',
  dimension: 'intent',
  weight: 2,
  title: { fr: 'Le site est vérifié auprès d’un moteur de recherche', en: 'Site is verified with a search engine' },
  rationale: {
    fr: 'Une balise ou un fichier de vérification (Google Search Console, Bing Webmaster Tools) prouve que quelqu’un suit l’indexation du site : aucun CMS ne l’ajoute seul.',
    en: 'A verification tag or file (Google Search Console, Bing Webmaster Tools) shows that someone monitors the site’s indexing: no CMS adds it on its own.',
  },
  source: 'https://support.google.com/webmasters/answer/9008080',
  messages: {
    noVerification: {
      fr: 'aucune balise <meta> google-site-verification, msvalidate.01 ou yandex-verification, ni aucun fichier de vérification',
      en: 'no google-site-verification, msvalidate.01 or yandex-verification <meta>, no verification file',
    },
  },
  run: (site) => {
    const engines = [...new Set(site.pages.flatMap((page) => page.tags.verification))].sort();
    const files = site.snapshots.filter(
      (snapshot) => snapshot.status === 200 && verificationFile.test(new URL(snapshot.finalUrl).pathname),
    );
    if (engines.length > 0 || files.length > 0) {
      return pass({ value: [...engines, ...files.map((file) => new URL(file.finalUrl).pathname)].join(', ') });
    }
    return fail('noVerification');
  },
});
