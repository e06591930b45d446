// The network policy shared by the crawl's HTTP client, the crawl's Chromium renderer and the
// Lighthouse lane: which hosts and addresses muniseo may connect to, decided on resolved addresses.
export { addressClasses, type AddressClass, type AddressClassifier, classifyAddress, cloudMetadataAddresses } from './address-ranges.js';
export { canonicalHost, exclusionRuleFor, parseExclusions, type ExclusionFileProblem } from './exclusions.js';
export { GuardedHttpAgent, GuardedHttpsAgent } from './guarded-agents.js';
export {
  alwaysRefusedClasses,
  describeRefusal,
  NetworkPolicy,
  type NetworkPolicyOptions,
  privateNetworkClasses,
  RefusedConnection,
  type Refusal,
} from './policy.js';
export { refusalMessage } from './refusal-message.js';
export { chromeProxyFlags, type PolicyProxy, refusalHeader, startPolicyProxy } from './proxy.js';
