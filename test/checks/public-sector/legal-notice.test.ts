import legalNotice from '../../../src/checks/public-sector/legal-notice.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf } from '../crawl-data.js';

const link = '<footer><a href="/mentions-legales/">Mentions légales</a></footer>';

siteCheckCases(legalNotice, {
  pass: [
    {
      name: 'complete notice',
      site: siteOf([
        crawled('/', link),
        crawled('/mentions-legales/', '<p>Éditeur : la commune. Directrice de la publication : la maire. Hébergeur : Fictihost.</p>'),
      ]),
    },
  ],
  warn: [
    {
      name: 'host missing',
      message: 'incomplete',
      values: { url: at('/mentions-legales/'), missing: [{ fr: 'hébergeur', en: 'host' }] },
      site: siteOf([
        crawled('/', link),
        crawled('/mentions-legales/', '<p>Édité par la commune. Directeur de la publication : le maire.</p>'),
      ]),
    },
    { name: 'notice page not read', message: 'notRead', values: { url: at('/mentions-legales/') }, site: siteOf([crawled('/', link)]) },
  ],
  fail: [
    {
      name: 'no « Mentions légales » link',
      message: 'noLink',
      site: siteOf([crawled('/', '<footer><a href="/contact/">Contact</a></footer>')]),
    },
  ],
  na: [{ name: 'no page', message: 'noPage', site: { pages: [] } }],
});
