import { definePageCheck, fail, notApplicable, pass, warn } from '../define.js';
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
  run: (page, site) => {
    const target = resolvedCanonical(page);
    if (!target) return notApplicable('no usable canonical');
    const self = urlKey(page.url);
    if (target === self) return pass({ value: 'self' });
    const here = new URL(self);
    const there = new URL(target);
    if (here.protocol === 'https:' && there.protocol === 'http:' && sameSite(target, site.origin)) {
      return fail({ value: target, evidence: `canonical of an https:// page points to http:// (${target})` });
    }
    if (!sameSite(target, site.origin)) return warn({ value: target, evidence: `canonical points to another site: ${target}` });
    const targetPage = pageFor(site, target);
    if (targetPage) {
      if (!isIndexable(targetPage)) return fail({ value: target, evidence: `canonical target ${target} is noindex` });
      const onward = resolvedCanonical(targetPage);
      if (onward && onward !== urlKey(targetPage.url)) {
        return fail({ value: target, evidence: `canonical target ${target} is itself canonicalised to ${onward}` });
      }
      return pass({ value: target });
    }
    const snapshot = snapshotFor(site, target);
    if (snapshot && urlKey(snapshot.finalUrl) !== target) return fail({ value: target, evidence: `canonical target ${target} redirects` });
    if (snapshot && (snapshot.status >= 400 || snapshot.status === 0)) {
      return fail({ value: target, evidence: `canonical target ${target} answered ${snapshot.status || snapshot.error}` });
    }
    return warn({ value: target, evidence: `canonical target ${target} was not crawled, so could not be verified` });
  },
});
