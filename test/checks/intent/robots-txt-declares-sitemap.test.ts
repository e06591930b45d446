import robotsTxtDeclaresSitemap from '../../../src/checks/intent/robots-txt-declares-sitemap.js';
import { missingRobotsTxt } from '../../../src/model/index.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, robots } from '../crawl-data.js';

siteCheckCases(robotsTxtDeclaresSitemap, {
  pass: [
    { name: 'Sitemap: line', site: { robots: robots(`User-agent: *\nDisallow:\n\nSitemap: ${at('/sitemap.xml')}\n`) } },
    { name: 'mixed-case field name', site: { robots: robots(`SITEMAP: ${at('/sitemap.xml')}\n`) } },
  ],
  fail: [
    { name: 'robots.txt without Sitemap:', site: { robots: robots('User-agent: *\nDisallow: /wp-admin/\n') } },
    { name: 'relative Sitemap: is not a declaration', site: { robots: robots('User-agent: *\nSitemap: /sitemap.xml\n') } },
    { name: 'no robots.txt', site: { robots: missingRobotsTxt(at('/robots.txt'), 404) } },
  ],
});
