import { defineSiteCheck, fail, pass, warn } from '../define.js';
import type { PageSnapshot } from '../../model/index.js';

function isLoop(snapshot: PageSnapshot): boolean {
  if (snapshot.error && /loop/i.test(snapshot.error)) return true;
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
  run: (site) => {
    const loops = site.snapshots.filter(isLoop);
    if (loops.length > 0) {
      return fail({
        value: loops.length,
        evidence: `redirect loop at ${loops[0]!.requestedUrl}`,
        examples: loops.map((snapshot) => snapshot.requestedUrl),
      });
    }
    const chains = site.snapshots.filter((snapshot) => snapshot.redirectChain.length >= 2);
    if (chains.length > 0) {
      const first = chains[0]!;
      const hops = [first.requestedUrl, ...first.redirectChain.map((hop) => `${hop.status} ${hop.location}`)].join(' → ');
      return warn({
        value: chains.length,
        evidence: `${chains.length} redirect chain(s), e.g. ${hops}`,
        examples: chains.map((snapshot) => snapshot.requestedUrl),
      });
    }
    return pass({ value: 0 });
  },
});
