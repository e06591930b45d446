import hsts from '../../../src/checks/site/hsts.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, snapshot } from '../crawl-data.js';

const home = (header?: string) => [
  snapshot(at('/'), { discoveredBy: 'seed', depth: 0, headers: header ? { 'strict-transport-security': header } : {} }),
];

siteCheckCases(hsts, {
  pass: [
    { name: 'one year', site: { snapshots: home('max-age=31536000; includeSubDomains') } },
    { name: 'quoted value, mixed case', site: { snapshots: home('Max-Age="63072000"; preload') } },
  ],
  warn: [
    { name: 'one day', message: 'shortMaxAge', values: { maxAge: 86400 }, site: { snapshots: home('max-age=86400') } },
    {
      name: 'no max-age at all counts as zero',
      message: 'shortMaxAge',
      values: { maxAge: 0 },
      site: { snapshots: home('includeSubDomains') },
    },
  ],
  fail: [{ name: 'no header', message: 'missing', site: { snapshots: home() } }],
  na: [{ name: 'http site', message: 'notHttps', site: { origin: 'http://www.saint-exemple.test', snapshots: home() } }],
});
