import { defineSiteCheck, pass, warn } from '../define.js';
import { trapPattern } from '../../model/index.js';

/** A family of dated or filtered URLs this large is a calendar or a facet set the crawler could follow for ever. */
export const largeUrlFamily = 10;

export default defineSiteCheck({
  id: 'crawl-traps',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Le site n’a pas de piège à robots', en: 'Site has no crawler trap' },
  rationale: {
    fr: 'Un agenda qui se prolonge à l’infini, des filtres combinables ou des identifiants de session créent des URL sans fin : les robots y gaspillent leur budget d’exploration au détriment des vraies pages.',
    en: 'An endless calendar, combinable filters or session ids create URLs without end: crawlers waste their budget there instead of on real pages.',
  },
  run: (site) => {
    const families = new Map<string, string[]>();
    for (const snapshot of site.snapshots) {
      const family = trapPattern(new URL(snapshot.requestedUrl));
      if (family) families.set(family, [...(families.get(family) ?? []), snapshot.requestedUrl]);
    }
    const reported = new Set(site.traps.map((trap) => trap.pattern));
    const large = [...families].filter(([family, urls]) => urls.length >= largeUrlFamily && !reported.has(family));
    const found = [
      ...site.traps.map((trap) => ({
        evidence: `URL family ${trap.pattern} expands without end (${trap.skipped} URL(s) skipped)`,
        example: trap.example,
      })),
      ...large.map(([family, urls]) => ({ evidence: `URL family ${family}: ${urls.length} crawled URLs and counting`, example: urls[0]! })),
    ];
    if (found.length === 0) return pass({ value: 0 });
    return warn({ value: found.length, evidence: found[0]!.evidence, examples: found.map((trap) => trap.example) });
  },
});
