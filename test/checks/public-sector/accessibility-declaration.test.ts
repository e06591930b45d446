import accessibilityDeclaration from '../../../src/checks/public-sector/accessibility-declaration.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf } from '../crawl-data.js';

const footer = '<footer><a href="/accessibilite/">Accessibilité : partiellement conforme</a></footer>';
const declaration = crawled(
  '/accessibilite/',
  `<h1>Déclaration d’accessibilité</h1><h2>État de conformité</h2><p>Loi n° 2005-102. Vous pouvez saisir le Défenseur des droits.</p>${footer}`,
);

siteCheckCases(accessibilityDeclaration, {
  pass: [{ name: 'declaration linked from every page', site: siteOf([crawled('/', footer), crawled('/contact/', footer), declaration]) }],
  warn: [
    {
      name: 'linked page is not a declaration',
      message: 'incomplete',
      values: {
        url: at('/accessibilite/'),
        missing: [
          { fr: 'titre « Déclaration d’accessibilité »', en: '"Déclaration d’accessibilité" title' },
          { fr: 'état de conformité', en: 'compliance status' },
          { fr: 'recours au Défenseur des droits', en: 'recourse to the Défenseur des droits' },
        ],
      },
      site: siteOf([crawled('/', footer), crawled('/accessibilite/', `<h1>Accessibilité</h1><p>Site en cours d’audit.</p>${footer}`)]),
    },
    { name: 'declaration not read', message: 'notRead', values: { url: at('/accessibilite/') }, site: siteOf([crawled('/', footer)]) },
    {
      name: 'linked from the home page only',
      message: 'rarelyLinked',
      values: { url: at('/accessibilite/'), linking: 2, pages: 5 },
      site: siteOf([crawled('/', footer), crawled('/a/', ''), crawled('/b/', ''), crawled('/c/', ''), declaration]),
    },
  ],
  fail: [
    {
      name: 'no accessibility link',
      message: 'noLink',
      site: siteOf([crawled('/', '<footer><a href="/mentions-legales/">Mentions légales</a></footer>')]),
    },
  ],
  na: [{ name: 'home page not read', message: 'homeNotRead', site: {} }],
});
