import sitemapPresent from '../../../src/checks/site/sitemap-present.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, sitemap } from '../crawl-data.js';

siteCheckCases(sitemapPresent, {
  pass: [{ name: 'a urlset with URLs', site: { sitemaps: [sitemap([at('/'), at('/contact/')])] } }],
  fail: [
    { name: 'no sitemap', message: 'missing', site: { sitemaps: [] } },
    {
      name: 'declared sitemap answers 404',
      message: 'missing',
      site: { sitemaps: [sitemap([], { kind: 'missing', status: 404, errors: ['answered HTTP 404'] })] },
    },
    { name: 'empty urlset', message: 'missing', site: { sitemaps: [sitemap([])] } },
  ],
});
