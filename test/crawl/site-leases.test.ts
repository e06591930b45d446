// Leases on hosts and server addresses: what one site's audit may take while others run, and a
// crawl that meets another host on its way.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressResolver, crawlSite, isSharedFrontEnd, MemoryLeaseStore, SiteLeases, type AddressResolver } from '../../src/crawl/index.js';
import { extractingParser, testConfig } from './helpers.js';
import { fixtureLookup } from './network.js';

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

describe('a crawl redirected to another host', () => {
  let mairie: Server;
  let portail: Server;
  const portailRequests: string[] = [];
  const port = (server: Server) => (server.address() as AddressInfo).port;

  beforeAll(async () => {
    const html = (links: string[]) =>
      `<!doctype html><html lang="fr"><title>Commune</title><h1>Commune</h1>${links.map((link) => `<a href="${link}">${link}</a>`).join(' ')}</html>`;
    // The commune's own host only redirects to its page on the intercommunal portal.
    mairie = createServer((request, response) => {
      if (request.url === '/robots.txt') return response.writeHead(404).end();
      response.writeHead(301, { location: `http://portail.test:${port(portail)}/commune/` }).end();
    });
    portail = createServer((request, response) => {
      portailRequests.push(request.url ?? '');
      if (request.url === '/robots.txt' || request.url === '/sitemap.xml') return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(['/commune/a', '/commune/b']));
    });
    await Promise.all([mairie, portail].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  });
  afterAll(async () => {
    await Promise.all([mairie, portail].map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('waits for that host’s lease before crawling it, then goes on', async () => {
    const store = new MemoryLeaseStore();
    const resolve = addressResolver({ lookup: fixtureLookup });
    // The intercommunalité's own audit holds the portal.
    const intercommunalite = new SiteLeases({ store, holder: 'intercommunalite', settings, resolve });
    expect(await intercommunalite.tryEnter(`http://portail.test:${port(portail)}/`)).toBe(true);
    const commune = new SiteLeases({ store, holder: 'commune', settings, resolve });
    expect(await commune.tryEnter(`http://mairie.test:${port(mairie)}/`)).toBe(true);

    const crawling = crawlSite(`http://mairie.test:${port(mairie)}/`, testConfig(), {
      parse: extractingParser().parse,
      network: { lookup: fixtureLookup },
      enterHost: (url) => commune.enter(url),
    });
    // The redirect hop reaches the portal (it is the commune's own request); nothing more while the lease is held.
    const deadline = Date.now() + 30_000;
    while (portailRequests.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(portailRequests).toEqual(['/commune/']);

    await intercommunalite.release();
    const crawl = await crawling;
    expect(crawl.outcome).toBe('ok');
    expect(portailRequests).toEqual(expect.arrayContaining(['/robots.txt', '/commune/a', '/commune/b']));
    expect(store.used(`host:portail.test:${port(portail)}`)).toBe(2);
    await commune.release();
  });
});
