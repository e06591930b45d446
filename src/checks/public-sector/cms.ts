import { defineSiteCheck, notApplicable, pass } from '../define.js';
import { attributedCms, siteAttribution } from '../attribution.js';
import { cmsName, isHostedPlatform, type Message, platformName, seoPluginName } from '../../model/index.js';

export default defineSiteCheck({
  id: 'cms',
  dimension: 'public-sector',
  theme: 'other',
  weight: 0,
  title: { fr: 'Outil de gestion de contenu (CMS)', en: 'Content management system (CMS)' },
  rationale: {
    fr: 'Le CMS explique une grande part des réglages par défaut d’un site ; le connaître, avec ses extensions SEO, son thème, sa plateforme et le prestataire que le site nomme (« réalisé par »), permet de comparer les collectivités qui partagent le même outil ou le même prestataire.',
    en: 'The CMS explains much of a site’s defaults; knowing it, with its SEO plugins, its theme, its platform and the vendor the site names (“made by”), lets a study compare authorities that share a tool or a provider.',
  },
  source: 'https://html.spec.whatwg.org/multipage/semantics.html#meta-generator',
  messages: {
    recognised: { fr: 'CMS reconnu : {cms}', en: 'CMS recognised: {cms}' },
    details: {
      fr: 'CMS reconnu : {cms} ; {details}',
      en: 'CMS recognised: {cms}; {details}',
    },
    seoPlugins: { fr: 'extension SEO : {plugins}', en: 'SEO plugin: {plugins}' },
    theme: { fr: 'thème : {theme}', en: 'theme: {theme}' },
    vendor: { fr: 'prestataire nommé : {vendor}', en: 'vendor named: {vendor}' },
    generator: {
      fr: 'CMS non reconnu, mais nommé par la balise <meta name="generator"> : « {generator} »',
      en: 'CMS not recognised, but named by <meta name="generator">: "{generator}"',
    },
    noCms: { fr: 'aucun CMS reconnu', en: 'no CMS recognised' },
  },
  run: (site) => {
    const attribution = siteAttribution(site.pages, site.robots);
    const ids = [
      ...new Set([...site.pages.flatMap((page) => page.tags.cms), ...(attribution.platform ? [attribution.platform] : [])]),
    ].sort();
    if (ids.length > 0) {
      const names = ids.map((id) =>
        id === attribution.cms?.id ? (attributedCms(attribution) ?? cmsName(id)) : isHostedPlatform(id) ? platformName(id) : cmsName(id),
      );
      const details: Message[] = [
        ...(attribution.seoPlugins.length > 0
          ? [{ id: 'seoPlugins', values: { plugins: attribution.seoPlugins.map(seoPluginName) } }]
          : []),
        ...(attribution.theme ? [{ id: 'theme', values: { theme: attribution.theme } }] : []),
        ...(attribution.vendor ? [{ id: 'vendor', values: { vendor: attribution.vendor.name } }] : []),
      ];
      const value = ids.join(', ');
      return details.length > 0
        ? pass('details', { value, values: { cms: names, details } })
        : pass('recognised', { value, values: { cms: names } });
    }
    const generator = site.pages.map((page) => page.generator?.trim()).find(Boolean);
    return generator ? pass('generator', { value: generator, values: { generator } }) : notApplicable('noCms');
  },
});
