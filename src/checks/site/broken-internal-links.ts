import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
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
  run: (site) => {
    const targets = [...internalLinkTargets(site)];
    const checked = targets.filter(([url]) => snapshotFor(site, url) !== undefined);
    if (checked.length === 0) return notApplicable('no internal link target was crawled');
    const broken = checked.filter(([url]) => {
      const snapshot = snapshotFor(site, url)!;
      return snapshot.status === 0 || snapshot.status >= 400;
    });
    if (broken.length === 0) return pass({ value: 0 });
    const [url, from] = broken[0]!;
    const snapshot = snapshotFor(site, url)!;
    const details = {
      value: broken.length,
      evidence: `${broken.length} of ${checked.length} link targets are broken, e.g. ${url} (${snapshot.status || snapshot.error}) linked from ${from}`,
      examples: broken.map(([target]) => target),
    };
    return share(broken.length, checked.length) <= tolerableBrokenShare ? warn(details) : fail(details);
  },
});
