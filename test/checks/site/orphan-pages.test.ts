import orphanPages from '../../../src/checks/site/orphan-pages.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf, sitemap, snapshot } from '../crawl-data.js';

const links = (paths: string[]) => paths.map((path) => `<a href="${path}">Page ${path}</a>`).join('');
const section = (count: number) => Array.from({ length: count }, (_, index) => `/rubrique-${index}/`);

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
    { name: 'no sitemap', message: 'noListedPage', site: siteOf([crawled('/', links(['/a/'])), crawled('/a/', '')]) },
    {
      name: 'sitemap lists only the home page',
      message: 'noListedPage',
      site: { ...siteOf([crawled('/', '')]), sitemaps: [sitemap([at('/')])] },
    },
  ],
});
