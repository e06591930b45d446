import duplicateDescriptions from '../../../src/checks/site/duplicate-descriptions.js';
import { describe, expect, it } from 'vitest';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const described = (path: string, text: string) => crawled(path, `<meta name="description" content="${text}">`);

siteCheckCases(duplicateDescriptions, {
  pass: [
    { name: 'each page its own', site: siteOf([described('/', 'Mairie de Saint-Exemple'), described('/contact/', 'Horaires et adresse')]) },
    {
      name: 'the default description remains only on search results with noindex and on print versions canonicalised to their page',
      site: siteOf([
        described('/', 'Mairie de Saint-Exemple'),
        described('/contact/', 'Horaires et adresse'),
        crawled(
          '/recherche/?q=eau',
          '<meta name="description" content="Site officiel de la commune"><meta name="robots" content="noindex">',
        ),
        crawled(
          '/recherche/?q=ecole',
          '<meta name="description" content="Site officiel de la commune"><meta name="robots" content="none">',
        ),
        crawled('/contact/imprimer/', '<meta name="description" content="Horaires et adresse"><link rel="canonical" href="/contact/">'),
      ]),
    },
  ],
  fail: [
    {
      name: 'the site-wide default',
      message: 'duplicated',
      values: { duplicated: 4, considered: 4, shared: 'Site officiel de la commune de Villebelle' },
      site: siteOf(['/', '/a/', '/b/', '/c/'].map((path) => described(path, 'Site officiel de la commune de Villebelle'))),
    },
  ],
  na: [
    { name: 'no descriptions', message: 'tooFewDescribed', site: siteOf([crawled('/', ''), crawled('/a/', '')]) },
    {
      name: 'every described page but one has noindex',
      message: 'tooFewDescribed',
      site: siteOf([
        described('/', 'Site officiel de la commune'),
        crawled('/a/', '<meta name="description" content="Site officiel de la commune"><meta name="robots" content="noindex">'),
      ]),
    },
  ],
});

describe('duplicate-descriptions', () => {
  it('keeps its message ids', () => {
    expect(Object.keys(duplicateDescriptions.messages)).toEqual(['tooFewDescribed', 'duplicated']);
  });
});
