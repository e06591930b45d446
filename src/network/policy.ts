// The network policy: which hosts and addresses muniseo may connect to. A crawled site is hostile
// input, and so are its redirects, sitemaps and sub-resources: without a policy, a page could make
// a worker on a cloud machine fetch its credentials from 169.254.169.254, or an intranet page.
//
// The decision is taken on the address a connection is about to use, after resolution: `admit`
// resolves a host once, keeps the addresses the policy allows, and the connection is then pinned to
// those (pinnedLookup), so a name that answers a public address to the check and a private one to
// the connection (DNS rebinding) gets nowhere. Every connection muniseo opens goes through here:
// the crawl's HTTP client (guarded-agents.ts) and Chromium's traffic (proxy.ts).
import { lookup as systemLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressClass, type AddressClassifier, classifyAddress } from './address-ranges.js';
import { canonicalHost, exclusionRuleFor } from './exclusions.js';

/** Classes opened by `allowPrivateNetwork`: where an intranet study, the demo and the tests live. */
export const privateNetworkClasses: readonly AddressClass[] = ['loopback', 'private', 'cgnat', 'reserved'];
/** Classes never connected to: no web site lives there, and cloud credentials do. */
export const alwaysRefusedClasses: readonly AddressClass[] = ['link-local', 'cloud-metadata', 'multicast', 'unspecified', 'broadcast'];

export interface NetworkPolicyOptions {
  /**
   * Connect to loopback, private (RFC 1918, RFC 4193), CGNAT and reserved addresses: the demo, the
   * tests and the benchmarks (127.0.0.1), a study of an intranet. Link-local, multicast, unspecified,
   * broadcast and cloud-metadata addresses stay closed.
   * @default false
   */
  allowPrivateNetwork?: boolean;
  /** Hosts or domains never contacted (their owners asked not to be crawled); a domain covers its subdomains. @default [] */
  exclude?: readonly string[];
  /** Classifies resolved addresses (tests replace it to stage a public address on loopback). @default classifyAddress */
  classify?: AddressClassifier;
  /** Resolves host names (tests point fictional names at loopback). @default the system resolver */
  lookup?: LookupFunction;
}

/** Why a connection was not made. */
export type Refusal =
  | { kind: 'excluded'; host: string; rule: string }
  | { kind: 'address'; host: string; address: string; addressClass: Exclude<AddressClass, 'public'> };

/** The error a refused connection fails with: the crawl turns it into a FetchError of kind `refused-address`. */
export class RefusedConnection extends Error {
  readonly code = 'EMUNISEO_REFUSED';
  constructor(readonly refusal: Refusal) {
    super(describeRefusal(refusal));
  }
}

/** A refusal in one line of English (logs, the proxy's answer to Chromium). */
export function describeRefusal(refusal: Refusal): string {
  if (refusal.kind === 'excluded') return `${refusal.host} is on the exclusion list (${refusal.rule})`;
  const target = refusal.host === refusal.address ? refusal.address : `${refusal.host} (${refusal.address})`;
  return `not connecting to ${target}: ${refusal.addressClass} address, closed by the network policy`;
}

export class NetworkPolicy {
  readonly allowPrivateNetwork: boolean;
  readonly exclude: readonly string[];
  private readonly classify: AddressClassifier;
  private readonly resolver: LookupFunction;

  constructor(options: NetworkPolicyOptions = {}) {
    this.allowPrivateNetwork = options.allowPrivateNetwork ?? false;
    this.exclude = (options.exclude ?? []).map((host) => canonicalHost(host) ?? host);
    this.classify = options.classify ?? classifyAddress;
    this.resolver = options.lookup ?? (systemLookup as LookupFunction);
  }

  /** Why `host` must not be contacted at all (it is excluded), or undefined. Checked before any resolution. */
  exclusionOf(host: string): Refusal | undefined {
    const rule = exclusionRuleFor(host, this.exclude);
    return rule ? { kind: 'excluded', host: canonicalHost(host) ?? host, rule } : undefined;
  }

  /** Why a connection to `address` (for `host`) would be refused, or undefined when it is allowed. */
  refusalOf(address: string, host: string = address): Refusal | undefined {
    const addressClass = this.classify(address.replace(/%.*$/, ''));
    if (addressClass === 'public') return undefined;
    if (this.allowPrivateNetwork && privateNetworkClasses.includes(addressClass)) return undefined;
    return { kind: 'address', host, address, addressClass };
  }

  /**
   * The addresses of `host` a connection may use: the exclusion list first, then the host resolved
   * (an IP literal is its own address) and every address classified. Rejects with a
   * RefusedConnection when none is allowed, or with the resolver's error (ENOTFOUND…).
   */
  async admit(host: string, family?: 0 | 4 | 6): Promise<LookupAddress[]> {
    const name = host.replace(/^\[|\]$/g, '');
    const excluded = this.exclusionOf(name);
    if (excluded) throw new RefusedConnection(excluded);
    const version = isIP(name);
    const resolved = version ? [{ address: name, family: version }] : await this.resolve(name, family ?? 0);
    const allowed = resolved.filter((entry) => !this.refusalOf(entry.address, name));
    if (allowed.length > 0) return allowed;
    const first = resolved[0];
    if (!first) throw Object.assign(new Error(`no address for ${name}`), { code: 'ENOTFOUND', hostname: name });
    throw new RefusedConnection(this.refusalOf(first.address, name) as Refusal);
  }

  private resolve(host: string, family: 0 | 4 | 6): Promise<LookupAddress[]> {
    return new Promise((resolve, reject) => {
      this.resolver(host, { all: true, family }, (error, addresses, addressFamily) => {
        if (error) reject(error);
        else if (Array.isArray(addresses)) resolve(addresses);
        // A hook that answers one address whatever it was asked.
        else resolve([{ address: addresses, family: addressFamily ?? isIP(addresses) }]);
      });
    });
  }
}

/**
 * A resolver that answers only the addresses `admit` checked: the connection uses one of them and
 * never asks DNS again. Happy eyeballs (several addresses) still works.
 */
export function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const wanted = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const candidates = wanted ? addresses.filter((entry) => entry.family === wanted) : [...addresses];
    const first = candidates[0];
    if (!first) {
      callback(Object.assign(new Error(`no IPv${wanted} address for ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 0);
      return;
    }
    if (options.all) callback(null, candidates);
    else callback(null, first.address, first.family);
  };
}
