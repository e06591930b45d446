import privacyPolicy from '../../../src/checks/public-sector/privacy-policy.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const link = '<footer><a href="/donnees-personnelles/">Données personnelles</a><a href="/mentions-legales/">Mentions légales</a></footer>';

siteCheckCases(privacyPolicy, {
  pass: [
    {
      name: 'purposes, retention and processors stated',
      site: siteOf([
        crawled('/', link),
        crawled('/donnees-personnelles/', '<p>Finalités du traitement. Durée de conservation : 3 ans. Sous-traitants : Fictihost.</p>'),
      ]),
    },
  ],
  warn: [
    {
      name: 'privacy page says little',
      site: siteOf([crawled('/', link), crawled('/donnees-personnelles/', '<p>Nous respectons votre vie privée.</p>')]),
    },
    {
      name: 'no privacy page, the legal notice covers data in part',
      site: siteOf([
        crawled('/', '<footer><a href="/mentions-legales/">Mentions légales</a></footer>'),
        crawled('/mentions-legales/', '<p>Protection des données : durée de conservation de 13 mois.</p>'),
      ]),
    },
  ],
  fail: [{ name: 'nothing about personal data', site: siteOf([crawled('/', '<footer><a href="/contact/">Contact</a></footer>')]) }],
  na: [{ name: 'no page', site: { pages: [] } }],
});
