import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { failureOf } from '../crawl-quotes.js';
import { internalLinkTargets, share, snapshotFor } from '../site-lookup.js';

/** A few broken links among many are routine upkeep; more is neglect. */
export const tolerableBrokenShare = 0.05;

export default defineSiteCheck({
  id: 'broken-internal-links',
  dimension: 'indexability',
  weight: 2,
  title: { fr: 'Les liens internes ne sont pas cassés', en: 'Internal links are not broken' },
  rationale: {
    fr: 'Un lien interne vers une page en erreur (404, 500) perd le visiteur et le robot, et signale un site mal entretenu.',
    en: 'An internal link to an error page (404, 500) loses the visitor and the crawler, and signals a poorly maintained site.',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
    'https://developers.google.com/search/docs/crawling-indexing/http-network-errors',
  ],
  messages: {
    noTargetCrawled: {
      fr: 'aucune cible de lien interne n’a été explorée',
      en: 'no internal link target was crawled',
    },
    brokenTargets: {
      fr: '{broken, plural, one {# cible de lien interne sur {checked} est cassée} other {# cibles de liens internes sur {checked} sont cassées}}, par exemple {url} (HTTP {status}), liée depuis {from}',
      en: '{broken, plural, one {# of {checked} link targets is broken} other {# of {checked} link targets are broken}}, e.g. {url} (HTTP {status}) linked from {from}',
    },
    unansweredTargets: {
      fr: '{broken, plural, one {# cible de lien interne sur {checked} est cassée} other {# cibles de liens internes sur {checked} sont cassées}}, par exemple {url} (pas de réponse : {error}), liée depuis {from}',
      en: '{broken, plural, one {# of {checked} link targets is broken} other {# of {checked} link targets are broken}}, e.g. {url} (no response: {error}) linked from {from}',
    },
  },
  run: (site) => {
    const targets = [...internalLinkTargets(site)];
    const checked = targets.filter(([url]) => snapshotFor(site, url) !== undefined);
    if (checked.length === 0) return notApplicable('noTargetCrawled');
    const broken = checked.filter(([url]) => {
      const snapshot = snapshotFor(site, url)!;
      return snapshot.status === 0 || snapshot.status >= 400;
    });
    if (broken.length === 0) return pass({ value: 0 });
    const [url, from] = broken[0]!;
    const snapshot = snapshotFor(site, url)!;
    const counts = { broken: broken.length, checked: checked.length, url, from };
    const details = {
      value: broken.length,
      examples: broken.map(([target]) => target),
    };
    const verdict = share(broken.length, checked.length) <= tolerableBrokenShare ? warn : fail;
    return snapshot.status === 0
      ? verdict('unansweredTargets', { ...details, values: { ...counts, error: failureOf(snapshot) } })
      : verdict('brokenTargets', { ...details, values: { ...counts, status: snapshot.status } });
  },
});
