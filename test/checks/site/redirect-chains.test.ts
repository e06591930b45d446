import redirectChains from '../../../src/checks/site/redirect-chains.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, snapshot } from '../crawl-data.js';

const hop = (from: string, status: number, to: string) => ({ url: at(from), status, location: at(to) });

siteCheckCases(redirectChains, {
  pass: [
    { name: 'no redirect', site: { snapshots: [snapshot(at('/'))] } },
    {
      name: 'a single 301',
      site: { snapshots: [snapshot(at('/mairie.php'), { finalUrl: at('/'), redirectChain: [hop('/mairie.php', 301, '/')] })] },
    },
    {
      name: 'a failure whose message mentions a loop is not a redirect loop: the kind decides',
      site: { snapshots: [snapshot(at('/lente/'), { status: 0, error: 'event loop stalled', errorKind: 'network' })] },
    },
  ],
  warn: [
    {
      name: '301 then 302',
      message: 'chains',
      values: { count: 1, hops: `${at('/ancien-site')} → 301 ${at('/ancien-site/etape')} → 302 ${at('/nouveau-site/')}` },
      site: {
        snapshots: [
          snapshot(at('/ancien-site'), {
            finalUrl: at('/nouveau-site/'),
            redirectChain: [hop('/ancien-site', 301, '/ancien-site/etape'), hop('/ancien-site/etape', 302, '/nouveau-site/')],
          }),
        ],
      },
    },
  ],
  fail: [
    {
      name: 'loop reported by the crawl',
      message: 'loop',
      values: { count: 1, url: at('/a') },
      site: { snapshots: [snapshot(at('/a'), { status: 0, error: 'redirect loop: /a → /b → /a', errorKind: 'redirect-loop' })] },
    },
    {
      name: 'loop visible in the chain',
      message: 'loop',
      values: { count: 1, url: at('/a') },
      site: {
        snapshots: [
          snapshot(at('/a'), {
            status: 0,
            redirectChain: [hop('/a', 302, '/b'), hop('/b', 302, '/a')],
            error: 'too many redirects',
            errorKind: 'too-many-redirects',
          }),
        ],
      },
    },
  ],
});
