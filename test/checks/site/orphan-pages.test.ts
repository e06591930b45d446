import orphanPages from '../../../src/checks/site/orphan-pages.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, coverage, crawled, siteOf, sitemap, snapshot } from '../crawl-data.js';

const links = (paths: string[]) => paths.map((path) => `<a href="${path}">Page ${path}</a>`).join('');
const section = (count: number) => Array.from({ length: count }, (_, index) => `/rubrique-${index}/`);
/** A large site cut at the page limit: ten pages read by links, three sampled from a sitemap of 1,400 URLs. */
const cut = (sample: string[], linkedFromHome: string[]) => ({
  ...siteOf([
    crawled('/', links(linkedFromHome)),
    ...section(10).map((path) => crawled(path, '')),
    ...sample.filter((path) => !linkedFromHome.includes(path)).map((path) => crawled(path, '', { discoveredBy: 'sitemap' })),
  ]),
  sitemaps: [sitemap([...section(10), ...sample].map(at), { urlCount: 1400 })],
  coverage: coverage({ unexploredLinks: 900, unexploredDepth: 2, sitemapUrls: 1400, sitemapUnread: 1300, sitemapSample: sample.map(at) }),
});

siteCheckCases(orphanPages, {
  pass: [
    {
      name: 'every sitemap page is linked',
      site: {
        ...siteOf([crawled('/', links(['/a/', '/b/'])), crawled('/a/', ''), crawled('/b/', '')]),
        sitemaps: [sitemap([at('/'), at('/a/'), at('/b/')])],
      },
    },
    {
      name: 'a page reached through a linked redirect is not an orphan',
      site: {
        ...siteOf(
          [crawled('/', links(['/ancien-site'])), crawled('/nouveau-site/', '', { discoveredBy: 'sitemap' })],
          [
            snapshot(at('/ancien-site'), {
              finalUrl: at('/nouveau-site/'),
              redirectChain: [{ url: at('/ancien-site'), status: 301, location: at('/nouveau-site/') }],
            }),
          ],
        ),
        sitemaps: [sitemap([at('/'), at('/nouveau-site/')])],
      },
    },
    {
      name: 'a crawl cut at the limit: every page of the sitemap sample is linked from the pages read',
      message: 'sampleLinked',
      values: { listed: 3, sitemapUrls: 1400 },
      site: cut(['/rubrique-2/', '/rubrique-5/', '/rubrique-7/'], section(10)),
    },
  ],
  warn: [
    {
      name: 'one unlinked page among eleven',
      message: 'orphans',
      values: { orphans: 1, listed: 11 },
      site: {
        ...siteOf([
          crawled('/', links(section(10))),
          ...section(10).map((path) => crawled(path, '')),
          crawled('/campagne/', '', { discoveredBy: 'sitemap' }),
        ]),
        sitemaps: [sitemap([...section(10).map(at), at('/campagne/')])],
      },
    },
  ],
  fail: [
    {
      name: 'menu links a script adds to the home page are links (Googlebot renders), the unlinked page is still an orphan',
      message: 'orphans',
      values: { orphans: 1, listed: 3 },
      site: {
        ...siteOf([
          crawled('/', '<p>Menu construit par script</p>'),
          crawled('/mairie/', ''),
          crawled('/services/', ''),
          crawled('/campagne/', '', { discoveredBy: 'sitemap' }),
        ]),
        sitemaps: [sitemap([at('/mairie/'), at('/services/'), at('/campagne/')])],
        rawVsRendered: {
          rawWords: 4,
          renderedWords: 30,
          rawLinks: 0,
          renderedLinks: 2,
          homeLinks: { raw: 0, rendered: 2, revealed: [at('/mairie/'), at('/services/')] },
        },
      },
    },
    {
      name: 'a JavaScript-only site: no page is linked in the raw HTML',
      message: 'orphans',
      values: { orphans: 1, listed: 1 },
      site: {
        ...siteOf([crawled('/', '<div id="app"></div>'), crawled('/mairie/', '<div id="app"></div>', { discoveredBy: 'sitemap' })]),
        sitemaps: [sitemap([at('/'), at('/mairie/')])],
      },
    },
  ],
  na: [
    {
      name: 'a crawl cut at the limit: a sampled sitemap page no page read links to may be linked from a page not read',
      message: 'capped',
      values: { unlinked: 1, listed: 3, unexplored: 900 },
      site: cut(['/rubrique-2/', '/archives/2009/compte-rendu/', '/rubrique-7/'], section(10)),
    },
    { name: 'no sitemap', message: 'noListedPage', site: siteOf([crawled('/', links(['/a/'])), crawled('/a/', '')]) },
    {
      name: 'sitemap lists only the home page',
      message: 'noListedPage',
      site: { ...siteOf([crawled('/', '')]), sitemaps: [sitemap([at('/')])] },
    },
  ],
});
