import sitemapValid from '../../../src/checks/site/sitemap-valid.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, sitemap } from '../crawl-data.js';

siteCheckCases(sitemapValid, {
  pass: [
    { name: 'a clean urlset', site: { sitemaps: [sitemap([at('/')])] } },
    {
      name: 'an index and its child',
      site: { sitemaps: [sitemap([], { kind: 'index', urlCount: 1 }), sitemap([at('/')], { url: at('/sitemap-pages.xml') })] },
    },
  ],
  warn: [
    { name: 'URLs of another site listed', site: { sitemaps: [sitemap([at('/')], { urlCount: 3, outsideSite: 2 })] } },
    { name: 'parse errors on some entries', site: { sitemaps: [sitemap([at('/')], { errors: ['<url> without <loc>'] })] } },
  ],
  fail: [
    {
      name: 'declared in robots.txt but 404',
      site: { sitemaps: [sitemap([], { kind: 'missing', status: 404, errors: ['answered HTTP 404'] })] },
    },
    { name: 'not XML', site: { sitemaps: [sitemap([], { kind: 'invalid', errors: ['not a sitemap: root element <html>'] })] } },
  ],
  na: [{ name: 'no sitemap at all', site: { sitemaps: [] } }],
});
