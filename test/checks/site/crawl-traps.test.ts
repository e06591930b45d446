import crawlTraps from '../../../src/checks/site/crawl-traps.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at } from '../crawl-data.js';

siteCheckCases(crawlTraps, {
  pass: [{ name: 'no trap met', site: { traps: [] } }],
  warn: [
    { name: 'endless calendar', site: { traps: [{ pattern: '/agenda/{date}/', example: at('/agenda/2027-12/'), skipped: 30 }] } },
    { name: 'session ids in links', site: { traps: [{ pattern: 'session-id parameter (removed from links)', example: at('/?PHPSESSID=1'), skipped: 3 }] } },
  ],
});
