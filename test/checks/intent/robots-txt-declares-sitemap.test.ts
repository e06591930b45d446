import robotsTxtDeclaresSitemap from '../../../src/checks/intent/robots-txt-declares-sitemap.js';
import { missingRobotsTxt, unavailableRobotsTxt } from '../../../src/model/index.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, robots, siteOf } from '../crawl-data.js';

const wordpress = siteOf([
  crawled('/', '<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" href="/wp-content/themes/t/style.css">'),
]);
const yoast = siteOf([
  crawled(
    '/',
    '<link rel="stylesheet" href="/wp-content/themes/t/style.css"><!-- This site is optimized with the Yoast SEO plugin v23.1 - https://yoast.com/wordpress/plugins/seo/ -->',
  ),
]);
const spip = siteOf([crawled('/', '<meta name="generator" content="SPIP 4.2.8 [24180]">')]);
const wix = siteOf([
  crawled('/', '<meta name="generator" content="Wix.com Website Builder"><img src="https://static.wixstatic.com/media/logo.png" alt="">'),
]);
/** WordPress's virtual robots.txt (do_robots() and WP_Sitemaps::add_robots()). */
const wordpressRobots = `User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: ${at('/wp-sitemap.xml')}\n`;

siteCheckCases(robotsTxtDeclaresSitemap, {
  pass: [
    {
      name: 'Sitemap: line on a hand-made site',
      message: 'declared',
      values: { sitemap: at('/sitemap.xml') },
      site: { robots: robots(`User-agent: *\nDisallow:\n\nSitemap: ${at('/sitemap.xml')}\n`) },
    },
    { name: 'mixed-case field name', site: { robots: robots(`SITEMAP: ${at('/sitemap.xml')}\n`) } },
    {
      name: 'a WordPress site declaring a sitemap no plugin writes, beside the default',
      message: 'declared',
      values: { sitemap: at('/plan-du-site/actes-administratifs.xml') },
      site: { ...wordpress, robots: robots(`${wordpressRobots}Sitemap: ${at('/plan-du-site/actes-administratifs.xml')}\n`) },
    },
  ],
  na: [
    {
      name: 'WordPress ≥ 5.5: its virtual robots.txt names wp-sitemap.xml',
      message: 'cmsDefault',
      values: { sitemap: at('/wp-sitemap.xml'), addedBy: 'WordPress' },
      site: { ...wordpress, robots: robots(wordpressRobots) },
    },
    {
      name: 'wp-sitemap.xml tells WordPress even when the pages hide it',
      message: 'cmsDefault',
      site: { robots: robots(wordpressRobots) },
    },
    {
      name: 'Yoast’s block with its sitemap index',
      message: 'cmsDefault',
      values: { sitemap: at('/sitemap_index.xml'), addedBy: 'Yoast SEO' },
      site: {
        ...yoast,
        robots: robots(
          `# START YOAST BLOCK\n# ---------------------------\nUser-agent: *\nDisallow:\n\nSitemap: ${at('/sitemap_index.xml')}\n# ---------------------------\n# END YOAST BLOCK\n`,
        ),
      },
    },
    {
      name: 'SEOPress’s sitemaps.xml on WordPress',
      message: 'cmsDefault',
      values: { addedBy: 'SEOPress' },
      site: {
        ...wordpress,
        robots: robots(`User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: ${at('/sitemaps.xml')}\n`),
      },
    },
    {
      name: 'SPIP’s distributed robots.txt template',
      message: 'cmsDefault',
      values: { addedBy: 'SPIP' },
      site: {
        ...spip,
        robots: robots(
          `# robots.txt\n# @url: ${at('')}\n# @generator: SPIP 4.2.8\n# @template: squelettes-dist/robots.txt.html\n\nUser-agent: *\nDisallow: /ecrire/\n\nSitemap: ${at('/sitemap.xml')}\n`,
        ),
      },
    },
    {
      name: 'the robots.txt Wix writes for every site it hosts',
      message: 'cmsDefault',
      values: { addedBy: 'Wix', sitemap: at('/sitemap.xml') },
      site: {
        ...wix,
        robots: robots(`User-agent: *\nDisallow: /_api/\nDisallow: /_partials/\n\nSitemap: ${at('/sitemap.xml')}\n`),
      },
    },
  ],
  fail: [
    {
      name: 'robots.txt without Sitemap:',
      message: 'noSitemapLine',
      site: { robots: robots('User-agent: *\nDisallow: /wp-admin/\n') },
    },
    {
      name: 'relative Sitemap: is not a declaration',
      message: 'noSitemapLine',
      site: { robots: robots('User-agent: *\nSitemap: /sitemap.xml\n') },
    },
    { name: 'no robots.txt', message: 'noRobotsTxt', site: { robots: missingRobotsTxt(at('/robots.txt'), 404) } },
    {
      name: 'robots.txt answers 503 during maintenance',
      message: 'robotsTxtUnavailable',
      site: { robots: unavailableRobotsTxt(at('/robots.txt'), 503, 'robots.txt answered HTTP 503') },
    },
  ],
});
