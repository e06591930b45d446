import robotsTxtDeclaresSitemap from '../../../src/checks/intent/robots-txt-declares-sitemap.js';
import { missingRobotsTxt, unavailableRobotsTxt } from '../../../src/model/index.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, robots } from '../crawl-data.js';

siteCheckCases(robotsTxtDeclaresSitemap, {
  pass: [
    { name: 'Sitemap: line', site: { robots: robots(`User-agent: *\nDisallow:\n\nSitemap: ${at('/sitemap.xml')}\n`) } },
    { name: 'mixed-case field name', site: { robots: robots(`SITEMAP: ${at('/sitemap.xml')}\n`) } },
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
