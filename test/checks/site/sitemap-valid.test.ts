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
    {
      name: 'URLs of another site listed',
      message: 'outsideSite',
      values: { url: at('/sitemap.xml'), count: 2 },
      site: { sitemaps: [sitemap([at('/')], { urlCount: 3, outsideSite: 2 })] },
    },
    {
      name: 'parse errors on some entries',
      message: 'entryErrors',
      values: { url: at('/sitemap.xml'), problem: '<url> without <loc>' },
      site: { sitemaps: [sitemap([at('/')], { errors: ['<url> without <loc>'] })] },
    },
  ],
  fail: [
    {
      name: 'declared in robots.txt but 404',
      message: 'httpError',
      values: { url: at('/sitemap.xml'), status: 404 },
      site: { sitemaps: [sitemap([], { kind: 'missing', status: 404, errors: ['answered HTTP 404'] })] },
    },
    {
      name: 'not XML',
      message: 'unreadable',
      values: { problem: 'not a sitemap: root element <html>' },
      site: { sitemaps: [sitemap([], { kind: 'invalid', errors: ['not a sitemap: root element <html>'] })] },
    },
    {
      name: 'declared on a server that refuses connections',
      message: 'unreadable',
      values: { problem: 'connection refused' },
      site: { sitemaps: [sitemap([], { kind: 'missing', status: null, errors: ['connection refused'] })] },
    },
    {
      name: 'missing, with no error recorded',
      message: 'notFound',
      values: { url: at('/sitemap.xml') },
      site: { sitemaps: [sitemap([], { kind: 'missing', status: null })] },
    },
    {
      name: 'invalid, with no error recorded',
      message: 'notASitemap',
      values: { url: at('/sitemap.xml') },
      site: { sitemaps: [sitemap([], { kind: 'invalid' })] },
    },
  ],
  na: [{ name: 'no sitemap at all', message: 'noSitemap', site: { sitemaps: [] } }],
});
