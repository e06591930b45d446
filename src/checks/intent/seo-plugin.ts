import { defineSiteCheck, notApplicable, pass } from '../define.js';
import { siteAttribution } from '../attribution.js';
import { cmsName, seoPluginName } from '../../model/index.js';

/** Plugins that print themselves in the pages (src/extract/fingerprints.ts); Drupal's Metatag does not. */
const selfPrinting = new Set(['yoast', 'rank-math', 'all-in-one-seo', 'seopress']);

export default defineSiteCheck({
  id: 'seo-plugin',
  dimension: 'intent',
  weight: 1,
  title: { fr: 'Une extension SEO est installée', en: 'An SEO plugin is installed' },
  rationale: {
    fr: 'Installer une extension SEO (Yoast, Rank Math, All in One SEO, SEOPress) est un choix : c’est au plus un signe, et ce que l’extension produit seule (balises Open Graph, nœud Organization, ligne Sitemap:, descriptions tirées du texte) n’en ajoute aucun, les autres contrôles l’écartant. Son absence n’est pas comptée : ses effets (descriptions, données structurées) le sont déjà ailleurs, et les sites sans CMS à extensions n’ont pas à en installer.',
    en: 'Installing an SEO plugin (Yoast, Rank Math, All in One SEO, SEOPress) is a choice: it is one sign at most, and what the plugin produces on its own (Open Graph tags, an Organization node, a Sitemap: line, descriptions taken from the text) adds none, the other checks setting it aside. Its absence is not counted: its effects (descriptions, structured data) already are elsewhere, and sites without a plugin-based CMS have none to install.',
  },
  source: [
    'https://wordpress.org/plugins/wordpress-seo/',
    'https://wordpress.org/plugins/seo-by-rank-math/',
    'https://wordpress.org/plugins/all-in-one-seo-pack/',
    'https://wordpress.org/plugins/wp-seopress/',
  ],
  messages: {
    installed: { fr: 'extension SEO installée : {plugins}', en: 'SEO plugin installed: {plugins}' },
    notMarked: {
      fr: '{cms} : une extension SEO y est déduite ({plugins}) mais ne se signale pas dans les pages ; ses effets sont comptés par les autres contrôles',
      en: '{cms}: an SEO plugin is inferred ({plugins}) but does not show itself in the pages; its effects are counted by the other checks',
    },
    noPlugin: {
      fr: '{cms} sans trace d’une extension SEO dans les pages ; son absence n’est pas comptée',
      en: '{cms} without any trace of an SEO plugin in the pages; its absence is not counted',
    },
    cmsNotJudged: {
      fr: 'aucun CMS dont muniseo reconnaît les extensions SEO',
      en: 'no CMS whose SEO plugins muniseo recognises',
    },
  },
  run: (site) => {
    const attribution = siteAttribution(site.pages, site.robots);
    const printed = attribution.seoPlugins.filter((plugin) => selfPrinting.has(plugin));
    if (printed.length > 0) return pass('installed', { value: printed.join(', '), values: { plugins: printed.map(seoPluginName) } });
    const cms = attribution.cms ? cmsName(attribution.cms.id) : undefined;
    if (cms && attribution.seoPlugins.length > 0) {
      return notApplicable('notMarked', { values: { cms, plugins: attribution.seoPlugins.map(seoPluginName) } });
    }
    if (attribution.cms?.id === 'wordpress' || attribution.cms?.id === 'drupal')
      return notApplicable('noPlugin', { value: 'none', values: { cms: cms ?? '' } });
    return notApplicable('cmsNotJudged');
  },
});
