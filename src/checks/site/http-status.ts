import { findingCredit } from '../../model/index.js';
import { defineSiteCheck, notApplicable, pass } from '../define.js';
import { statusForShare } from '../run.js';
import { roundShare } from '../site-lookup.js';

/**
 * A site check, not a page check: the pages a crawler fails to get are exactly those that never
 * become page facts, so judged page by page this check could not fail. Here every URL the crawl
 * requested counts, with its final status after redirects.
 */
export default defineSiteCheck({
  id: 'http-status',
  dimension: 'indexability',
  weight: 2,
  title: { fr: 'Les pages explorées répondent avec le statut HTTP 200', en: 'Crawled pages answer with HTTP status 200' },
  rationale: {
    fr: 'Seules les pages servies en 200 sont indexées : une page en 4xx ou 5xx sort des résultats, et les autres statuts 2xx (204, 206…) sont mal interprétés par les moteurs. Chaque adresse explorée compte, avec son statut final après redirections ; un 2xx autre que 200 vaut une demi-page.',
    en: 'Only pages served with 200 are indexed: a page answering 4xx or 5xx leaves the results, and other 2xx statuses (204, 206…) confuse search engines. Every URL crawled counts, with its final status after redirects; a 2xx other than 200 counts half.',
  },
  source: [
    'https://developer.chrome.com/docs/lighthouse/seo/http-status-code',
    'https://developers.google.com/search/docs/crawling-indexing/http-network-errors',
  ],
  messages: {
    nothingCrawled: { fr: 'aucune adresse explorée', en: 'no URL crawled' },
    unsuccessful: {
      fr: '{failed, plural, one {# adresse} other {# adresses}} sur {crawled} en erreur, par exemple {url} ({status})',
      en: '{failed} of {crawled} URLs answered with an error, for example {url} ({status})',
    },
    otherSuccess: {
      fr: '{other, plural, one {# adresse répond} other {# adresses répondent}} en 2xx sans être 200, par exemple {url} ({status})',
      en: '{other, plural, one {# URL answers} other {# URLs answer}} a 2xx other than 200, for example {url} ({status})',
    },
  },
  run: (site) => {
    const crawled = site.snapshots;
    if (crawled.length === 0) return notApplicable('nothingCrawled');
    const failed = crawled.filter((snapshot) => snapshot.status === 0 || snapshot.status >= 400);
    const other = crawled.filter((snapshot) => snapshot.status > 200 && snapshot.status < 300);
    const credit = (crawled.length - failed.length - other.length) * findingCredit.pass + other.length * findingCredit.warn;
    const share = credit / crawled.length;
    const value = roundShare(share);
    if (failed.length === 0 && other.length === 0) return pass({ value });
    const status = statusForShare(share);
    const example = failed[0] ?? other[0]!;
    const finding = {
      value,
      examples: (failed.length > 0 ? failed : other).map((snapshot) => snapshot.requestedUrl),
      values: {
        failed: failed.length,
        other: other.length,
        crawled: crawled.length,
        url: example.requestedUrl,
        status: example.status === 0 ? (example.errorKind ?? 'network') : example.status,
      },
    };
    return { status, message: failed.length > 0 ? 'unsuccessful' : 'otherSuccess', ...finding };
  },
});
