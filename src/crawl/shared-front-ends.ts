// Addresses of large CDNs and shared front ends: thousands of unrelated sites answer on each of
// them, so the per-address cap (`perAddressConcurrency`) would make unrelated communes wait for
// one another for no one's benefit. They get `sharedFrontEndConcurrency` instead; the per-host
// cap still holds for each site behind them.
//
// Each range comes from the list its operator publishes; they change rarely, and a range missing
// here only makes the crawl slower, never less polite. Sources (read 2025):
//   Cloudflare   https://www.cloudflare.com/ips-v4 and /ips-v6
//   Fastly       https://api.fastly.com/public-ip-list (the two largest blocks)
//   CloudFront   https://ip-ranges.amazonaws.com/ip-ranges.json, service CLOUDFRONT (largest blocks)
//   Akamai       the address blocks registered to Akamai Technologies (ARIN, RIPE)
//   GitHub Pages https://docs.github.com/pages (apex records)
import { BlockList, isIP } from 'node:net';

export const sharedFrontEndRanges: Record<string, string[]> = {
  Cloudflare: [
    '173.245.48.0/20',
    '103.21.244.0/22',
    '103.22.200.0/22',
    '103.31.4.0/22',
    '141.101.64.0/18',
    '108.162.192.0/18',
    '190.93.240.0/20',
    '188.114.96.0/20',
    '197.234.240.0/22',
    '198.41.128.0/17',
    '162.158.0.0/15',
    '104.16.0.0/13',
    '104.24.0.0/14',
    '172.64.0.0/13',
    '131.0.72.0/22',
    '2400:cb00::/32',
    '2606:4700::/32',
    '2803:f800::/32',
    '2405:b500::/32',
    '2405:8100::/32',
    '2a06:98c0::/29',
    '2c0f:f248::/32',
  ],
  Fastly: ['151.101.0.0/16', '199.232.0.0/16'],
  CloudFront: [
    '13.32.0.0/15',
    '13.224.0.0/14',
    '18.64.0.0/14',
    '52.84.0.0/15',
    '54.230.0.0/16',
    '54.239.128.0/18',
    '99.84.0.0/16',
    '143.204.0.0/16',
    '205.251.192.0/19',
  ],
  Akamai: ['2.16.0.0/13', '23.32.0.0/11', '23.192.0.0/11', '104.64.0.0/10', '184.24.0.0/13'],
  'GitHub Pages': ['185.199.108.0/22'],
};

const shared = new BlockList();
for (const ranges of Object.values(sharedFrontEndRanges)) {
  for (const range of ranges) {
    const [network = '', prefix = ''] = range.split('/');
    shared.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4');
  }
}

/** Whether an address belongs to a large CDN or shared front end of the list above. */
export function isSharedFrontEnd(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return shared.check(address, family === 6 ? 'ipv6' : 'ipv4');
}
