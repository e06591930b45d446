import contentWithoutJavascript from '../../../src/checks/site/content-without-javascript.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf } from '../crawl-data.js';

const shell = '<body><noscript>Activez JavaScript.</noscript><div id="app"></div><script src="/app.js"></script></body>';
const classic = `<body><main><h1>Bienvenue</h1><p>${'texte '.repeat(80)}</p><a href="/mairie/">La mairie</a></main></body>`;

siteCheckCases(contentWithoutJavascript, {
  pass: [
    { name: 'a classic server-rendered home page', site: siteOf([crawled('/', classic)]) },
    {
      name: 'raw and rendered readings agree',
      site: { ...siteOf([crawled('/', classic)]), rawVsRendered: { rawWords: 400, renderedWords: 420, rawLinks: 30, renderedLinks: 31 } },
    },
    {
      name: 'a script adds a few links (a news widget) to a home page whose menu is in the HTML',
      site: {
        ...siteOf([crawled('/', classic)]),
        rawVsRendered: {
          rawWords: 400,
          renderedWords: 430,
          rawLinks: 40,
          renderedLinks: 45,
          homeLinks: {
            raw: 40,
            rendered: 45,
            revealed: ['/actualites/1', '/actualites/2', '/actualites/3', '/actualites/4', '/actualites/5'].map(at),
          },
        },
      },
    },
    { name: 'an app root that is server-rendered', site: siteOf([crawled('/', `<body><div id="app">${classic}</div></body>`)]) },
  ],
  fail: [
    {
      name: 'an empty application shell',
      message: 'applicationShell',
      values: { words: 0, links: 0 },
      site: siteOf([crawled('/', shell)]),
    },
    {
      name: 'links appear only once rendered',
      message: 'linksOnlyRendered',
      values: { renderedLinks: 12 },
      site: { ...siteOf([crawled('/', classic)]), rawVsRendered: { rawWords: 300, renderedWords: 320, rawLinks: 0, renderedLinks: 12 } },
    },
    {
      name: 'a menu built by JavaScript: the raw home page links 5 pages, the rendered one 15',
      message: 'linksMostlyRendered',
      values: { revealed: 10, rendered: 15, url: at('/rubrique-6/') },
      site: {
        ...siteOf([crawled('/', classic)]),
        rawVsRendered: {
          rawWords: 300,
          renderedWords: 340,
          rawLinks: 5,
          renderedLinks: 15,
          homeLinks: { raw: 5, rendered: 15, revealed: Array.from({ length: 10 }, (_, index) => at(`/rubrique-${index + 6}/`)) },
        },
      },
    },
    {
      name: 'most words appear only once rendered',
      message: 'wordsOnlyRendered',
      values: { rawWords: 40, renderedWords: 400 },
      site: { ...siteOf([crawled('/', classic)]), rawVsRendered: { rawWords: 40, renderedWords: 400, rawLinks: 5, renderedLinks: 12 } },
    },
    {
      name: 'the crawl had to fall back to a browser',
      message: 'renderedInBrowser',
      values: { links: 1 },
      site: { ...siteOf([crawled('/', classic)]), renderedWith: 'browser' },
    },
  ],
  na: [{ name: 'home page not read', message: 'homeNotRead', site: {} }],
});
