// A refusal as a crawl message, for the report in its own language.
import { crawlMessage, type CrawlMessageId, type Message } from '../model/index.js';
import type { AddressClass } from './address-ranges.js';
import type { Refusal } from './policy.js';

const rangeMessages: Record<Exclude<AddressClass, 'public'>, CrawlMessageId> = {
  loopback: 'address.loopback',
  private: 'address.private',
  cgnat: 'address.cgnat',
  reserved: 'address.reserved',
  'link-local': 'address.linkLocal',
  'cloud-metadata': 'address.cloudMetadata',
  multicast: 'address.multicast',
  unspecified: 'address.unspecified',
  broadcast: 'address.broadcast',
};

export function refusalMessage(refusal: Refusal): Message {
  if (refusal.kind === 'excluded') return crawlMessage('fetch.excludedHost', { host: refusal.host, rule: refusal.rule });
  const target = refusal.host === refusal.address ? refusal.address : `${refusal.host} (${refusal.address})`;
  return crawlMessage('fetch.refusedAddress', { target, range: crawlMessage(rangeMessages[refusal.addressClass]) });
}
