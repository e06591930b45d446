import { defineSiteCheck, fail, pass, warn } from '../define.js';
import type { PageSnapshot } from '../../model/index.js';

/** The crawl stopped on a loop, or the recorded chain comes back to a URL it already visited. */
function isLoop(snapshot: PageSnapshot): boolean {
  if (snapshot.errorKind === 'redirect-loop') return true;
  const visited = [snapshot.requestedUrl, ...snapshot.redirectChain.map((hop) => hop.location)];
  return new Set(visited).size < visited.length;
}

export default defineSiteCheck({
  id: 'redirect-chains',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Pas de chaîne ni de boucle de redirections', en: 'No redirect chains or loops' },
  rationale: {
    fr: 'Chaque saut de redirection ralentit la page et dilue les signaux ; Googlebot abandonne après une dizaine de sauts et une boucle rend la page inaccessible.',
    en: 'Each redirect hop slows the page and dilutes signals; Googlebot gives up after about ten hops, and a loop makes the page unreachable.',
  },
  source: [
    'https://developers.google.com/search/docs/crawling-indexing/http-network-errors',
    'https://developers.google.com/search/docs/crawling-indexing/301-redirects',
  ],
  messages: {
    loop: {
      fr: '{count, plural, one {boucle de redirections sur {url}} other {# boucles de redirections, dont une sur {url}}}',
      en: '{count, plural, one {redirect loop at {url}} other {# redirect loops, one at {url}}}',
    },
    chains: {
      fr: '{count, plural, one {# chaîne de redirections} other {# chaînes de redirections}}, par exemple {hops}',
      en: '{count, plural, one {# redirect chain} other {# redirect chains}}, e.g. {hops}',
    },
  },
  run: (site) => {
    const loops = site.snapshots.filter(isLoop);
    if (loops.length > 0) {
      return fail('loop', {
        value: loops.length,
        values: { count: loops.length, url: loops[0]!.requestedUrl },
        examples: loops.map((snapshot) => snapshot.requestedUrl),
      });
    }
    const chains = site.snapshots.filter((snapshot) => snapshot.redirectChain.length >= 2);
    if (chains.length > 0) {
      const first = chains[0]!;
      // The first chain as data: its URLs and statuses, the same in every language.
      const hops = [first.requestedUrl, ...first.redirectChain.map((hop) => `${hop.status} ${hop.location}`)].join(' → ');
      return warn('chains', {
        value: chains.length,
        values: { count: chains.length, hops },
        examples: chains.map((snapshot) => snapshot.requestedUrl),
      });
    }
    return pass({ value: 0 });
  },
});
