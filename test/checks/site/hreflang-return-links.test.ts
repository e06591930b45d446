import hreflangReturnLinks from '../../../src/checks/site/hreflang-return-links.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf } from '../crawl-data.js';

/** `<link rel="alternate" hreflang>` tags in <head>, as a multilingual plugin (Polylang, WPML) prints them. */
const head = (alternates: Record<string, string>) =>
  `<html><head>${Object.entries(alternates)
    .map(([code, path]) => `<link rel="alternate" hreflang="${code}" href="${at(path)}">`)
    .join('')}</head><body></body></html>`;

const tourism = { fr: '/tourisme/', en: '/en/tourism/', br: '/br/touristerezh/', 'x-default': '/tourisme/' };

siteCheckCases(hreflangReturnLinks, {
  pass: [
    {
      name: 'French, English and Breton tourism pages each name the three versions and x-default',
      site: siteOf([
        crawled('/tourisme/', head(tourism)),
        crawled('/en/tourism/', head(tourism)),
        crawled('/br/touristerezh/', head(tourism)),
      ]),
    },
    {
      name: 'return links in the HTTP Link header count like tags',
      site: {
        pages: [
          crawled('/guide.html', head({ fr: '/guide.html', en: '/en/guide.html', 'x-default': '/guide.html' })).facts,
          {
            ...crawled('/en/guide.html', '').facts,
            hreflang: [
              { hreflang: 'fr', href: at('/guide.html'), source: 'header' as const },
              { hreflang: 'en', href: at('/en/guide.html'), source: 'header' as const },
              { hreflang: 'x-default', href: at('/guide.html'), source: 'header' as const },
            ],
          },
        ],
      },
    },
  ],
  fail: [
    {
      name: 'the English page names the French page, which names no version back',
      message: 'noReturnLink',
      values: { count: 1, from: at('/en/tourism/'), to: at('/tourisme/') },
      site: siteOf([
        crawled('/tourisme/', head({})),
        crawled('/en/tourism/', head({ en: '/en/tourism/', fr: '/tourisme/', 'x-default': '/tourisme/' })),
      ]),
    },
    {
      name: 'the French page names the English one, which points back to the home page instead',
      message: 'noReturnLink',
      values: { from: at('/tourisme/'), to: at('/en/tourism/') },
      site: siteOf([
        crawled('/tourisme/', head({ fr: '/tourisme/', en: '/en/tourism/', 'x-default': '/tourisme/' })),
        crawled('/en/tourism/', head({ en: '/en/tourism/', fr: '/', 'x-default': '/' })),
      ]),
    },
    {
      name: 'a return link written in <body> by a language switcher widget does not count',
      message: 'noReturnLink',
      site: siteOf([
        crawled('/tourisme/', head({ fr: '/tourisme/', en: '/en/tourism/' })),
        crawled(
          '/en/tourism/',
          `<html><head></head><body><link rel="alternate" hreflang="fr" href="${at('/tourisme/')}"><a href="/tourisme/">Français</a></body></html>`,
        ),
      ]),
    },
  ],
  warn: [
    {
      name: 'versions that name each other but no x-default',
      message: 'noXDefault',
      values: { count: 2, url: at('/tourisme/') },
      site: siteOf([
        crawled('/tourisme/', head({ fr: '/tourisme/', en: '/en/tourism/' })),
        crawled('/en/tourism/', head({ fr: '/tourisme/', en: '/en/tourism/' })),
      ]),
    },
  ],
  na: [
    { name: 'a French-only site', message: 'noHreflang', site: siteOf([crawled('/', '<p>Bienvenue</p>')]) },
    {
      name: 'the versions live on another host the crawl did not visit',
      message: 'targetsNotCrawled',
      values: { count: 1 },
      site: siteOf([
        crawled(
          '/',
          head({ fr: '/', 'x-default': '/' }).replace(
            '</head>',
            '<link rel="alternate" hreflang="de" href="https://de.saint-exemple.test/"></head>',
          ),
        ),
      ]),
    },
    {
      name: 'only invalid annotations (hreflang-valid reports them)',
      message: 'noHreflang',
      site: siteOf([crawled('/', '<head><link rel="alternate" hreflang="en-UK" href="/en/"></head>')]),
    },
  ],
});
