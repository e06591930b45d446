import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';

export default defineSiteCheck({
  id: 'dsfr-reserved-to-state',
  dimension: 'public-sector',
  weight: 0,
  title: {
    fr: 'Pas de DSFR ni de Marque État sur un site de collectivité',
    en: 'No State design system or Marque État on a local authority’s site',
  },
  rationale: {
    fr: 'Le Système de design de l’État (DSFR) et le bloc-marque « République Française » sont réservés aux services de l’État (circulaire du 7 juillet 2023) ; une collectivité qui les emploie se présente à tort comme l’État.',
    en: 'The State design system (DSFR) and the "République Française" brand block are reserved to State services (circular of 7 July 2023); an authority using them wrongly presents itself as the State.',
  },
  run: (site) => {
    if (/\.gouv\.fr$/i.test(new URL(site.origin).hostname)) return notApplicable('a State site');
    if (site.pages.length === 0) return notApplicable('no page');
    const markers = [...new Set(site.pages.flatMap((page) => page.tags.dsfr))].sort();
    return markers.length === 0
      ? pass({ value: 'none' })
      : fail({ value: markers.join(', '), evidence: `DSFR markers on a ${site.institution.kind} site: ${markers.join(', ')}` });
  },
});
