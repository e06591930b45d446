import crawlDepth from '../../../src/checks/site/crawl-depth.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, coverage, snapshot } from '../crawl-data.js';

const atDepth = (path: string, depth: number) => snapshot(at(path), { depth, discoveredBy: depth === 0 ? 'seed' : 'link' });
const shallow = Array.from({ length: 10 }, (_, index) => atDepth(`/page-${index}/`, 1 + (index % 3)));
const deepChain = [atDepth('/', 0), atDepth('/a/', 1), atDepth('/a/b/', 2), atDepth('/a/b/c/', 3), atDepth('/a/b/c/d/', 4)];

siteCheckCases(crawlDepth, {
  pass: [
    { name: 'everything within three clicks', site: { snapshots: [atDepth('/', 0), ...shallow] } },
    {
      name: 'a deep calendar is left out',
      site: { snapshots: [atDepth('/', 0), ...shallow, atDepth('/agenda/2027-03/', 5), atDepth('/agenda/2027-04/', 6)] },
    },
    {
      name: 'links left unread are only linked from pages the sitemap revealed: every page links reach was read',
      site: { snapshots: [atDepth('/', 0), ...shallow], coverage: coverage({ unexploredLinks: 4 }) },
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
      name: 'cut beyond three clicks with a fifth of the pages read already too deep: the rest is deeper still',
      message: 'tooDeepAtLeast',
      values: { deep: 1, pages: 5, deepest: 4, unexplored: 30 },
      site: { snapshots: deepChain, coverage: coverage({ unexploredLinks: 30, unexploredDepth: 5 }) },
    },
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
  na: [
    { name: 'nothing crawled', message: 'noLinkedPage', site: { snapshots: [] } },
    {
      name: 'a large site cut at the page limit two clicks from the home page',
      message: 'capped',
      values: { pages: 11, unexplored: 600, depth: 2 },
      site: { snapshots: [atDepth('/', 0), ...shallow], coverage: coverage({ unexploredLinks: 600, unexploredDepth: 2 }) },
    },
    {
      name: 'cut beyond three clicks, with too few deep pages read to prove a failure',
      message: 'capped',
      values: { pages: 12, unexplored: 40, depth: 4 },
      site: {
        snapshots: [atDepth('/', 0), ...shallow, atDepth('/a/b/c/d/', 4)],
        coverage: coverage({ unexploredLinks: 40, unexploredDepth: 4 }),
      },
    },
  ],
});
