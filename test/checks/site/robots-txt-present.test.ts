import robotsTxtPresent from '../../../src/checks/site/robots-txt-present.js';
import { missingRobotsTxt, unavailableRobotsTxt } from '../../../src/model/index.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, robots } from '../crawl-data.js';

siteCheckCases(robotsTxtPresent, {
  pass: [{ name: 'robots.txt answered 200', site: { robots: robots('User-agent: *\nDisallow:\n') } }],
  fail: [
    {
      name: 'robots.txt answered 404',
      message: 'httpError',
      values: { status: 404 },
      site: { robots: missingRobotsTxt(at('/robots.txt'), 404) },
    },
    {
      name: 'robots.txt answered 503',
      message: 'httpError',
      values: { status: 503 },
      site: { robots: unavailableRobotsTxt(at('/robots.txt'), 503, 'robots.txt answered HTTP 503') },
    },
    {
      name: 'the server could not be reached for robots.txt',
      message: 'unreadable',
      site: { robots: unavailableRobotsTxt(at('/robots.txt'), null, 'connection refused') },
    },
  ],
});
