import seoPlugin from '../../../src/checks/intent/seo-plugin.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, robots, siteOf } from '../crawl-data.js';

const wordpress = '<meta name="generator" content="WordPress 6.6"><link rel="stylesheet" href="/wp-content/themes/t/style.css">';

siteCheckCases(seoPlugin, {
  pass: [
    {
      name: 'Yoast comment',
      message: 'installed',
      values: { plugins: ['Yoast SEO'] },
      site: siteOf([crawled('/', `${wordpress}<!-- This site is optimized with the Yoast SEO plugin v22 -->`)]),
    },
    {
      name: 'Rank Math',
      message: 'installed',
      values: { plugins: ['Rank Math'] },
      site: siteOf([crawled('/', `${wordpress}<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->`)]),
    },
    {
      name: 'Yoast’s block in robots.txt, its debug marker turned off in the pages',
      message: 'installed',
      values: { plugins: ['Yoast SEO'] },
      site: {
        ...siteOf([crawled('/', wordpress)]),
        robots: robots(
          '# START YOAST BLOCK\n# ---------------------------\nUser-agent: *\nDisallow:\n\nSitemap: https://www.saint-exemple.test/sitemap_index.xml\n# ---------------------------\n# END YOAST BLOCK\n',
        ),
      },
    },
  ],
  // Absence is not counted: its effects are judged by the other intent checks.
  na: [
    { name: 'WordPress left at its defaults', message: 'noPlugin', values: { cms: 'WordPress' }, site: siteOf([crawled('/', wordpress)]) },
    {
      name: 'Drupal with descriptions: Metatag inferred, but it prints no mark of its own',
      message: 'notMarked',
      values: { cms: 'Drupal', plugins: ['Metatag (Drupal)'] },
      site: siteOf([
        crawled('/', '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="description" content="Résumé">'),
      ]),
    },
    {
      name: 'a CMS without recognised SEO plugins',
      message: 'cmsNotJudged',
      site: siteOf([crawled('/', '<meta name="generator" content="SPIP 4.2">')]),
    },
    {
      name: 'an article about Yoast on a hand-made site is not the plugin',
      message: 'cmsNotJudged',
      site: siteOf([crawled('/', '<main><p>Formation : bien régler Yoast SEO et Rank Math pour les sites associatifs.</p></main>')]),
    },
  ],
});
