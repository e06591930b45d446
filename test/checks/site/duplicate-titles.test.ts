import duplicateTitles from '../../../src/checks/site/duplicate-titles.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const titled = (path: string, title: string) => crawled(path, `<title>${title}</title>`);
const distinct = Array.from({ length: 10 }, (_, index) => titled(`/p${index}/`, `Page ${index} – Saint-Exemple`));

siteCheckCases(duplicateTitles, {
  pass: [{ name: 'all titles differ', site: siteOf(distinct) }],
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
      name: 'same title up to case and hyphens',
      message: 'duplicated',
      site: siteOf([titled('/', 'Mairie de Saint-Exemple'), titled('/a/', 'mairie de saint exemple')]),
    },
  ],
  na: [{ name: 'a single titled page', message: 'tooFewTitled', site: siteOf([titled('/', 'Accueil'), crawled('/a/', '')]) }],
});
