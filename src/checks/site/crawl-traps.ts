import { defineSiteCheck, pass, warn } from '../define.js';

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
    if (site.traps.length === 0) return pass({ value: 0 });
    const first = site.traps[0]!;
    return warn({
      value: site.traps.length,
      evidence: `URL family ${first.pattern} expands without end (${first.skipped} URL(s) skipped)`,
      examples: site.traps.map((trap) => trap.example),
    });
  },
});
