import searchEngineVerification from '../../../src/checks/intent/search-engine-verification.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf, snapshot } from '../crawl-data.js';

siteCheckCases(searchEngineVerification, {
  pass: [
    {
      name: 'google-site-verification meta',
      message: 'verified',
      values: { evidence: ['google'] },
      site: siteOf([crawled('/', '<meta name="google-site-verification" content="abc123">')]),
    },
    { name: 'Bing meta on an inner page', site: siteOf([crawled('/', ''), crawled('/a/', '<meta name="msvalidate.01" content="F00">')]) },
    {
      name: 'verification file crawled',
      message: 'verified',
      values: { evidence: ['/google1234567890abcdef.html'] },
      site: siteOf([crawled('/', '')], [snapshot(at('/google1234567890abcdef.html'))]),
    },
  ],
  // Absence is not evidence: a site verified by DNS shows nothing to a crawler.
  na: [
    { name: 'nothing seen', message: 'noneSeen', site: siteOf([crawled('/', '<meta name="description" content="Mairie">')]) },
    {
      name: 'verification file missing (404)',
      message: 'noneSeen',
      site: siteOf([crawled('/', '')], [snapshot(at('/google1234567890abcdef.html'), { status: 404 })]),
    },
  ],
});
