import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { failureOf } from '../crawl-quotes.js';

export default defineSiteCheck({
  id: 'soft-404',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Une page inexistante répond 404', en: 'A missing page answers 404' },
  rationale: {
    fr: 'Un site qui répond 200 (ou redirige vers l’accueil) pour une page qui n’existe pas crée des « soft 404 » : les moteurs indexent des pages d’erreur et doutent des vraies.',
    en: 'A site answering 200 (or redirecting to the home page) for a page that does not exist creates soft 404s: search engines index error pages and doubt real ones.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/http-network-errors#soft-404-errors',
  messages: {
    noProbe: { fr: 'pas de requête vers une page inexistante', en: 'no probe' },
    probeFailed: {
      fr: 'la requête vers une page inexistante a échoué : {error}',
      en: 'probe failed: {error}',
    },
    serverError: {
      fr: 'une page inexistante répond HTTP {status}',
      en: 'a missing page answers HTTP {status}',
    },
    answersOk: {
      fr: 'une page inexistante répond HTTP {status}',
      en: 'a missing page answers HTTP {status}',
    },
    redirected: {
      fr: 'une page inexistante répond HTTP {status} après une redirection vers {target}',
      en: 'a missing page answers HTTP {status} after redirecting to {target}',
    },
  },
  run: (site) => {
    const probe = site.soft404;
    if (!probe || probe.status === undefined)
      return probe?.error ? notApplicable('probeFailed', { values: { error: failureOf(probe) } }) : notApplicable('noProbe');
    if (probe.status === 404 || probe.status === 410) return pass({ value: probe.status });
    if (probe.status >= 500) return warn('serverError', { value: probe.status, values: { status: probe.status } });
    if (probe.status >= 400) return pass({ value: probe.status });
    return probe.redirectChain.length > 0
      ? fail('redirected', { value: probe.status, values: { status: probe.status, target: probe.finalUrl ?? '' } })
      : fail('answersOk', { value: probe.status, values: { status: probe.status } });
  },
});
