import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';
import { institutionKindLabels } from '../../model/index.js';

export default defineSiteCheck({
  id: 'dsfr-reserved-to-state',
  dimension: 'public-sector',
  theme: 'dsfr',
  weight: 0,
  title: {
    fr: 'Pas de DSFR ni de Marque État sur un site de collectivité',
    en: 'No State design system or Marque État on a local authority’s site',
  },
  rationale: {
    fr: 'Le Système de design de l’État (DSFR) et le bloc-marque « République Française » sont réservés aux services de l’État (circulaire du 7 juillet 2023) ; une collectivité qui les emploie se présente à tort comme l’État.',
    en: 'The State design system (DSFR) and the "République Française" brand block are reserved to State services (circular of 7 July 2023); an authority using them wrongly presents itself as the State.',
  },
  source: [
    'https://www.systeme-de-design.gouv.fr/utilisation-et-organisation/perimetre-d-application/',
    'https://www.systeme-de-design.gouv.fr/a-propos/articles/circulaire-d-application/',
  ],
  messages: {
    stateSite: { fr: 'site de l’État (domaine en .gouv.fr)', en: 'a State site (.gouv.fr domain)' },
    noPage: { fr: 'aucune page n’a été lue', en: 'no page was read' },
    dsfrMarkers: {
      fr: 'marqueurs du DSFR sur le site d’une collectivité ({kind}) : {markers}',
      en: 'DSFR markers on a local authority’s site ({kind}): {markers}',
    },
  },
  run: (site) => {
    if (/\.gouv\.fr$/i.test(new URL(site.origin).hostname)) return notApplicable('stateSite');
    if (site.pages.length === 0) return notApplicable('noPage');
    const markers = [...new Set(site.pages.flatMap((page) => page.tags.dsfr))].sort();
    return markers.length === 0
      ? pass({ value: 'none' })
      : fail('dsfrMarkers', { value: markers.join(', '), values: { kind: institutionKindLabels[site.institution.kind], markers } });
  },
});
