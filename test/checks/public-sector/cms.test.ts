import cms from '../../../src/checks/public-sector/cms.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

siteCheckCases(cms, {
  pass: [
    { name: 'WordPress', site: siteOf([crawled('/', '<link rel="stylesheet" href="/wp-content/themes/t/style.css">')]) },
    { name: 'an unknown generator meta', site: siteOf([crawled('/', '<meta name="generator" content="Fictif CMS 2">')]) },
  ],
  na: [{ name: 'nothing recognisable', site: siteOf([crawled('/', '<p>Bienvenue</p>')]) }],
});
