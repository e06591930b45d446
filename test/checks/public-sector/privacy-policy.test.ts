import privacyPolicy from '../../../src/checks/public-sector/privacy-policy.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf } from '../crawl-data.js';

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
      message: 'incomplete',
      values: {
        url: at('/donnees-personnelles/'),
        missing: [
          { fr: 'finalités', en: 'purposes' },
          { fr: 'durée de conservation', en: 'retention period' },
          { fr: 'sous-traitants', en: 'processors' },
        ],
      },
      site: siteOf([crawled('/', link), crawled('/donnees-personnelles/', '<p>Nous respectons votre vie privée.</p>')]),
    },
    {
      name: 'no privacy page, the legal notice covers data in part',
      message: 'legalNoticeOnly',
      values: { url: at('/mentions-legales/') },
      site: siteOf([
        crawled('/', '<footer><a href="/mentions-legales/">Mentions légales</a></footer>'),
        crawled('/mentions-legales/', '<p>Protection des données : durée de conservation de 13 mois.</p>'),
      ]),
    },
    {
      name: 'privacy page linked but not read',
      message: 'notRead',
      values: { url: at('/donnees-personnelles/') },
      site: siteOf([crawled('/', link)]),
    },
  ],
  fail: [
    {
      name: 'nothing about personal data',
      message: 'noLink',
      site: siteOf([crawled('/', '<footer><a href="/contact/">Contact</a></footer>')]),
    },
  ],
  na: [{ name: 'no page', message: 'noPage', site: { pages: [] } }],
});
