import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';
import { isLoopback } from '../site-lookup.js';

export default defineSiteCheck({
  id: 'https-enforced',
  dimension: 'performance',
  weight: 2,
  title: { fr: 'Le site est servi en HTTPS et y redirige', en: 'Site is served over HTTPS and redirects to it' },
  rationale: {
    fr: 'HTTPS est un signal de classement et une condition de confiance ; la version http:// doit rediriger vers https:// pour ne pas exister en double.',
    en: 'HTTPS is a ranking signal and a condition of trust; the http:// version must redirect to https:// so that the site does not exist twice.',
  },
  run: (site) => {
    const origin = new URL(site.origin);
    if (origin.protocol === 'http:') {
      if (isLoopback(site.origin)) return notApplicable('a loopback test server cannot hold a certificate');
      const https = site.homeProbes.find((probe) => probe.url.startsWith('https:'));
      const reason = https?.error ? `https:// fails: ${https.error}` : 'the home page is served over http://';
      return fail({ value: false, evidence: reason });
    }
    const plain = site.homeProbes.filter((probe) => probe.url.startsWith('http:') && probe.status !== undefined);
    const unredirected = plain.find((probe) => !(probe.finalUrl ?? probe.url).startsWith('https:'));
    if (unredirected)
      return fail({ value: false, evidence: `${unredirected.url} answers ${unredirected.status} without redirecting to https://` });
    return pass({ value: true });
  },
});
