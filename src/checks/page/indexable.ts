import { definePageCheck, fail, pass } from '../define.js';

export default definePageCheck({
  id: 'indexable',
  dimension: 'indexability',
  weight: 3,
  title: { fr: 'La page autorise son indexation', en: 'Page allows indexing' },
  rationale: {
    fr: 'Une directive noindex (ou none) dans la balise meta robots ou l’en-tête X-Robots-Tag retire la page des résultats ; elle est souvent oubliée après une mise en production.',
    en: 'A noindex (or none) directive in the robots meta tag or the X-Robots-Tag header removes the page from results; it is often left over from a staging site.',
  },
  run: (page) => {
    const sources = [
      ...page.metaRobots.map((directive) => ({ directive, where: '<meta name="robots">' })),
      ...page.xRobotsTag.map((directive) => ({ directive, where: 'X-Robots-Tag header' })),
    ];
    const blocking = sources.find(({ directive }) => directive === 'noindex' || directive === 'none');
    return blocking ? fail({ value: false, evidence: `"${blocking.directive}" in the ${blocking.where}` }) : pass({ value: true });
  },
});
