import { isAllowed, noindexSource } from '../../model/index.js';
import { definePageCheck, fail, pass } from '../define.js';

export default definePageCheck({
  id: 'indexable',
  dimension: 'indexability',
  weight: 3,
  title: { fr: 'La page autorise son indexation', en: 'Page allows indexing' },
  rationale: {
    fr: 'Une directive noindex (ou none) dans la balise meta robots ou l’en-tête X-Robots-Tag retire la page des résultats ; elle est souvent oubliée après une mise en production. Une page dont la date unavailable_after est passée (au moment où le serveur l’a servie, selon son en-tête Date) en est retirée aussi, comme Google et l’audit is-crawlable de Lighthouse la traitent. Une page que le robots.txt interdit à Googlebot n’est pas explorée : Google ne peut ni lire son contenu ni voir son noindex.',
    en: 'A noindex (or none) directive in the robots meta tag or the X-Robots-Tag header removes the page from results; it is often left over from a staging site. A page past its unavailable_after date (when the server sent it, by its Date header) is removed too, as Google and Lighthouse’s is-crawlable audit treat it. A page robots.txt forbids to Googlebot is not crawled: Google can neither read its content nor see its noindex.',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/block-indexing',
    'https://developers.google.com/search/docs/crawling-indexing/robots-meta-tag#unavailable_after',
    'https://developer.chrome.com/docs/lighthouse/seo/is-crawlable',
    'https://developers.google.com/search/docs/crawling-indexing/robots/intro',
  ],
  messages: {
    noindexInMeta: {
      fr: '« {directive} » dans la balise <meta name="robots">',
      en: '"{directive}" in the <meta name="robots">',
    },
    noindexInHeader: {
      fr: '« {directive} » dans l’en-tête X-Robots-Tag',
      en: '"{directive}" in the X-Robots-Tag header',
    },
    disallowedToGooglebot: {
      fr: 'le robots.txt interdit cette page à Googlebot',
      en: 'robots.txt disallows this page to Googlebot',
    },
    expiredInMeta: {
      fr: 'la balise <meta name="robots"> retire la page des résultats depuis le {date} (« {directive} »)',
      en: 'the <meta name="robots"> removes the page from results since {date} ("{directive}")',
    },
    expiredInHeader: {
      fr: 'l’en-tête X-Robots-Tag retire la page des résultats depuis le {date} (« {directive} »)',
      en: 'the X-Robots-Tag header removes the page from results since {date} ("{directive}")',
    },
  },
  run: (page, site) => {
    // muniseo crawls what robots.txt allows it; Googlebot may have a group of its own.
    if (!isAllowed(site.robots, page.url, 'Googlebot')) return fail('disallowedToGooglebot', { value: false });
    const blocking = noindexSource(page);
    if (!blocking) return pass({ value: true });
    if (blocking.expiredOn) {
      return fail(blocking.where === 'meta' ? 'expiredInMeta' : 'expiredInHeader', {
        value: false,
        values: { directive: blocking.directive, date: blocking.expiredOn.slice(0, 10) },
      });
    }
    return fail(blocking.where === 'meta' ? 'noindexInMeta' : 'noindexInHeader', {
      value: false,
      values: { directive: blocking.directive },
    });
  },
});
