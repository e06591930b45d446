import { defineSiteCheck, notApplicable, pass } from '../define.js';

export default defineSiteCheck({
  id: 'cms',
  dimension: 'public-sector',
  weight: 0,
  title: { fr: 'Outil de gestion de contenu (CMS)', en: 'Content management system (CMS)' },
  rationale: {
    fr: 'Le CMS explique une grande part des réglages par défaut d’un site ; le connaître permet de comparer les collectivités qui partagent le même outil ou le même prestataire.',
    en: 'The CMS explains much of a site’s defaults; knowing it lets a study compare authorities that share a tool or a provider.',
  },
  run: (site) => {
    const cms = [...new Set(site.pages.flatMap((page) => page.tags.cms))].sort();
    if (cms.length > 0) return pass({ value: cms.join(', ') });
    const generator = site.pages.map((page) => page.generator?.trim()).find(Boolean);
    return generator ? pass({ value: generator }) : notApplicable('no CMS recognised');
  },
});
