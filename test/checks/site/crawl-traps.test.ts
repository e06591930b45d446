import crawlTraps from '../../../src/checks/site/crawl-traps.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, snapshot } from '../crawl-data.js';

siteCheckCases(crawlTraps, {
  pass: [{ name: 'no trap met', site: { traps: [] } }],
  warn: [
    {
      name: 'endless calendar',
      message: 'endlessFamily',
      values: { pattern: '/agenda/{date}/', skipped: 30 },
      site: { traps: [{ pattern: '/agenda/{date}/', example: at('/agenda/2027-12/'), skipped: 30 }] },
    },
    {
      name: 'session ids in links',
      message: 'endlessFamily',
      values: { skipped: 3 },
      site: { traps: [{ pattern: 'session-id parameter (removed from links)', example: at('/?PHPSESSID=1'), skipped: 3 }] },
    },
  ],
});

const month = (index: number) => at(`/agenda/${2026 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}/`);

siteCheckCases(crawlTraps, {
  pass: [
    { name: 'a few dated pages', site: { snapshots: Array.from({ length: 9 }, (_, index) => snapshot(month(index))) } },
    {
      name: 'many ordinary pages',
      site: { snapshots: Array.from({ length: 30 }, (_, index) => snapshot(at(`/actualites/article-${index}/`))) },
    },
  ],
  warn: [
    {
      name: 'ten months of a calendar crawled, no end reached',
      message: 'largeFamily',
      values: { pattern: '/agenda/{date}/', count: 10 },
      site: { snapshots: Array.from({ length: 10 }, (_, index) => snapshot(month(index))) },
    },
  ],
});
