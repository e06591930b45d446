// The network policy's decisions, without any connection: what is refused by default, what
// --allow-private-network opens and never opens, the exclusion list, and resolution pinned once.
import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  alwaysRefusedClasses,
  cloudMetadataAddresses,
  exclusionRuleFor,
  NetworkPolicy,
  parseExclusions,
  privateNetworkClasses,
  RefusedConnection,
  refusalMessage,
} from '../../src/network/index.js';
import { renderCrawlMessage } from '../../src/model/index.js';

const resolver =
  (table: Record<string, string[]>): LookupFunction =>
  (hostname, options, callback) => {
    const addresses = table[hostname];
    if (!addresses) {
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    const entries = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (options.all) callback(null, entries);
    else callback(null, entries[0]!.address, entries[0]!.family);
  };

const refusalOf = async (policy: NetworkPolicy, host: string) =>
  policy.admit(host).then(
    () => undefined,
    (error: unknown) => (error instanceof RefusedConnection ? error.refusal : error),
  );

describe('by default', () => {
  const policy = new NetworkPolicy();
  it.each([
    '127.0.0.1',
    '::1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    'fd00::1',
    '100.64.0.1',
    '169.254.1.1',
    'fe80::1',
    '224.0.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '::ffff:10.0.0.1',
  ])('refuses %s', (address) => {
    expect(policy.refusalOf(address)).toMatchObject({ kind: 'address', address });
  });

  it('lets public addresses through', () => {
    expect(policy.refusalOf('93.184.215.14')).toBeUndefined();
    expect(policy.refusalOf('2606:2800:21f:cb07:6820:80da:af6b:8b2c')).toBeUndefined();
  });
});

describe('with allowPrivateNetwork', () => {
  const policy = new NetworkPolicy({ allowPrivateNetwork: true });
  it.each(['127.0.0.1', '::1', '10.0.0.1', '192.168.1.1', 'fd12::1', '100.64.0.1', '198.18.0.1'])('opens %s', (address) => {
    expect(policy.refusalOf(address)).toBeUndefined();
  });

  it.each([...cloudMetadataAddresses.map(({ address }) => address), '169.254.1.1', 'fe80::1', '224.0.0.1', '0.0.0.0', '255.255.255.255'])(
    'still refuses %s',
    (address) => {
      expect(policy.refusalOf(address)).toMatchObject({ kind: 'address', address });
    },
  );

  it('opens exactly the private-network classes, never the others', () => {
    expect([...privateNetworkClasses].sort()).toEqual(['cgnat', 'loopback', 'private', 'reserved']);
    expect([...alwaysRefusedClasses].sort()).toEqual(['broadcast', 'cloud-metadata', 'link-local', 'multicast', 'unspecified']);
  });
});

describe('admit', () => {
  it('decides on the resolved addresses of a name, and says which and why in both languages', async () => {
    const policy = new NetworkPolicy({ lookup: resolver({ 'intranet.example': ['10.0.0.1'] }) });
    const refusal = await refusalOf(policy, 'intranet.example');
    expect(refusal).toEqual({ kind: 'address', host: 'intranet.example', address: '10.0.0.1', addressClass: 'private' });
    const message = refusalMessage(refusal as never);
    expect(renderCrawlMessage(message, 'en')).toBe(
      'not connecting to intranet.example (10.0.0.1): a private-network address (RFC 1918, RFC 4193), closed by muniseo’s network policy',
    );
    expect(renderCrawlMessage(message, 'fr')).toBe(
      'pas de connexion à intranet.example (10.0.0.1) : une adresse de réseau privé (RFC 1918, RFC 4193), fermée par la politique réseau de muniseo',
    );
  });

  it('keeps only the allowed addresses of a name that also answers private ones', async () => {
    const policy = new NetworkPolicy({ lookup: resolver({ 'mixte.example': ['169.254.169.254', '93.184.215.14'] }) });
    expect(await policy.admit('mixte.example')).toEqual([{ address: '93.184.215.14', family: 4 }]);
  });

  it('classifies an IP literal without resolving it', async () => {
    const policy = new NetworkPolicy({ lookup: () => expect.unreachable('no lookup for a literal') });
    expect(await refusalOf(policy, '169.254.169.254')).toMatchObject({ addressClass: 'cloud-metadata' });
    expect(await refusalOf(policy, '[fd00:ec2::254]')).toMatchObject({ addressClass: 'cloud-metadata' });
  });

  it('lets the resolver’s own failure through (a DNS error is not a refusal)', async () => {
    const policy = new NetworkPolicy({ lookup: resolver({}) });
    expect(await refusalOf(policy, 'nulle-part.example')).toMatchObject({ code: 'ENOTFOUND' });
  });

  it('uses the classifier it is given for every decision', async () => {
    const policy = new NetworkPolicy({ classify: (address) => (address === '127.0.0.1' ? 'public' : 'private') });
    expect(await policy.admit('127.0.0.1')).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(await refusalOf(policy, '127.0.0.2')).toMatchObject({ address: '127.0.0.2', addressClass: 'private' });
  });
});

describe('the exclusion list', () => {
  it('reads one host or domain a line, with comments, URLs, IDN and trailing dots', () => {
    const file = [
      '# Communes qui ont demandé à ne pas être explorées',
      'laval.fr',
      'WWW.Mairie-Évron.fr.   # courriel du 3 mars',
      '',
      'https://www.saint-berthevin.fr/accueil',
      '*.changé.fr',
      'bourgneuf.fr:8080',
    ].join('\n');
    expect(parseExclusions(file)).toEqual({
      hosts: ['laval.fr', 'www.xn--mairie-vron-hbb.fr', 'www.saint-berthevin.fr', 'xn--chang-fsa.fr', 'bourgneuf.fr'],
      problems: [],
    });
  });

  it('names the lines that are no host', () => {
    expect(parseExclusions('laval.fr\nune commune\nhttp://\n').problems).toEqual([
      { line: 2, text: 'une commune' },
      { line: 3, text: 'http://' },
    ]);
  });

  it('covers a domain and its subdomains, and a host and the hosts under it, nothing else', () => {
    const list = ['laval.fr', 'www.evron.fr'];
    expect(exclusionRuleFor('laval.fr', list)).toBe('laval.fr');
    expect(exclusionRuleFor('www.laval.fr', list)).toBe('laval.fr');
    expect(exclusionRuleFor('WWW.LAVAL.FR.', list)).toBe('laval.fr');
    expect(exclusionRuleFor('agglo-laval.fr', list)).toBeUndefined();
    expect(exclusionRuleFor('evron.fr', list)).toBeUndefined();
    expect(exclusionRuleFor('static.www.evron.fr', list)).toBe('www.evron.fr');
  });

  it('refuses an excluded host before resolving it', async () => {
    const policy = new NetworkPolicy({
      allowPrivateNetwork: true,
      exclude: ['laval.fr'],
      lookup: () => expect.unreachable('an excluded host is never resolved'),
    });
    const refusal = await refusalOf(policy, 'www.laval.fr');
    expect(refusal).toEqual({ kind: 'excluded', host: 'www.laval.fr', rule: 'laval.fr' });
    expect(renderCrawlMessage(refusalMessage(refusal as never), 'fr')).toBe(
      'www.laval.fr figure sur la liste d’exclusion (laval.fr) : son propriétaire a demandé à ne pas être exploré',
    );
  });
});
