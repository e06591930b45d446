// What kind of network an IP address belongs to, from the IANA special-purpose registries
// (RFC 6890 and successors). The network policy (policy.ts) decides from this class alone, so a
// test can swap the classifier and pretend that 127.0.0.1 is the public internet.
import { isIP } from 'node:net';

/**
 * - `public`: the internet.
 * - `loopback`: this machine (127.0.0.0/8, ::1).
 * - `private`: private networks (RFC 1918: 10/8, 172.16/12, 192.168/16; RFC 4193: fc00::/7; the
 *   deprecated site-local fec0::/10; the local-use NAT64 prefix 64:ff9b:1::/48).
 * - `cgnat`: the shared address space of carrier-grade NAT (RFC 6598: 100.64.0.0/10).
 * - `reserved`: documentation, benchmarking, protocol assignments and future use (192.0.0/24,
 *   192.0.2/24, 198.18/15, 198.51.100/24, 203.0.113/24, 192.88.99/24, 240/4, 100::/64, 2001:db8::/32).
 * - `link-local`: 169.254.0.0/16, fe80::/10.
 * - `cloud-metadata`: the instance-metadata and host services of cloud providers (cloudMetadataAddresses).
 * - `multicast`: 224.0.0.0/4, ff00::/8.
 * - `unspecified`: 0.0.0.0/8 and :: (connecting to 0.0.0.0 reaches this machine on Linux).
 * - `broadcast`: 255.255.255.255.
 */
export const addressClasses = [
  'public',
  'loopback',
  'private',
  'cgnat',
  'reserved',
  'link-local',
  'cloud-metadata',
  'multicast',
  'unspecified',
  'broadcast',
] as const;
export type AddressClass = (typeof addressClasses)[number];

/** Classifies one IP address (v4 or v6, a zone index allowed). Tests replace it to stage a public address on loopback. */
export type AddressClassifier = (address: string) => AddressClass;

/**
 * Addresses where cloud machines find their credentials and configuration: a crawler on such a
 * machine must never fetch them for a hostile page, whatever `allowPrivateNetwork` says. Most are
 * link-local and refused anyway; the others sit in ranges a study may open (CGNAT, ULA) or in
 * public space (Azure's host address).
 */
export const cloudMetadataAddresses: readonly { address: string; service: string }[] = [
  { address: '169.254.169.254', service: 'AWS, Google Cloud, Azure, OpenStack, Oracle, DigitalOcean, Hetzner… instance metadata' },
  { address: 'fd00:ec2::254', service: 'AWS instance metadata (IPv6)' },
  { address: '169.254.170.2', service: 'AWS ECS task metadata and credentials' },
  { address: '169.254.170.23', service: 'AWS EKS Pod Identity credentials' },
  { address: 'fd00:ec2::23', service: 'AWS EKS Pod Identity credentials (IPv6)' },
  { address: '100.100.100.200', service: 'Alibaba Cloud instance metadata' },
  { address: '169.254.0.23', service: 'Tencent Cloud instance metadata' },
  { address: '168.63.129.16', service: 'Azure host (WireServer)' },
  { address: '192.0.0.192', service: 'Oracle Cloud instance metadata (legacy)' },
];

interface Range {
  /** Network address as bytes (4 or 16). */
  bytes: number[];
  prefix: number;
  /** The class, or `embedded`: an IPv6 form carrying an IPv4 address, classified as that address. */
  kind: AddressClass | { embeddedAt: number };
}

const ranges: Range[] = [
  ...(
    [
      ['0.0.0.0', 8, 'unspecified'],
      ['10.0.0.0', 8, 'private'],
      ['100.64.0.0', 10, 'cgnat'],
      ['127.0.0.0', 8, 'loopback'],
      ['169.254.0.0', 16, 'link-local'],
      ['172.16.0.0', 12, 'private'],
      ['192.0.0.0', 24, 'reserved'],
      ['192.0.2.0', 24, 'reserved'],
      ['192.88.99.0', 24, 'reserved'],
      ['192.168.0.0', 16, 'private'],
      ['198.18.0.0', 15, 'reserved'],
      ['198.51.100.0', 24, 'reserved'],
      ['203.0.113.0', 24, 'reserved'],
      ['224.0.0.0', 4, 'multicast'],
      ['255.255.255.255', 32, 'broadcast'],
      ['240.0.0.0', 4, 'reserved'],
      ['::', 128, 'unspecified'],
      ['::1', 128, 'loopback'],
      ['64:ff9b:1::', 48, 'private'],
      ['100::', 64, 'reserved'],
      ['2001:db8::', 32, 'reserved'],
      ['fc00::', 7, 'private'],
      ['fe80::', 10, 'link-local'],
      ['fec0::', 10, 'private'],
      ['ff00::', 8, 'multicast'],
    ] as const
  ).map(([address, prefix, kind]) => ({ bytes: addressBytes(address) as number[], prefix, kind })),
  // IPv6 forms that carry an IPv4 address: what they reach is that address.
  { bytes: addressBytes('::ffff:0:0') as number[], prefix: 96, kind: { embeddedAt: 12 } }, // IPv4-mapped
  { bytes: addressBytes('::ffff:0:0:0') as number[], prefix: 96, kind: { embeddedAt: 12 } }, // IPv4-translated (RFC 2765)
  { bytes: addressBytes('::') as number[], prefix: 96, kind: { embeddedAt: 12 } }, // IPv4-compatible (deprecated)
  { bytes: addressBytes('64:ff9b::') as number[], prefix: 96, kind: { embeddedAt: 12 } }, // NAT64 (RFC 6052)
  { bytes: addressBytes('2002::') as number[], prefix: 16, kind: { embeddedAt: 2 } }, // 6to4 (RFC 3056)
];

const metadataKeys = new Set(cloudMetadataAddresses.map(({ address }) => (addressBytes(address) as number[]).join('.')));

/** The default classifier: the registries above, cloud-metadata addresses first. */
export const classifyAddress: AddressClassifier = (address) => {
  const bytes = addressBytes(address);
  // Not an IP address: nothing can say it is safe.
  if (!bytes) return 'reserved';
  return classifyBytes(bytes);
};

function classifyBytes(bytes: number[]): AddressClass {
  if (metadataKeys.has(bytes.join('.'))) return 'cloud-metadata';
  for (const range of ranges) {
    if (range.bytes.length !== bytes.length || !inPrefix(bytes, range.bytes, range.prefix)) continue;
    if (typeof range.kind === 'string') return range.kind;
    const embedded = bytes.slice(range.kind.embeddedAt, range.kind.embeddedAt + 4);
    return classifyBytes(embedded);
  }
  return 'public';
}

function inPrefix(bytes: number[], network: number[], prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const mask = prefix - bit >= 8 ? 0xff : (0xff << (8 - (prefix - bit))) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((network[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

/** The bytes of an IPv4 (4) or IPv6 (16) address, brackets and zone index ignored; undefined when not an address. */
export function addressBytes(text: string): number[] | undefined {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(address);
  if (version === 4) return address.split('.').map(Number);
  if (version !== 6) return undefined;
  // A dotted IPv4 tail ("::ffff:10.0.0.1") is the last two groups written in decimal.
  const groups = address.toLowerCase().replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) => {
    const [w, x, y, z] = [a, b, c, d].map(Number) as [number, number, number, number];
    return `${((w << 8) | x).toString(16)}:${((y << 8) | z).toString(16)}`;
  });
  const words = expandGroups(groups);
  return words?.flatMap((word) => [word >> 8, word & 0xff]);
}

function expandGroups(text: string): number[] | undefined {
  const count = 8;
  const [head = '', rest] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = parse(head);
  if (rest === undefined) return left.length === count ? left : undefined;
  const right = parse(rest);
  const zeros = count - left.length - right.length;
  return zeros < 0 ? undefined : [...left, ...new Array<number>(zeros).fill(0), ...right];
}
