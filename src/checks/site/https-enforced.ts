import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';
import { failureOf } from '../crawl-quotes.js';
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
  source: [
    'https://developers.google.com/search/docs/appearance/page-experience',
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  ],
  messages: {
    loopback: {
      fr: 'un serveur de test local ne peut pas avoir de certificat',
      en: 'a loopback test server cannot hold a certificate',
    },
    httpsFails: { fr: 'https:// échoue : {error}', en: 'https:// fails: {error}' },
    httpOnly: { fr: 'la page d’accueil est servie en http://', en: 'the home page is served over http://' },
    httpNotRedirected: {
      fr: '{url} répond {status} sans rediriger vers https://',
      en: '{url} answers {status} without redirecting to https://',
    },
  },
  run: (site) => {
    const origin = new URL(site.origin);
    if (origin.protocol === 'http:') {
      if (isLoopback(site.origin)) return notApplicable('loopback');
      const https = site.homeProbes.find((probe) => probe.url.startsWith('https:'));
      return https?.error ? fail('httpsFails', { value: false, values: { error: failureOf(https) } }) : fail('httpOnly', { value: false });
    }
    const plain = site.homeProbes.filter((probe) => probe.url.startsWith('http:') && probe.status !== undefined);
    const unredirected = plain.find((probe) => !(probe.finalUrl ?? probe.url).startsWith('https:'));
    if (unredirected) return fail('httpNotRedirected', { value: false, values: { url: unredirected.url, status: unredirected.status! } });
    return pass({ value: true });
  },
});
