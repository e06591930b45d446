import sitemapUrlsHealthy from '../../../src/checks/site/sitemap-urls-healthy.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, coverage, crawled, siteOf, sitemap, snapshot } from '../crawl-data.js';

const page = (path: string, head = '') => crawled(path, `<head>${head}</head><body><h1>${path}</h1></body>`);
const healthy = Array.from({ length: 10 }, (_, index) => page(`/page-${index}/`, `<link rel="canonical" href="${at(`/page-${index}/`)}">`));
const redirecting = (path: string) =>
  snapshot(at(path), { finalUrl: at('/page-0/'), redirectChain: [{ url: at(path), status: 301, location: at('/page-0/') }] });
const listed = (extra: string[] = []) => [sitemap([...healthy.map((entry) => entry.facts.url), ...extra])];

siteCheckCases(sitemapUrlsHealthy, {
  pass: [
    {
      name: 'one redirect among eleven listed URLs: 91% healthy reaches the 90% bar',
      site: { ...siteOf(healthy, [redirecting('/ancien/')]), sitemaps: listed([at('/ancien/')]) },
    },
    {
      name: 'every listed URL is a 200, indexable, self-canonical page',
      message: 'healthy',
      values: { checked: 10, listed: 10 },
      site: { ...siteOf(healthy), sitemaps: listed() },
    },
    {
      name: 'a listed page reached first through another URL’s redirect',
      site: {
        ...siteOf(
          [],
          [redirecting('/ancien/')].map((hop) => ({ ...hop, finalUrl: at('/page-0/') })),
        ),
        pages: [healthy[0]!.facts],
        sitemaps: [sitemap([at('/page-0/')])],
      },
    },
    {
      name: 'a listed PDF answering 200 is fine',
      site: {
        ...siteOf(healthy, [snapshot(at('/budget.pdf'), { contentType: 'application/pdf' })]),
        sitemaps: listed([at('/budget.pdf')]),
      },
    },
  ],
  warn: [
    {
      name: 'three of ten listed URLs redirect (70% healthy)',
      message: 'redirects',
      values: { problems: 3, checked: 10, url: at('/ancien-1/'), target: at('/page-0/') },
      site: {
        ...siteOf(healthy.slice(0, 7), ['/ancien-1/', '/ancien-2/', '/ancien-3/'].map(redirecting)),
        sitemaps: [sitemap([...healthy.slice(0, 7).map((entry) => entry.facts.url), at('/ancien-1/'), at('/ancien-2/'), at('/ancien-3/')])],
      },
    },
    {
      name: 'one of two listed URLs times out (50% healthy)',
      message: 'unanswered',
      values: { problems: 1, checked: 2, url: at('/lente/'), error: 'timed out after 20 s' },
      site: {
        ...siteOf([page('/c/')], [snapshot(at('/lente/'), { status: 0, error: 'timed out after 20 s', errorKind: 'timeout' })]),
        sitemaps: [sitemap([at('/lente/'), at('/c/')])],
      },
    },
  ],
  fail: [
    {
      name: 'a large site cut at the limit: the healthy pages links reached do not hide the sample’s dead entries',
      message: 'httpError',
      values: { problems: 2, checked: 3, listed: 13, url: at('/ancienne-rubrique-1/'), status: 404 },
      site: {
        ...siteOf(healthy, [
          snapshot(at('/ancienne-rubrique-1/'), { status: 404 }),
          snapshot(at('/ancienne-rubrique-2/'), { status: 404 }),
        ]),
        sitemaps: listed([at('/ancienne-rubrique-1/'), at('/ancienne-rubrique-2/'), at('/ancienne-rubrique-3/')]),
        coverage: coverage({
          sitemapUrls: 13,
          sitemapUnread: 1,
          sitemapSample: [at('/ancienne-rubrique-1/'), at('/page-4/'), at('/ancienne-rubrique-2/')],
        }),
      },
    },
    {
      name: 'most listed URLs are noindex or canonicalised elsewhere',
      message: 'noindex',
      values: { problems: 2, checked: 3, url: at('/a/') },
      site: {
        ...siteOf([
          page('/a/', '<meta name="robots" content="noindex">'),
          page('/b/', `<link rel="canonical" href="${at('/a/')}">`),
          page('/c/'),
        ]),
        sitemaps: [sitemap([at('/a/'), at('/b/'), at('/c/')])],
      },
    },
    {
      name: 'listed URLs answer 404',
      message: 'httpError',
      values: { problems: 2, checked: 3, url: at('/a/'), status: 404 },
      site: {
        ...siteOf([page('/c/')], [snapshot(at('/a/'), { status: 404 }), snapshot(at('/b/'), { status: 410 })]),
        sitemaps: [sitemap([at('/a/'), at('/b/'), at('/c/')])],
      },
    },
    {
      name: 'the sitemap lists print versions canonicalised to their page',
      message: 'canonicalised',
      values: { problems: 1, checked: 1, url: at('/a/imprimer/'), canonical: at('/a/') },
      site: {
        ...siteOf([page('/a/imprimer/', `<link rel="canonical" href="${at('/a/')}">`)]),
        sitemaps: [sitemap([at('/a/imprimer/')])],
      },
    },
  ],
  na: [{ name: 'no listed URL was crawled', message: 'noneCrawled', site: { sitemaps: [sitemap([at('/jamais/')])] } }],
});
