// Leases on hosts and server addresses: what one site's audit may take while others run.
import { describe, expect, it } from 'vitest';
import { isSharedFrontEnd, MemoryLeaseStore, SiteLeases, type AddressResolver } from '../../src/crawl/index.js';

const settings = { perHostConcurrency: 2, perAddressConcurrency: 4, sharedFrontEndConcurrency: 32 };

/** A resolver of a fictional web: each host name on the address given. */
function resolverOf(addresses: Record<string, string>): AddressResolver {
  return async (hostname) => addresses[hostname];
}

const sharedHosting = resolverOf({
  'mairie-a.test': '192.0.2.10',
  'www.mairie-a.test': '192.0.2.10',
  'mairie-b.test': '192.0.2.10',
  'mairie-c.test': '192.0.2.10',
  'portail.test': '192.0.2.20',
  'cdn-town.test': '104.16.1.1',
});

const audit = (store: MemoryLeaseStore, holder: string, resolve = sharedHosting, waitLimitMs?: number) =>
  new SiteLeases({ store, holder, settings, resolve, waitLimitMs });

describe('site leases', () => {
  it('lets one audit at a time crawl a host, www or not, http or https', async () => {
    const store = new MemoryLeaseStore();
    expect(await audit(store, 'commune-a').tryEnter('https://mairie-a.test/')).toBe(true);
    expect(await audit(store, 'commune-a-bis').tryEnter('http://www.mairie-a.test/accueil')).toBe(false);
    expect(store.used('host:mairie-a.test')).toBe(2);
  });

  it('lets two sites of a shared server crawl at once, not a third (4 requests, 2 per site)', async () => {
    const store = new MemoryLeaseStore();
    const first = audit(store, 'commune-a');
    expect(await first.tryEnter('https://mairie-a.test/')).toBe(true);
    expect(await audit(store, 'commune-b').tryEnter('https://mairie-b.test/')).toBe(true);
    expect(await audit(store, 'commune-c').tryEnter('https://mairie-c.test/')).toBe(false);
    expect(store.used('address:192.0.2.10')).toBe(4);
    await first.release();
    expect(await audit(store, 'commune-c').tryEnter('https://mairie-c.test/')).toBe(true);
  });

  it('takes nothing when the address is busy, not even the free host', async () => {
    const store = new MemoryLeaseStore();
    await audit(store, 'commune-a').tryEnter('https://mairie-a.test/');
    await audit(store, 'commune-b').tryEnter('https://mairie-b.test/');
    expect(await audit(store, 'commune-c').tryEnter('https://mairie-c.test/')).toBe(false);
    expect(store.used('host:mairie-c.test')).toBe(0);
  });

  it('gives a large CDN address the higher cap of shared front ends', async () => {
    const store = new MemoryLeaseStore();
    const towns = Array.from({ length: 16 }, (_, index) => `town-${index}.test`);
    const resolve = resolverOf(Object.fromEntries(towns.map((town) => [town, '104.16.1.1'])));
    const entered = await Promise.all(towns.map((town) => audit(store, town, resolve).tryEnter(`https://${town}/`)));
    expect(entered.every(Boolean)).toBe(true);
    expect(store.used('address:104.16.1.1')).toBe(32);
    expect(isSharedFrontEnd('104.16.1.1')).toBe(true);
    expect(isSharedFrontEnd('2606:4700::6810:1')).toBe(true);
    expect(isSharedFrontEnd('192.0.2.10')).toBe(false);
  });

  it('makes a crawl redirected to a busy host wait for it, then go on', async () => {
    const store = new MemoryLeaseStore();
    const portal = audit(store, 'intercommunalite');
    await portal.tryEnter('https://portail.test/');
    const commune = audit(store, 'commune-a');
    await commune.tryEnter('https://mairie-a.test/');
    let entered = false;
    const waiting = commune.enter('https://portail.test/commune-a/').then(() => (entered = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(entered).toBe(false);
    await portal.release();
    await waiting;
    expect(store.used('host:portail.test')).toBe(2);
    expect(store.used('address:192.0.2.20')).toBe(2);
  });

  it('does not wait for ever: after the limit the crawl goes on without the lease, and says so', async () => {
    const store = new MemoryLeaseStore();
    await audit(store, 'a').tryEnter('https://portail.test/');
    const other = audit(store, 'b', sharedHosting, 50);
    await other.enter('https://portail.test/page');
    expect(other.notes).toEqual([expect.stringContaining('portail.test was crawled without its politeness lease')]);
  });

  it('counts a host and its address once per audit, however many pages', async () => {
    const store = new MemoryLeaseStore();
    const leases = audit(store, 'commune-a');
    await leases.tryEnter('https://mairie-a.test/');
    await Promise.all(['/', '/a', '/b'].map((path) => leases.enter(`https://www.mairie-a.test${path}`)));
    expect(store.used('host:mairie-a.test')).toBe(2);
    expect(store.used('address:192.0.2.10')).toBe(2);
    await leases.release();
    expect(store.used('address:192.0.2.10')).toBe(0);
  });

  it('leaves an unresolvable host to the crawl (which records the DNS failure)', async () => {
    const store = new MemoryLeaseStore();
    expect(await audit(store, 'x').tryEnter('https://inconnue.test/')).toBe(true);
    expect(store.used('host:inconnue.test')).toBe(2);
  });
});
