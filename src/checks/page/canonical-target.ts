import { definePageCheck, fail, notApplicable, pass, warn } from '../define.js';
import { failureOf } from '../crawl-quotes.js';
import { firstPageOfSeries } from '../pagination.js';
import { pageFor, snapshotFor } from '../site-lookup.js';
import { isIndexable, type PageFacts, resolveAgainst, resolvedCanonical, sameSite, urlKey } from '../../model/index.js';
import type { SiteContext } from '../types.js';

/** `/index.php`, `/index.html`, `/default.aspx`: the home page under its file name. */
const indexFile = /^\/(index|default|accueil)(\.\w+)?$/i;

/**
 * The target is the site's home page while the page is not: Lighthouse's "points to the domain's
 * root URL" mistake. A page that serves the home page's very text (`/index.php`, `/accueil`) is the
 * home page under another URL, and rightly canonicalised to it.
 */
function canonicalisedToHome(page: PageFacts, target: string, site: SiteContext): boolean {
  const there = new URL(target);
  const home = site.home ? urlKey(site.home.url) : undefined;
  const targetIsHome = (there.pathname === '/' && there.search === '') || target === home;
  if (!targetIsHome) return false;
  const here = new URL(urlKey(page.url));
  if (here.pathname === '/' || indexFile.test(here.pathname) || urlKey(page.url) === home) return false;
  return !(site.home && site.home.contentHash === page.contentHash);
}

/** The page's own URL and the target are both among its hreflang alternates: a canonical across language versions. */
function canonicalisedToOtherLanguage(page: PageFacts, target: string): boolean {
  const alternates = new Set(
    page.hreflang.filter(({ href }) => /^https?:\/\//i.test(href.trim())).map(({ href }) => resolveAgainst(href, page.url)),
  );
  return alternates.has(urlKey(page.url)) && alternates.has(target);
}

export default definePageCheck({
  id: 'canonical-target',
  dimension: 'indexability',
  weight: 2,
  title: {
    fr: 'L’URL canonique désigne la page elle-même ou une page valide',
    en: 'Canonical points to the page itself or to a valid page',
  },
  rationale: {
    fr: 'Une canonique vers une page en erreur, redirigée, non indexable ou elle-même canonisée ailleurs est ignorée par les moteurs, qui choisissent alors seuls. Trois erreurs courantes retirent des pages des résultats : toutes les pages canonisées vers l’accueil (l’audit canonical de Lighthouse), la page 2 d’une liste canonisée vers la page 1 (Google demande une canonique propre à chaque page de la série) et une version linguistique canonisée vers une autre (hreflang). Une cible que muniseo n’a pas explorée ne peut pas être vérifiée : le verdict est alors « sans objet », avec la raison.',
    en: 'A canonical pointing to an error, a redirect, a noindex page or a page that is itself canonicalised elsewhere is ignored; search engines then choose on their own. Three common mistakes take pages out of results: every page canonicalised to the home page (Lighthouse’s canonical audit), page 2 of a list canonicalised to page 1 (Google asks for each page of a series to have its own canonical), and one language version canonicalised to another (hreflang). A target muniseo did not crawl cannot be verified: the verdict is then "not applicable", with the reason.',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
    'https://developers.google.com/search/docs/crawling-indexing/canonicalization-troubleshooting',
    'https://developers.google.com/search/docs/specialty/ecommerce/pagination-and-incremental-page-loading',
    'https://developer.chrome.com/docs/lighthouse/seo/canonical',
  ],
  messages: {
    noUsableCanonical: { fr: 'aucune URL canonique exploitable', en: 'no usable canonical' },
    httpsToHttp: {
      fr: 'la canonique d’une page https:// désigne une adresse http:// ({target})',
      en: 'canonical of an https:// page points to http:// ({target})',
    },
    otherSite: { fr: 'l’URL canonique désigne un autre site : {target}', en: 'canonical points to another site: {target}' },
    pointsToHome: {
      fr: 'la canonique désigne la page d’accueil ({target}) et non une page au contenu équivalent',
      en: 'canonical points to the home page ({target}) instead of an equivalent page',
    },
    paginatedToFirstPage: {
      fr: 'page suivante d’une liste canonisée vers la première page ({target}) : ses contenus sortent de l’index',
      en: 'a later page of a list canonicalised to the first page ({target}): its items drop out of the index',
    },
    otherLanguage: {
      fr: 'la canonique désigne une autre version linguistique de la page ({target})',
      en: 'canonical points to another language version of the page ({target})',
    },
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
      fr: 'la page canonique {target} n’a pas été explorée : muniseo ne peut pas dire si elle est valide',
      en: 'canonical target {target} was not crawled: muniseo cannot tell whether it is valid',
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
    if (canonicalisedToHome(page, target, site)) return fail('pointsToHome', { value: target, values });
    if (firstPageOfSeries(page).includes(target)) return fail('paginatedToFirstPage', { value: target, values });
    if (canonicalisedToOtherLanguage(page, target)) return fail('otherLanguage', { value: target, values });
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
    return notApplicable('targetNotCrawled', { value: target, values });
  },
});
