import { defineSiteCheck, notApplicable, pass } from '../define.js';
import { failureOf } from '../crawl-quotes.js';
import { statusForShare } from '../run.js';
import { pageFor, share, sitemapUrls, snapshotFor } from '../site-lookup.js';
import { isIndexable, type MessageValues, resolvedCanonical, urlKey } from '../../model/index.js';
import type { SiteContext } from '../types.js';

type Problem = { id: 'unanswered' | 'redirects' | 'httpError' | 'noindex' | 'canonicalised'; values: MessageValues };

/** Why a sitemap URL should not be there, or undefined when it is a healthy, indexable, canonical page. */
function unhealthy(site: SiteContext, url: string): Problem | undefined {
  const snapshot = snapshotFor(site, url);
  if (!snapshot) return undefined;
  if (snapshot.status === 0) return { id: 'unanswered', values: { url, error: failureOf(snapshot) } };
  // Found as the landing page of another URL's redirect, the listed URL itself answered directly.
  if (urlKey(snapshot.requestedUrl) === url && snapshot.redirectChain.length > 0)
    return { id: 'redirects', values: { url, target: snapshot.finalUrl } };
  if (snapshot.status !== 200) return { id: 'httpError', values: { url, status: snapshot.status } };
  const page = pageFor(site, snapshot.finalUrl);
  if (!page) return undefined;
  if (!isIndexable(page)) return { id: 'noindex', values: { url } };
  const canonical = resolvedCanonical(page);
  if (canonical && canonical !== urlKey(page.url)) return { id: 'canonicalised', values: { url, canonical } };
  return undefined;
}

/** What every problem message begins with: how many crawled sitemap URLs (of how many listed) are not indexable pages. */
const notIndexable = {
  fr: '{problems, plural, one {# URL du sitemap explorée sur {checked} n’est pas une page indexable} other {# URL du sitemap explorées sur {checked} ne sont pas des pages indexables}} ({listed} listées)',
  en: '{problems, plural, one {# of {checked} crawled sitemap URLs is not an indexable page} other {# of {checked} crawled sitemap URLs are not indexable pages}} ({listed} listed)',
};

/**
 * The sitemap URLs to judge. When the crawl read every URL listed, all of them; otherwise only the
 * sample read whatever the links: the URLs links happen to reach are the healthy ones (a sitemap
 * entry that redirects or fails is seldom linked), so judging them would pass by construction.
 */
function judged(site: SiteContext): string[] {
  const read = sitemapUrls(site).filter((url) => snapshotFor(site, url) !== undefined);
  const sample = site.coverage?.sitemapSample ?? [];
  if (!site.coverage?.sitemapUnread || sample.length === 0) return read;
  return sample.map(urlKey).filter((url) => snapshotFor(site, url) !== undefined);
}

export default defineSiteCheck({
  id: 'sitemap-urls-healthy',
  dimension: 'indexability',
  weight: 2,
  title: {
    fr: 'Les URL du sitemap répondent 200 et sont indexables et canoniques',
    en: 'Sitemap URLs answer 200, are indexable and canonical',
  },
  rationale: {
    fr: 'Le sitemap ne doit lister que les pages à indexer : des redirections, des erreurs ou des pages noindex font perdre confiance aux moteurs dans tout le fichier. Quand le sitemap liste plus d’URL que l’exploration n’en lit, le constat porte sur un échantillon tiré par empreinte de l’URL, lu quels que soient les liens (les URL que les liens atteignent sont les saines).',
    en: 'A sitemap should list only pages to index: redirects, errors or noindex pages make search engines trust the whole file less. When the sitemap lists more URLs than the crawl reads, the finding is on a sample chosen by a hash of the URL and read whatever the links (the URLs links reach are the healthy ones).',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap#general-guidelines',
    'https://www.sitemaps.org/protocol.html',
  ],
  messages: {
    noneCrawled: { fr: 'aucune URL du sitemap n’a été explorée', en: 'no sitemap URL was crawled' },
    healthy: {
      fr: 'les {checked} URL du sitemap explorées ({listed} listées) sont des pages indexables et canoniques',
      en: 'all {checked} crawled sitemap URLs ({listed} listed) are indexable, canonical pages',
    },
    unanswered: {
      fr: `${notIndexable.fr} : {url} ne répond pas ({error})`,
      en: `${notIndexable.en}: {url} does not answer ({error})`,
    },
    redirects: {
      fr: `${notIndexable.fr} : {url} redirige vers {target}`,
      en: `${notIndexable.en}: {url} redirects to {target}`,
    },
    httpError: {
      fr: `${notIndexable.fr} : {url} a répondu HTTP {status}`,
      en: `${notIndexable.en}: {url} answered HTTP {status}`,
    },
    noindex: {
      fr: `${notIndexable.fr} : {url} est en noindex`,
      en: `${notIndexable.en}: {url} is noindex`,
    },
    canonicalised: {
      fr: `${notIndexable.fr} : {url} désigne {canonical} comme URL canonique`,
      en: `${notIndexable.en}: {url} is canonicalised to {canonical}`,
    },
  },
  run: (site) => {
    const checked = judged(site);
    if (checked.length === 0) return notApplicable('noneCrawled');
    const listed = sitemapUrls(site).length;
    const problems = checked
      .map((url) => ({ url, problem: unhealthy(site, url) }))
      .filter((entry): entry is { url: string; problem: Problem } => entry.problem !== undefined);
    if (problems.length === 0) return pass('healthy', { value: 1, values: { checked: checked.length, listed } });
    const healthy = share(checked.length - problems.length, checked.length);
    const first = problems[0]!.problem;
    return {
      status: statusForShare(healthy),
      message: first.id,
      values: { problems: problems.length, checked: checked.length, listed, ...first.values },
      value: healthy,
      examples: problems.map((entry) => entry.url),
    };
  },
});
