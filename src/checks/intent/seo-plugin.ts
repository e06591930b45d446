import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';
import { cmsName } from '../../model/index.js';

/** CMSs whose SEO plugins muniseo recognises (Yoast SEO, Rank Math, All in One SEO, SEOPress). */
const pluginCms = new Set(['wordpress']);

export default defineSiteCheck({
  id: 'seo-plugin',
  dimension: 'intent',
  weight: 1,
  title: { fr: 'Une extension SEO est installée', en: 'An SEO plugin is installed' },
  rationale: {
    fr: 'Sur WordPress, l’absence d’extension SEO (Yoast, Rank Math, All in One SEO, SEOPress) laisse titres, descriptions et sitemap aux réglages par défaut ; sa présence est un choix. Les autres CMS ne sont pas jugés.',
    en: 'On WordPress, without an SEO plugin (Yoast, Rank Math, All in One SEO, SEOPress) titles, descriptions and sitemap stay at their defaults; installing one is a choice. Other CMSs are not judged.',
  },
  source: [
    'https://wordpress.org/plugins/wordpress-seo/',
    'https://wordpress.org/plugins/seo-by-rank-math/',
    'https://wordpress.org/plugins/all-in-one-seo-pack/',
    'https://wordpress.org/plugins/wp-seopress/',
  ],
  messages: {
    cmsNotJudged: {
      fr: 'aucun CMS dont muniseo reconnaît les extensions SEO',
      en: 'no CMS whose SEO plugins muniseo recognises',
    },
    noPlugin: {
      fr: '{cms} sans trace d’une extension SEO dans les pages',
      en: '{cms} without any trace of an SEO plugin in the pages',
    },
  },
  run: (site) => {
    const plugins = [...new Set(site.pages.flatMap((page) => page.tags.seoPlugins))].sort();
    if (plugins.length > 0) return pass({ value: plugins.join(', ') });
    const cms = [...new Set(site.pages.flatMap((page) => page.tags.cms))];
    const judged = cms.filter((name) => pluginCms.has(name));
    if (judged.length === 0) return notApplicable('cmsNotJudged');
    return fail('noPlugin', { value: 'none', values: { cms: judged.map(cmsName) } });
  },
});
