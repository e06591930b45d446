import soft404 from '../../../src/checks/site/soft-404.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, probe } from '../crawl-data.js';

const missing = at('/muniseo-page-qui-n-existe-pas-1');

siteCheckCases(soft404, {
  pass: [
    { name: '404', site: { soft404: probe(missing, { status: 404 }) } },
    { name: '410', site: { soft404: probe(missing, { status: 410 }) } },
  ],
  warn: [{ name: 'server error', message: 'serverError', values: { status: 500 }, site: { soft404: probe(missing, { status: 500 }) } }],
  fail: [
    {
      name: 'error page served with 200',
      message: 'answersOk',
      values: { status: 200 },
      site: { soft404: probe(missing, { status: 200 }) },
    },
    {
      name: 'redirect to the home page',
      message: 'redirected',
      values: { status: 200, target: at('/') },
      site: {
        soft404: probe(missing, { status: 200, finalUrl: at('/'), redirectChain: [{ url: missing, status: 302, location: at('/') }] }),
      },
    },
  ],
  na: [
    { name: 'no probe', message: 'noProbe', site: { soft404: null } },
    {
      name: 'probe failed',
      message: 'probeFailed',
      values: { error: 'timed out' },
      site: { soft404: { url: missing, redirectChain: [], error: 'timed out' } },
    },
  ],
});
