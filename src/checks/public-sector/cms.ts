import { defineSiteCheck, notApplicable, pass } from '../define.js';
import { cmsName } from '../../model/index.js';

export default defineSiteCheck({
  id: 'cms',
  dimension: 'public-sector',
  theme: 'other',
  weight: 0,
  title: { fr: 'Outil de gestion de contenu (CMS)', en: 'Content management system (CMS)' },
  rationale: {
    fr: 'Le CMS explique une grande part des réglages par défaut d’un site ; le connaître permet de comparer les collectivités qui partagent le même outil ou le même prestataire.',
    en: 'The CMS explains much of a site’s defaults; knowing it lets a study compare authorities that share a tool or a provider.',
  },
  source: 'https://html.spec.whatwg.org/multipage/semantics.html#meta-generator',
  messages: {
    recognised: { fr: 'CMS reconnu : {cms}', en: 'CMS recognised: {cms}' },
    generator: {
      fr: 'CMS non reconnu, mais nommé par la balise <meta name="generator"> : « {generator} »',
      en: 'CMS not recognised, but named by <meta name="generator">: "{generator}"',
    },
    noCms: { fr: 'aucun CMS reconnu', en: 'no CMS recognised' },
  },
  run: (site) => {
    const cms = [...new Set(site.pages.flatMap((page) => page.tags.cms))].sort();
    if (cms.length > 0) return pass('recognised', { value: cms.join(', '), values: { cms: cms.map(cmsName) } });
    const generator = site.pages.map((page) => page.generator?.trim()).find(Boolean);
    return generator ? pass('generator', { value: generator, values: { generator } }) : notApplicable('noCms');
  },
});
