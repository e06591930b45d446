import { defineSiteCheck, notApplicable, pass } from '../define.js';
import { statusForShare } from '../run.js';
import { pageFor, share, sitemapUrls, snapshotFor } from '../site-lookup.js';
import { isIndexable, resolvedCanonical, urlKey } from '../../model/index.js';
import type { SiteContext } from '../types.js';

/** Why a sitemap URL should not be there, or undefined when it is a healthy, indexable, canonical page. */
function unhealthy(site: SiteContext, url: string): string | undefined {
  const snapshot = snapshotFor(site, url);
  if (!snapshot) return undefined;
  if (snapshot.status === 0) return `${url}: ${snapshot.error ?? 'no response'}`;
  // Found as the landing page of another URL's redirect, the listed URL itself answered directly.
  if (urlKey(snapshot.requestedUrl) === url && snapshot.redirectChain.length > 0) return `${url} redirects to ${snapshot.finalUrl}`;
  if (snapshot.status !== 200) return `${url} answered HTTP ${snapshot.status}`;
  const page = pageFor(site, snapshot.finalUrl);
  if (!page) return undefined;
  if (!isIndexable(page)) return `${url} is noindex`;
  const canonical = resolvedCanonical(page);
  if (canonical && canonical !== urlKey(page.url)) return `${url} is canonicalised to ${canonical}`;
  return undefined;
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
    fr: 'Le sitemap ne doit lister que les pages à indexer : des redirections, des erreurs ou des pages noindex font perdre confiance aux moteurs dans tout le fichier.',
    en: 'A sitemap should list only pages to index: redirects, errors or noindex pages make search engines trust the whole file less.',
  },
  run: (site) => {
    const checked = sitemapUrls(site).filter((url) => snapshotFor(site, url) !== undefined);
    if (checked.length === 0) return notApplicable('no sitemap URL was crawled');
    const problems = checked
      .map((url) => ({ url, problem: unhealthy(site, url) }))
      .filter((entry): entry is { url: string; problem: string } => entry.problem !== undefined);
    if (problems.length === 0) return pass({ value: 1 });
    const healthy = share(checked.length - problems.length, checked.length);
    return {
      status: statusForShare(healthy),
      value: healthy,
      evidence: `${problems.length} of ${checked.length} crawled sitemap URLs are not indexable pages: ${problems[0]!.problem}`,
      examples: problems.map((entry) => entry.url),
    };
  },
});
