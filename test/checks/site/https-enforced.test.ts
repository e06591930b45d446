import httpsEnforced from '../../../src/checks/site/https-enforced.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { probe } from '../crawl-data.js';

const https = 'https://www.saint-exemple.test';
const http = 'http://www.saint-exemple.test';

siteCheckCases(httpsEnforced, {
  pass: [
    {
      name: 'http redirects to https',
      site: {
        origin: https,
        homeProbes: [
          probe(`${http}/`, { finalUrl: `${https}/`, redirectChain: [{ url: `${http}/`, status: 301, location: `${https}/` }] }),
          probe(`${https}/`),
        ],
      },
    },
    {
      name: 'http port closed',
      site: { origin: https, homeProbes: [{ url: `${http}/`, redirectChain: [], error: 'connection refused' }, probe(`${https}/`)] },
    },
  ],
  fail: [
    {
      name: 'http serves the site too',
      message: 'httpNotRedirected',
      values: { url: `${http}/`, status: 200 },
      site: { origin: https, homeProbes: [probe(`${http}/`), probe(`${https}/`)] },
    },
    { name: 'site only on http', message: 'httpOnly', site: { origin: http, homeProbes: [probe(`${http}/`)] } },
    {
      name: 'certificate error on https',
      message: 'httpsFails',
      values: { error: 'certificate has expired' },
      site: { origin: http, homeProbes: [probe(`${http}/`), { url: `${https}/`, redirectChain: [], error: 'certificate has expired' }] },
    },
  ],
  na: [
    {
      name: 'loopback test server',
      message: 'loopback',
      site: { origin: 'http://127.0.0.1:8080', homeProbes: [probe('http://127.0.0.1:8080/')] },
    },
  ],
});
