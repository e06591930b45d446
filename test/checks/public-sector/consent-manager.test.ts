import consentManager from '../../../src/checks/public-sector/consent-manager.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

siteCheckCases(consentManager, {
  pass: [
    { name: 'tarteaucitron', site: siteOf([crawled('/', '<script src="/js/tarteaucitron/tarteaucitron.js"></script>')]) },
    {
      name: 'Axeptio without any tracker',
      site: siteOf([crawled('/', '<script src="https://static.axept.io/sdk.js"></script><script>window.axeptioSettings = {};</script>')]),
    },
  ],
  fail: [
    {
      name: 'GA4 without consent manager',
      message: 'missing',
      values: { tools: ['google-analytics-4'] },
      site: siteOf([crawled('/', "<script>gtag('config', 'G-ABCDEF1234');</script>")]),
    },
  ],
  na: [
    {
      name: 'no tracker that needs consent',
      message: 'noToolNeedingConsent',
      site: siteOf([crawled('/', "<script>_paq.push(['trackPageView']);</script>")]),
    },
    { name: 'no page', message: 'noPage', site: { pages: [] } },
  ],
});
