// The network policy in a whole crawl. A town hall site on 127.0.0.1, which the classifier of these
// tests calls public, redirects pages and points sitemaps at 127.0.0.2 (called private), at a name
// resolving there, at 10.0.0.1 and at 169.254.169.254 (literally and through names the resolver
// hook maps to them). Every one must be refused and recorded, and no connection may leave
// 127.0.0.0/8: the connect step is watched (and guarded) for every socket of this process.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { type AddressClassifier, classifyAddress } from '../../src/network/index.js';
import { renderCrawlMessage, type PageSnapshot, type SiteCrawl } from '../../src/model/index.js';
import { guardConnects, type ConnectGuard } from '../network/connect-guard.js';
import { extractingParser, testConfig } from './helpers.js';

/** 127.0.0.1 stands for the internet, 127.0.0.2 for a private network; the rest as in production. */
const classify: AddressClassifier = (address) =>
  address === '127.0.0.1' ? 'public' : address === '127.0.0.2' ? 'private' : classifyAddress(address);

const names: Record<string, string> = {
  'mairie.test': '127.0.0.1',
  'commune-voisine.test': '127.0.0.1',
  'exclue.test': '127.0.0.1',
  'prive.test': '127.0.0.2',
  'intranet.test': '10.0.0.1',
  'metadata.test': '169.254.169.254',
};
const lookup: LookupFunction = (hostname, options, callback) => {
  const address = names[hostname];
  if (!address) callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
  else if (options.all) callback(null, [{ address, family: 4 }]);
  else callback(null, address, 4);
};

interface CountingServer {
  port: number;
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

async function serve(address: string, answer: (path: string, port: number) => Answer): Promise<CountingServer> {
  const requests: CountingServer['requests'] = [];
  let port = 0;
  const server: Server = createServer((request, response) => {
    requests.push({ host: request.headers.host ?? '', path: request.url ?? '/' });
    const { status, headers, body } = answer(request.url ?? '/', port);
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(body ?? '');
  });
  await new Promise<void>((done) => server.listen(0, address, done));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

let town: CountingServer;
let privateServer: CountingServer;
let excludedServer: CountingServer;
/** Where each /vers/… page of the town redirects. */
let targets: Record<string, string>;
beforeAll(async () => {
  privateServer = await serve('127.0.0.2', () => ({ status: 200, body: '<title>Intranet</title><p>Données internes</p>' }));
  excludedServer = await serve('127.0.0.1', () => ({ status: 200, body: '<title>Commune exclue</title>' }));
  const p = privateServer.port;
  targets = {
    '127-0-0-2': `http://127.0.0.2:${p}/`,
    'nom-prive': `http://prive.test:${p}/`,
    '10-0-0-1': 'http://10.0.0.1/',
    intranet: 'http://intranet.test/',
    '169-254-169-254': 'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    metadata: 'http://metadata.test/computeMetadata/v1/',
    'ipv6-metadata': 'http://[fd00:ec2::254]/latest/meta-data/',
    exclue: `http://exclue.test:${excludedServer.port}/`,
  };
  town = await serve('127.0.0.1', (path, port): Answer => {
    const own = `http://127.0.0.1:${port}`;
    if (path === '/robots.txt') {
      const sitemaps = [
        `${own}/sitemap.xml`,
        `${own}/sitemap-deplace.xml`,
        `http://127.0.0.2:${p}/sitemap.xml`,
        `http://prive.test:${p}/sitemap.xml`,
        'http://10.0.0.1/sitemap.xml',
        'http://169.254.169.254/sitemap.xml',
        'http://metadata.test/sitemap.xml',
      ];
      return {
        status: 200,
        headers: { 'content-type': 'text/plain' },
        body: ['User-agent: *', 'Allow: /', ...sitemaps.map((url) => `Sitemap: ${url}`)].join('\n'),
      };
    }
    if (path === '/sitemap.xml') {
      return {
        status: 200,
        headers: { 'content-type': 'application/xml' },
        body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${own}/</loc></url></urlset>`,
      };
    }
    if (path === '/sitemap-deplace.xml') return { status: 301, headers: { location: 'http://169.254.169.254/sitemap.xml' } };
    const to = /^\/vers\/([\w-]+)$/.exec(path)?.[1];
    if (to === 'commune-voisine') return { status: 302, headers: { location: `http://commune-voisine.test:${port}/accueil` } };
    if (to && targets[to]) return { status: 302, headers: { location: targets[to] as string } };
    if (path === '/' || path === '/accueil') {
      const links = [...Object.keys(targets), 'commune-voisine'].map((name) => `<a href="/vers/${name}">${name}</a>`).join('\n');
      return { status: 200, body: `<!doctype html><html lang="fr"><title>Mairie</title><h1>Mairie</h1><nav>${links}</nav></html>` };
    }
    return { status: 404, body: 'introuvable' };
  });
});
afterAll(async () => {
  await Promise.all([town?.close(), privateServer?.close(), excludedServer?.close()]);
});

let guard: ConnectGuard;
beforeEach(() => {
  guard = guardConnects();
});
afterEach(() => {
  guard.restore();
  // Whatever a case did, it never took the connect step towards an address outside 127.0.0.0/8.
  expect(guard.blocked).toEqual([]);
});

const crawl = (url: string, overrides: Parameters<typeof testConfig>[0] = {}) =>
  crawlSite(url, testConfig({ allowPrivateNetwork: false, exclude: ['exclue.test'], ...overrides }), {
    parse: extractingParser().parse,
    network: { lookup, classify },
  });

const refusedHosts = [
  '127.0.0.2',
  'prive.test',
  '10.0.0.1',
  'intranet.test',
  '169.254.169.254',
  'metadata.test',
  'fd00:ec2::254',
  'exclue.test',
];

describe('a public site pointing at private addresses', () => {
  let result: SiteCrawl;
  const page = (name: string): PageSnapshot | undefined =>
    result.pages.find((snapshot) => snapshot.requestedUrl === `http://127.0.0.1:${town.port}/vers/${name}`);
  beforeAll(async () => {
    const watching = guardConnects();
    try {
      result = await crawl(`http://127.0.0.1:${town.port}/`);
    } finally {
      watching.restore();
    }
    // The connect step was reached for the town only, never for a refused host or address.
    const reached = new Set(watching.connects.flatMap((connect) => [connect.host, ...connect.addresses]));
    expect([...reached].filter((host) => refusedHosts.includes(host))).toEqual([]);
    expect(reached.has('127.0.0.1')).toBe(true);
    expect(watching.blocked).toEqual([]);
  });

  it('is crawled, its own pages read', () => {
    expect(result.outcome).toBe('ok');
    expect(result.pages.find((snapshot) => snapshot.discoveredBy === 'seed')?.status).toBe(200);
  });

  it.each([
    ['127-0-0-2', '127.0.0.2', 'private'],
    ['nom-prive', 'prive.test (127.0.0.2)', 'private'],
    ['10-0-0-1', '10.0.0.1', 'private'],
    ['intranet', 'intranet.test (10.0.0.1)', 'private'],
    ['169-254-169-254', '169.254.169.254', 'cloudMetadata'],
    ['metadata', 'metadata.test (169.254.169.254)', 'cloudMetadata'],
    ['ipv6-metadata', 'fd00:ec2::254', 'cloudMetadata'],
  ])('refuses the redirect of /vers/%s to %s and records it on the page', (name, target, range) => {
    const snapshot = page(name);
    expect(snapshot).toMatchObject({
      status: 0,
      errorKind: 'refused-address',
      errorMessage: { id: 'fetch.refusedAddress', values: { target, range: { id: `address.${range}` } } },
      redirectChain: [{ status: 302, location: targets[name] }],
      finalUrl: targets[name],
    });
    expect(snapshot?.error).toMatch(/^not connecting to .*closed by muniseo’s network policy$/);
  });

  it('refuses a redirect to an excluded host like a private address, and the host receives nothing', () => {
    expect(page('exclue')).toMatchObject({
      status: 0,
      errorKind: 'refused-address',
      errorMessage: { id: 'fetch.excludedHost', values: { host: 'exclue.test', rule: 'exclue.test' } },
    });
    expect(excludedServer.requests).toEqual([]);
  });

  it('follows a redirect to another public host and records it', () => {
    expect(page('commune-voisine')).toMatchObject({
      status: 200,
      finalUrl: `http://commune-voisine.test:${town.port}/accueil`,
      redirectChain: [{ status: 302, location: `http://commune-voisine.test:${town.port}/accueil` }],
    });
  });

  it('refuses every private sitemap, naming the address in the sitemap’s errors', () => {
    const refusal = (url: string) => result.sitemaps.find((sitemap) => sitemap.url === url)?.errorMessages?.[0];
    const p = privateServer.port;
    expect(refusal(`http://127.0.0.2:${p}/sitemap.xml`)).toMatchObject({ id: 'fetch.refusedAddress', values: { target: '127.0.0.2' } });
    expect(refusal(`http://prive.test:${p}/sitemap.xml`)).toMatchObject({ values: { target: 'prive.test (127.0.0.2)' } });
    expect(refusal('http://10.0.0.1/sitemap.xml')).toMatchObject({ values: { target: '10.0.0.1' } });
    expect(refusal('http://169.254.169.254/sitemap.xml')).toMatchObject({ values: { target: '169.254.169.254' } });
    expect(refusal('http://metadata.test/sitemap.xml')).toMatchObject({ values: { target: 'metadata.test (169.254.169.254)' } });
    // A sitemap of the site that redirects to the metadata service.
    expect(refusal(`http://127.0.0.1:${town.port}/sitemap-deplace.xml`)).toMatchObject({ values: { target: '169.254.169.254' } });
    const english = result.sitemaps.find((sitemap) => sitemap.url === 'http://10.0.0.1/sitemap.xml')?.errors[0];
    expect(english).toBe('not connecting to 10.0.0.1: a private-network address (RFC 1918, RFC 4193), closed by muniseo’s network policy');
  });

  it('never sent a request to the private server', () => {
    expect(privateServer.requests).toEqual([]);
  });
});

describe('a home page the policy refuses', () => {
  it('ends the site as refused-address when its host resolves to a private address, with nothing sent there', async () => {
    const result = await crawl(`http://prive.test:${privateServer.port}/`);
    expect(result.outcome).toBe('refused-address');
    expect(result.reasonMessages).toEqual([
      { id: 'fetch.refusedAddress', values: { target: 'prive.test (127.0.0.2)', range: { id: 'address.private' } } },
    ]);
    expect(renderCrawlMessage(result.reasonMessages![0]!, 'fr')).toBe(
      'pas de connexion à prive.test (127.0.0.2) : une adresse de réseau privé (RFC 1918, RFC 4193), fermée par la politique réseau de muniseo',
    );
    expect(privateServer.requests).toEqual([]);
  });

  it('ends the site as refused-address when the home page redirects to the metadata service', async () => {
    const result = await crawl(`http://127.0.0.1:${town.port}/vers/metadata`);
    expect(result.outcome).toBe('refused-address');
    expect(result.reason).toBe(
      'home page: not connecting to metadata.test (169.254.169.254): a cloud provider’s metadata address, closed by muniseo’s network policy',
    );
    expect(result.pages[0]).toMatchObject({ discoveredBy: 'seed', errorKind: 'refused-address' });
  });
});

describe('with allowPrivateNetwork', () => {
  it('follows a redirect to a private address', async () => {
    const before = privateServer.requests.length;
    const result = await crawl(`http://127.0.0.1:${town.port}/vers/nom-prive`, { allowPrivateNetwork: true, maxPages: 1 });
    expect(result.outcome).toBe('ok');
    expect(result.pages[0]).toMatchObject({ finalUrl: `http://prive.test:${privateServer.port}/`, status: 200 });
    expect(privateServer.requests.length).toBeGreaterThan(before);
  });

  it.each(['169-254-169-254', 'metadata', 'ipv6-metadata'])('still refuses the metadata service (/vers/%s)', async (name) => {
    const result = await crawl(`http://127.0.0.1:${town.port}/vers/${name}`, { allowPrivateNetwork: true, maxPages: 1 });
    expect(result.outcome).toBe('refused-address');
    expect(result.pages[0]?.errorMessage).toMatchObject({ id: 'fetch.refusedAddress', values: { range: { id: 'address.cloudMetadata' } } });
  });
});

describe('an excluded institution', () => {
  it('is recorded as excluded with its reason, and its host receives no request at all', async () => {
    const result = await crawl(`http://exclue.test:${excludedServer.port}/`, { allowPrivateNetwork: true });
    expect(result.outcome).toBe('excluded');
    expect(result.reason).toBe('exclue.test is on the exclusion list (exclue.test): not audited, no request sent');
    expect(result.pages).toEqual([]);
    expect(excludedServer.requests).toEqual([]);
    expect(guard.connects).toEqual([]);
  });

  it('covers the subdomains of an excluded domain', async () => {
    const result = await crawl(`http://www.exclue.test:${excludedServer.port}/`, { allowPrivateNetwork: true });
    expect(result).toMatchObject({
      outcome: 'excluded',
      reasonMessages: [{ id: 'crawl.excluded', values: { host: 'www.exclue.test', rule: 'exclue.test' } }],
    });
  });
});
