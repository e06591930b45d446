import duplicateTitles from '../../../src/checks/site/duplicate-titles.js';
import { describe, expect, it } from 'vitest';
import { factsOf, siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf } from '../crawl-data.js';

const titled = (path: string, title: string) => crawled(path, `<title>${title}</title>`);
const distinct = Array.from({ length: 10 }, (_, index) => titled(`/p${index}/`, `Page ${index} – Saint-Exemple`));

siteCheckCases(duplicateTitles, {
  pass: [
    { name: 'all titles differ', site: siteOf(distinct) },
    {
      name: 'the copy with « Accueil » has noindex',
      site: siteOf([
        titled('/', 'Accueil'),
        titled('/mairie/', 'Mairie'),
        crawled('/accueil-old/', '<title>Accueil</title><meta name="robots" content="noindex, follow">'),
      ]),
    },
    {
      name: 'page 2 of the news is canonicalised to page 1 (a choice canonical-target judges, not this check)',
      site: siteOf([
        titled('/actualites/', 'Actualités'),
        crawled('/actualites/?page=2', '<title>Actualités</title><link rel="canonical" href="/actualites/">'),
        titled('/agenda/', 'Agenda'),
      ]),
    },
    {
      name: 'the duplicate says noindex in an X-Robots-Tag header',
      site: {
        pages: [
          titled('/', 'Accueil').facts,
          titled('/mairie/', 'Mairie').facts,
          factsOf({ html: '<title>Accueil</title>', url: at('/index.php'), headers: { 'x-robots-tag': 'noindex' } }),
        ],
      },
    },
  ],
  warn: [
    {
      name: 'two pages of eleven share a title',
      message: 'duplicated',
      values: { duplicated: 2, considered: 10, shared: 'Page 0 – Saint-Exemple' },
      site: siteOf([...distinct.slice(0, 9), titled('/x/', 'Page 0 – Saint-Exemple')]),
    },
  ],
  fail: [
    {
      name: '« Accueil » everywhere',
      message: 'duplicated',
      values: { duplicated: 3, considered: 3, shared: 'Accueil' },
      site: siteOf([titled('/', 'Accueil'), titled('/mairie/', 'Accueil'), titled('/contact/', 'Accueil')]),
    },
    {
      name: 'pages canonical to themselves (a relative canonical included) still compete',
      message: 'duplicated',
      values: { duplicated: 2, considered: 2, shared: 'Accueil' },
      site: siteOf([
        crawled('/', `<title>Accueil</title><link rel="canonical" href="${at('/')}">`),
        crawled('/mairie/', '<title>Accueil</title><link rel="canonical" href="/mairie/">'),
      ]),
    },
    {
      name: 'same title up to case and hyphens',
      message: 'duplicated',
      site: siteOf([titled('/', 'Mairie de Saint-Exemple'), titled('/a/', 'mairie de saint exemple')]),
    },
  ],
  na: [
    { name: 'a single titled page', message: 'tooFewTitled', site: siteOf([titled('/', 'Accueil'), crawled('/a/', '')]) },
    {
      name: 'the other titled page is canonicalised to the first',
      message: 'tooFewTitled',
      site: siteOf([titled('/', 'Accueil'), crawled('/index.html', '<title>Accueil</title><link rel="canonical" href="/">')]),
    },
  ],
});

describe('duplicate-titles', () => {
  it('keeps its message ids', () => {
    expect(Object.keys(duplicateTitles.messages)).toEqual(['tooFewTitled', 'duplicated']);
  });
});
