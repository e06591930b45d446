import audienceMeasurement from '../../../src/checks/public-sector/audience-measurement.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const gtag = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-FICTIF1234"></script><script>gtag('config', 'G-FICTIF1234');</script>`;
const tarteaucitron = `<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({}); tarteaucitron.user.gtagUa = 'G-FICTIF1234'; (tarteaucitron.job = tarteaucitron.job || []).push('gtag');</script>`;

siteCheckCases(audienceMeasurement, {
  pass: [
    { name: 'no measurement', message: 'noTool', site: siteOf([crawled('/', '')]) },
    {
      name: 'Matomo (can be consent-exempt)',
      message: 'exemptable',
      values: { tools: ['matomo'] },
      site: siteOf([crawled('/', "<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>")]),
    },
    {
      name: 'GA4 declared in tarteaucitron only',
      message: 'declaredInManager',
      values: { tools: ['google-analytics-4'], count: 1, managers: ['tarteaucitron'] },
      site: siteOf([crawled('/', tarteaucitron)]),
    },
  ],
  warn: [
    {
      name: 'GA4 in tarteaucitron and also loaded by the theme',
      message: 'loadedBeforeConsent',
      values: { tools: ['google-analytics-4'], count: 1, managers: ['tarteaucitron'] },
      site: siteOf([crawled('/', tarteaucitron + gtag)]),
    },
  ],
  fail: [
    {
      name: 'GA4 without consent manager',
      message: 'noConsentManager',
      values: { tools: ['google-analytics-4'], count: 1 },
      site: siteOf([crawled('/', gtag)]),
    },
    {
      name: 'Meta pixel without consent manager',
      message: 'noConsentManager',
      values: { tools: ['meta-pixel'], count: 1 },
      site: siteOf([crawled('/', "<script>fbq('init', '123');</script>")]),
    },
  ],
  na: [{ name: 'no page', message: 'noPage', site: { pages: [] } }],
});
