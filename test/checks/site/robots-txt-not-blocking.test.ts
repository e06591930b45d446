import robotsTxtNotBlocking from '../../../src/checks/site/robots-txt-not-blocking.js';
import { missingRobotsTxt, unavailableRobotsTxt } from '../../../src/model/index.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, robots, sitemap } from '../crawl-data.js';

siteCheckCases(robotsTxtNotBlocking, {
  pass: [
    { name: 'private folders only', site: { robots: robots('User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n') } },
    { name: 'no robots.txt (everything allowed)', site: { robots: missingRobotsTxt(at('/robots.txt'), 404) } },
    {
      name: 'Disallow: / for another crawler only',
      site: { robots: robots('User-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow:\n') },
    },
  ],
  warn: [
    {
      name: 'sitemap lists a disallowed URL',
      message: 'sitemapUrlsBlocked',
      values: { count: 1 },
      site: { robots: robots('User-agent: *\nDisallow: /recherche/\n'), sitemaps: [sitemap([at('/'), at('/recherche/resultats/')])] },
    },
  ],
  fail: [
    { name: 'staging copy: Disallow: /', message: 'disallowsRoot', site: { robots: robots('User-agent: *\nDisallow: /\n') } },
    {
      name: 'Googlebot group disallows everything',
      message: 'disallowsRoot',
      values: { agent: 'Googlebot' },
      site: { robots: robots('User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nAllow: /\n') },
    },
    { name: 'mixed-case field names', message: 'disallowsRoot', site: { robots: robots('USER-AGENT: *\nDISALLOW: /\n') } },
    {
      name: 'robots.txt answers 5xx',
      message: 'unavailable',
      values: { problem: 'robots.txt answered HTTP 500' },
      site: { robots: unavailableRobotsTxt(at('/robots.txt'), 500, 'robots.txt answered HTTP 500') },
    },
  ],
});
