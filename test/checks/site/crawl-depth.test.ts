import crawlDepth from '../../../src/checks/site/crawl-depth.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, snapshot } from '../crawl-data.js';

const atDepth = (path: string, depth: number) => snapshot(at(path), { depth, discoveredBy: depth === 0 ? 'seed' : 'link' });
const shallow = Array.from({ length: 10 }, (_, index) => atDepth(`/page-${index}/`, 1 + (index % 3)));

siteCheckCases(crawlDepth, {
  pass: [
    { name: 'everything within three clicks', site: { snapshots: [atDepth('/', 0), ...shallow] } },
    {
      name: 'a deep calendar is left out',
      site: { snapshots: [atDepth('/', 0), ...shallow, atDepth('/agenda/2027-03/', 5), atDepth('/agenda/2027-04/', 6)] },
    },
    {
      name: 'pages only the sitemap revealed do not count',
      site: { snapshots: [atDepth('/', 0), snapshot(at('/orpheline/'), { depth: 9, discoveredBy: 'sitemap' })] },
    },
  ],
  warn: [
    {
      name: 'one page in eleven at depth 4',
      message: 'tooDeep',
      values: { deep: 1, pages: 12, maxDepth: 3, deepest: 4 },
      site: { snapshots: [atDepth('/', 0), ...shallow, atDepth('/vie-municipale/conseil/commissions/urbanisme/', 4)] },
    },
  ],
  fail: [
    {
      name: 'half the site four or five clicks deep',
      message: 'tooDeep',
      values: { deep: 2, pages: 6, deepest: 5 },
      site: {
        snapshots: [
          atDepth('/', 0),
          atDepth('/a/', 1),
          atDepth('/a/b/', 2),
          atDepth('/a/b/c/', 3),
          atDepth('/a/b/c/d/', 4),
          atDepth('/a/b/c/d/e/', 5),
        ],
      },
    },
  ],
  na: [{ name: 'nothing crawled', message: 'noLinkedPage', site: { snapshots: [] } }],
});
