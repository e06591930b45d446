import robotsTxtValid from '../../../src/checks/site/robots-txt-valid.js';
import { missingRobotsTxt } from '../../../src/model/index.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, robots } from '../crawl-data.js';

siteCheckCases(robotsTxtValid, {
  pass: [
    {
      name: 'well-formed groups and sitemap',
      site: { robots: robots(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${at('/sitemap.xml')}\n`) },
    },
  ],
  warn: [
    {
      name: 'rule before any user-agent',
      message: 'problems',
      values: { count: 1 },
      site: { robots: robots('Disallow: /admin/\nUser-agent: *\n') },
    },
    { name: 'relative sitemap URL', message: 'problems', site: { robots: robots('User-agent: *\nDisallow:\nSitemap: /sitemap.xml\n') } },
    { name: 'line without a colon', message: 'problems', site: { robots: robots('User-agent *\nDisallow: /\n') } },
  ],
  na: [{ name: 'no robots.txt', message: 'noRobotsTxt', site: { robots: missingRobotsTxt(at('/robots.txt'), 404) } }],
});
