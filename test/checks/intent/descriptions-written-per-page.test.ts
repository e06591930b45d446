import descriptionsWrittenPerPage from '../../../src/checks/intent/descriptions-written-per-page.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const described = (path: string, text?: string) => crawled(path, text === undefined ? '' : `<meta name="description" content="${text}">`);
const own = Array.from({ length: 10 }, (_, index) => described(`/p${index}/`, `Description propre à la page ${index}`));

siteCheckCases(descriptionsWrittenPerPage, {
  pass: [
    { name: 'every page has its own', site: siteOf(own) },
    { name: 'ten of eleven (one page without)', site: siteOf([...own, described('/sans/')]) },
  ],
  warn: [
    {
      name: 'two of five pages without',
      message: 'fewOwnDescriptions',
      values: { own: 3, pages: 5 },
      site: siteOf([...own.slice(0, 3), described('/a/'), described('/b/')]),
    },
  ],
  fail: [
    {
      name: 'the same default everywhere',
      message: 'fewOwnDescriptions',
      values: { own: 0, pages: 3 },
      site: siteOf(['/', '/a/', '/b/'].map((path) => described(path, 'Site officiel de la commune de Villebelle'))),
    },
    { name: 'none', message: 'fewOwnDescriptions', values: { own: 0, pages: 2 }, site: siteOf([described('/'), described('/a/')]) },
  ],
  na: [{ name: 'no page', message: 'noPage', site: { pages: [] } }],
});
