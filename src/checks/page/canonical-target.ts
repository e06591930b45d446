import { definePageCheck, fail, notApplicable, pass, warn } from '../define.js';
import { failureOf } from '../crawl-quotes.js';
import { pageFor, snapshotFor } from '../site-lookup.js';
import { isIndexable, resolvedCanonical, sameSite, urlKey } from '../../model/index.js';

export default definePageCheck({
  id: 'canonical-target',
  dimension: 'indexability',
  weight: 2,
  title: {
    fr: 'L’URL canonique désigne la page elle-même ou une page valide',
    en: 'Canonical points to the page itself or to a valid page',
  },
  rationale: {
    fr: 'Une canonique vers une page en erreur, redirigée, non indexable ou elle-même canonisée ailleurs est ignorée par les moteurs, qui choisissent alors seuls.',
    en: 'A canonical pointing to an error, a redirect, a noindex page or a page that is itself canonicalised elsewhere is ignored; search engines then choose on their own.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  messages: {
    noUsableCanonical: { fr: 'aucune URL canonique exploitable', en: 'no usable canonical' },
    httpsToHttp: {
      fr: 'la canonique d’une page https:// désigne une adresse http:// ({target})',
      en: 'canonical of an https:// page points to http:// ({target})',
    },
    otherSite: { fr: 'l’URL canonique désigne un autre site : {target}', en: 'canonical points to another site: {target}' },
    targetNoindex: { fr: 'la page canonique {target} est en noindex', en: 'canonical target {target} is noindex' },
    targetCanonicalised: {
      fr: 'la page canonique {target} désigne elle-même une autre canonique : {onward}',
      en: 'canonical target {target} is itself canonicalised to {onward}',
    },
    targetRedirects: { fr: 'la page canonique {target} redirige', en: 'canonical target {target} redirects' },
    targetError: { fr: 'la page canonique {target} répond HTTP {status}', en: 'canonical target {target} answered HTTP {status}' },
    targetUnreachable: {
      fr: 'la page canonique {target} n’a pas pu être chargée ({error})',
      en: 'canonical target {target} could not be loaded ({error})',
    },
    targetNotCrawled: {
      fr: 'la page canonique {target} n’a pas été explorée : impossible de la vérifier',
      en: 'canonical target {target} was not crawled, so could not be verified',
    },
  },
  run: (page, site) => {
    const target = resolvedCanonical(page);
    if (!target) return notApplicable('noUsableCanonical');
    const self = urlKey(page.url);
    if (target === self) return pass({ value: 'self' });
    const here = new URL(self);
    const there = new URL(target);
    const values = { target };
    if (here.protocol === 'https:' && there.protocol === 'http:' && sameSite(target, site.origin)) {
      return fail('httpsToHttp', { value: target, values });
    }
    if (!sameSite(target, site.origin)) return warn('otherSite', { value: target, values });
    const targetPage = pageFor(site, target);
    if (targetPage) {
      if (!isIndexable(targetPage)) return fail('targetNoindex', { value: target, values });
      const onward = resolvedCanonical(targetPage);
      if (onward && onward !== urlKey(targetPage.url)) {
        return fail('targetCanonicalised', { value: target, values: { target, onward } });
      }
      return pass({ value: target });
    }
    const snapshot = snapshotFor(site, target);
    if (snapshot && urlKey(snapshot.finalUrl) !== target) return fail('targetRedirects', { value: target, values });
    if (snapshot && snapshot.status >= 400) return fail('targetError', { value: target, values: { target, status: snapshot.status } });
    if (snapshot && snapshot.status === 0) {
      return fail('targetUnreachable', { value: target, values: { target, error: failureOf(snapshot) } });
    }
    return warn('targetNotCrawled', { value: target, values });
  },
});
