import { defineSiteCheck, notApplicable, pass } from '../define.js';

/** Verification files search consoles ask a site owner to upload. */
const verificationFile = /\/(google[0-9a-f]{16}\.html|BingSiteAuth\.xml|yandex_[0-9a-f]{16}\.html)$/i;

export default defineSiteCheck({
  id: 'search-engine-verification',
  dimension: 'intent',
  weight: 2,
  title: { fr: 'Le site est vérifié auprès d’un moteur de recherche', en: 'Site is verified with a search engine' },
  rationale: {
    fr: 'Une balise ou un fichier de vérification (Google Search Console, Bing Webmaster Tools) prouve que quelqu’un suit l’indexation du site : aucun CMS ne l’ajoute seul. Son absence ne prouve rien : un site se vérifie aussi par un enregistrement DNS ou par un fichier qu’aucune page ne lie, que l’exploration ne voit pas. Le contrôle réussit donc sur une preuve et, sans preuve, ne s’applique pas ; il ne peut pas échouer.',
    en: 'A verification tag or file (Google Search Console, Bing Webmaster Tools) shows that someone monitors the site’s indexing: no CMS adds it on its own. Its absence proves nothing: a site can also be verified by a DNS record or by a file no page links to, which a crawl cannot see. The check therefore passes on evidence and, without evidence, does not apply; it cannot fail.',
  },
  source: 'https://support.google.com/webmasters/answer/9008080',
  messages: {
    verified: { fr: 'vérification vue : {evidence}', en: 'verification seen: {evidence}' },
    noneSeen: {
      fr: 'aucune balise <meta> google-site-verification, msvalidate.01 ou yandex-verification, ni aucun fichier de vérification vus ; une vérification par DNS ou par un fichier non lié reste invisible, son absence n’est donc pas comptée',
      en: 'no google-site-verification, msvalidate.01 or yandex-verification <meta>, no verification file seen; verification by DNS or by an unlinked file stays invisible, so its absence is not counted',
    },
  },
  run: (site) => {
    const engines = [...new Set(site.pages.flatMap((page) => page.tags.verification))].sort();
    const files = site.snapshots.filter(
      (snapshot) => snapshot.status === 200 && verificationFile.test(new URL(snapshot.finalUrl).pathname),
    );
    const evidence = [...engines, ...files.map((file) => new URL(file.finalUrl).pathname)];
    if (evidence.length > 0) return pass('verified', { value: evidence.join(', '), values: { evidence } });
    return notApplicable('noneSeen');
  },
});
