import seoPlugin from '../../../src/checks/intent/seo-plugin.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const wordpress = '<meta name="generator" content="WordPress 6.6"><link rel="stylesheet" href="/wp-content/themes/t/style.css">';

siteCheckCases(seoPlugin, {
  pass: [
    { name: 'Yoast comment', site: siteOf([crawled('/', `${wordpress}<!-- This site is optimized with the Yoast SEO plugin v22 -->`)]) },
    {
      name: 'Rank Math',
      site: siteOf([crawled('/', `${wordpress}<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->`)]),
    },
  ],
  fail: [
    {
      name: 'WordPress left at its defaults',
      message: 'noPlugin',
      values: { cms: ['WordPress'] },
      site: siteOf([crawled('/', wordpress)]),
    },
  ],
  na: [
    {
      name: 'a CMS without recognised SEO plugins',
      message: 'cmsNotJudged',
      site: siteOf([crawled('/', '<meta name="generator" content="SPIP 4.2">')]),
    },
  ],
});
