import { defineSiteCheck, pass, warn } from '../define.js';
import { trapPattern } from '../../model/index.js';
import { trapDescription } from '../crawl-quotes.js';

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
  source: [
    'https://developers.google.com/crawling/docs/crawl-budget',
    'https://developers.google.com/search/docs/crawling-indexing/crawling-managing-faceted-navigation',
  ],
  messages: {
    endlessFamily: {
      fr: 'la famille d’URL {pattern} s’étend sans fin ({skipped, plural, one {# URL ignorée} other {# URL ignorées}})',
      en: 'URL family {pattern} expands without end ({skipped, plural, one {# URL skipped} other {# URLs skipped}})',
    },
    otherTrap: {
      fr: 'piège à robots : {trap} ({skipped, plural, one {# URL ignorée} other {# URL ignorées}})',
      en: 'crawler trap: {trap} ({skipped, plural, one {# URL skipped} other {# URLs skipped}})',
    },
    largeFamily: {
      fr: 'la famille d’URL {pattern} compte déjà {count, plural, one {# URL explorée} other {# URL explorées}}, sans fin en vue',
      en: 'URL family {pattern}: {count, plural, one {# crawled URL} other {# crawled URLs}} and counting',
    },
  },
  run: (site) => {
    const families = new Map<string, string[]>();
    for (const snapshot of site.snapshots) {
      const family = trapPattern(new URL(snapshot.requestedUrl));
      if (family) families.set(family, [...(families.get(family) ?? []), snapshot.requestedUrl]);
    }
    const reported = new Set(site.traps.map((trap) => trap.pattern));
    const large = [...families].filter(([family, urls]) => urls.length >= largeUrlFamily && !reported.has(family));
    const examples = [...site.traps.map((trap) => trap.example), ...large.map(([, urls]) => urls[0]!)];
    if (examples.length === 0) return pass({ value: 0 });
    const details = { value: examples.length, examples };
    const [trap] = site.traps;
    if (trap && (trap.kind ?? 'url-family') === 'url-family')
      return warn('endlessFamily', { ...details, values: { pattern: trap.pattern, skipped: trap.skipped } });
    if (trap) return warn('otherTrap', { ...details, values: { trap: trapDescription(trap), skipped: trap.skipped } });
    const [family, urls] = large[0]!;
    return warn('largeFamily', { ...details, values: { pattern: family, count: urls.length } });
  },
});
