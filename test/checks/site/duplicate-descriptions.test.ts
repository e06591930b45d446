import duplicateDescriptions from '../../../src/checks/site/duplicate-descriptions.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const described = (path: string, text: string) => crawled(path, `<meta name="description" content="${text}">`);

siteCheckCases(duplicateDescriptions, {
  pass: [
    { name: 'each page its own', site: siteOf([described('/', 'Mairie de Saint-Exemple'), described('/contact/', 'Horaires et adresse')]) },
  ],
  fail: [
    {
      name: 'the site-wide default',
      message: 'duplicated',
      values: { duplicated: 4, considered: 4, shared: 'Site officiel de la commune de Villebelle' },
      site: siteOf(['/', '/a/', '/b/', '/c/'].map((path) => described(path, 'Site officiel de la commune de Villebelle'))),
    },
  ],
  na: [{ name: 'no descriptions', message: 'tooFewDescribed', site: siteOf([crawled('/', ''), crawled('/a/', '')]) }],
});
