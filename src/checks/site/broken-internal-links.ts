import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { failureOf } from '../crawl-quotes.js';
import { internalLinkTargets, share, snapshotFor } from '../site-lookup.js';
import { type LinkTargetCheck, type PageSnapshot, urlKey } from '../../model/index.js';
import type { SiteContext } from '../types.js';

/** A few broken links among many are routine upkeep; more is neglect. */
export const tolerableBrokenShare = 0.05;

/** What is known of one link target: the crawl's snapshot, the HEAD verification, or that it was written without a scheme. */
type Verdict =
  | { kind: 'schemeless'; href: string }
  | { kind: 'answered'; status: number }
  | { kind: 'unanswered'; snapshot: PageSnapshot | LinkTargetCheck };

/** Link targets written as a bare host name (`href="www.mairie.fr"`), by the URL they resolve to, with the href as written. */
function schemelessTargets(site: SiteContext): Map<string, string> {
  const targets = new Map<string, string>();
  for (const page of site.pages) {
    for (const link of page.links) if (link.kind === 'schemeless-www' && link.url) targets.set(urlKey(link.url), link.href.trim());
  }
  return targets;
}

function verdictFor(
  site: SiteContext,
  url: string,
  schemeless: Map<string, string>,
  verified: Map<string, LinkTargetCheck>,
): Verdict | undefined {
  // A browser reads `www.mairie.fr` as a path under the current page: the visitor never reaches that host.
  const href = schemeless.get(url);
  if (href !== undefined) return { kind: 'schemeless', href };
  const known = snapshotFor(site, url) ?? verified.get(url);
  if (!known) return undefined;
  return known.status === 0 ? { kind: 'unanswered', snapshot: known } : { kind: 'answered', status: known.status };
}

const broken = (verdict: Verdict) => verdict.kind !== 'answered' || verdict.status >= 400;

export default defineSiteCheck({
  id: 'broken-internal-links',
  dimension: 'indexability',
  weight: 2,
  title: { fr: 'Les liens internes ne sont pas cassés', en: 'Internal links are not broken' },
  rationale: {
    fr: 'Un lien interne vers une page en erreur (404, 500) perd le visiteur et le robot, et signale un site mal entretenu. Les cibles que l’exploration n’a pas lues (documents, pages au-delà des limites) sont vérifiées par une requête HEAD sur un échantillon tiré par empreinte de l’URL ; un lien écrit sans schéma (href="www.exemple.fr") mène à un chemin du site, jamais à l’hôte visé : il est cassé.',
    en: 'An internal link to an error page (404, 500) loses the visitor and the crawler, and signals a poorly maintained site. Targets the crawl did not read (documents, pages beyond the limits) are verified with a HEAD request on a sample chosen by a hash of the URL; a link written without a scheme (href="www.example.fr") leads to a path of the site, never to the host meant: it is broken.',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
    'https://developers.google.com/search/docs/crawling-indexing/http-network-errors',
    'https://www.rfc-editor.org/rfc/rfc3986#section-4.2',
  ],
  messages: {
    noTargetCrawled: {
      fr: 'aucune des {targets, plural, one {# cible} other {# cibles}} de lien interne n’a été explorée ni vérifiée',
      en: 'none of the {targets} internal link targets was crawled or verified',
    },
    allAnswered: {
      fr: '{checked} cibles de liens internes vérifiées sur {targets}, aucune n’est cassée',
      en: '{checked} of {targets} internal link targets verified, none broken',
    },
    brokenTargets: {
      fr: '{broken, plural, one {# cible de lien interne sur {checked} vérifiées est cassée} other {# cibles de liens internes sur {checked} vérifiées sont cassées}} ({targets} cibles en tout), par exemple {url} (HTTP {status}), liée depuis {from}',
      en: '{broken, plural, one {# of {checked} verified link targets is broken} other {# of {checked} verified link targets are broken}} ({targets} targets in all), e.g. {url} (HTTP {status}) linked from {from}',
    },
    unansweredTargets: {
      fr: '{broken, plural, one {# cible de lien interne sur {checked} vérifiées est cassée} other {# cibles de liens internes sur {checked} vérifiées sont cassées}} ({targets} cibles en tout), par exemple {url} (pas de réponse : {error}), liée depuis {from}',
      en: '{broken, plural, one {# of {checked} verified link targets is broken} other {# of {checked} verified link targets are broken}} ({targets} targets in all), e.g. {url} (no response: {error}) linked from {from}',
    },
    schemelessTargets: {
      fr: '{broken, plural, one {# cible de lien interne sur {checked} vérifiées est cassée} other {# cibles de liens internes sur {checked} vérifiées sont cassées}} ({targets} cibles en tout), par exemple href="{href}" sur {from}, écrit sans http:// : le navigateur l’ouvre comme {url}',
      en: '{broken, plural, one {# of {checked} verified link targets is broken} other {# of {checked} verified link targets are broken}} ({targets} targets in all), e.g. href="{href}" on {from}, written without http://: browsers open it as {url}',
    },
  },
  run: (site) => {
    const targets = internalLinkTargets(site);
    // A link a script adds to the home page is a link too (Googlebot renders).
    const home = site.home?.url ?? `${site.origin}/`;
    for (const url of site.rawVsRendered?.homeLinks?.revealed ?? []) if (!targets.has(urlKey(url))) targets.set(urlKey(url), home);
    const schemeless = schemelessTargets(site);
    const verified = new Map((site.linkTargets?.checks ?? []).map((check) => [urlKey(check.url), check]));
    const judged = [...targets].flatMap(([url, from]) => {
      const verdict = verdictFor(site, url, schemeless, verified);
      return verdict ? [{ url, from, verdict }] : [];
    });
    const counts = { checked: judged.length, targets: targets.size };
    if (judged.length === 0) return notApplicable('noTargetCrawled', { values: counts });
    const failing = judged.filter((entry) => broken(entry.verdict));
    if (failing.length === 0) return pass('allAnswered', { value: 0, values: counts });
    const { url, from, verdict } = failing[0]!;
    const values = { ...counts, broken: failing.length, url, from };
    const details = { value: failing.length, examples: failing.map((entry) => entry.url) };
    const verdictOf = share(failing.length, judged.length) <= tolerableBrokenShare ? warn : fail;
    if (verdict.kind === 'schemeless') return verdictOf('schemelessTargets', { ...details, values: { ...values, href: verdict.href } });
    if (verdict.kind === 'unanswered') {
      return verdictOf('unansweredTargets', { ...details, values: { ...values, error: failureOf(verdict.snapshot) } });
    }
    return verdictOf('brokenTargets', { ...details, values: { ...values, status: verdict.status } });
  },
});
