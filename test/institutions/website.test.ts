import { describe, expect, it } from 'vitest';
import { checkWebsite, firstWebsite, hostLabel, hostSlug } from '../../src/institutions/website.js';

describe('checkWebsite', () => {
  it.each([
    ['https://www.laval.test', 'https://www.laval.test/'],
    ['http://mamers.test/accueil#haut', 'http://mamers.test/accueil'],
    ['www.mayenne.test', 'https://www.mayenne.test/'],
    ['mairie-x.test/accueil', 'https://mairie-x.test/accueil'],
    ['  HTTPS://WWW.Laval.test/  ', 'https://www.laval.test/'],
    ['fixture://villebelle/', 'fixture://villebelle/'],
    // IDN, with or without a scheme: punycode stored.
    ['saint-étienne.test', 'https://xn--saint-tienne-geb.test/'],
    ['https://mairie-évron.test/accueil', 'https://xn--mairie-vron-hbb.test/accueil'],
    ['SAINT-ÉTIENNE.TEST/Accueil', 'https://xn--saint-tienne-geb.test/Accueil'],
    // A port, with or without a scheme, on a name or an address.
    ['www.laval.test:8080', 'https://www.laval.test:8080/'],
    ['www.laval.test:8080/accueil', 'https://www.laval.test:8080/accueil'],
    ['localhost:8080', 'https://localhost:8080/'],
    ['127.0.0.1:8080/', 'https://127.0.0.1:8080/'],
    ['http://localhost:3000/', 'http://localhost:3000/'],
    ['[::1]:8443', 'https://[::1]:8443/'],
    // The trailing dot of a fully qualified name, with or without a scheme: dropped.
    ['www.laval.test.', 'https://www.laval.test/'],
    ['https://www.laval.test./', 'https://www.laval.test/'],
    ['www.laval.test.:8080/accueil', 'https://www.laval.test:8080/accueil'],
  ])('accepts %s as %s', (raw, url) => {
    expect(checkWebsite(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['', 'no URL'],
    ['mairie@laval.test', 'e-mail address as URL'],
    ['mailto:mairie@laval.test', 'e-mail address as URL'],
    ['ftp://files.laval.test/', 'not an http(s) URL'],
    ['javascript:alert(1)', 'not an http(s) URL'],
    ['file:///etc/passwd', 'not an http(s) URL'],
    ['not a host name', 'not an http(s) URL'],
    ['https://intranet/', 'not an http(s) URL'],
    ['intranet:8080', 'not an http(s) URL'],
    ['www.laval.test..', 'not an http(s) URL'],
    ['mairie_laval.test', 'not an http(s) URL'],
    ['https://laval.123/', 'not an http(s) URL'],
  ])('rejects %j as %s', (raw, category) => {
    const checked = checkWebsite(raw);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.category).toBe(category);
  });
});

describe('firstWebsite', () => {
  it('skips e-mail addresses and takes the first web address of several', () => {
    expect(firstWebsite(['mairie@x.test', 'http://x.test ; https://y.test'])).toEqual({ ok: true, url: 'http://x.test/' });
  });

  it('says why when none is usable', () => {
    expect(firstWebsite(['mairie@x.test'])).toMatchObject({ ok: false, category: 'e-mail address as URL' });
    expect(firstWebsite([])).toMatchObject({ ok: false, category: 'no URL' });
  });
});

describe('one institution whatever the spelling of its host', () => {
  it('gives the same URL and id to a host with and without its trailing dot, scheme or Unicode', () => {
    const spellings = ['www.laval.test', 'www.laval.test.', 'https://www.laval.test./', 'HTTPS://WWW.LAVAL.TEST'];
    const urls = spellings.map((spelling) => checkWebsite(spelling)).map((checked) => (checked.ok ? checked.url : checked.reason));
    expect(new Set(urls)).toEqual(new Set(['https://www.laval.test/']));
    const idn = ['saint-étienne.test', 'https://saint-étienne.test/', 'xn--saint-tienne-geb.test'].map((spelling) => {
      const checked = checkWebsite(spelling);
      return checked.ok ? hostSlug(checked.url) : checked.reason;
    });
    expect(new Set(idn)).toEqual(new Set(['xn-saint-tienne-geb-test']));
  });
});

describe('hostLabel', () => {
  it('shows the host in Unicode, without www., with a port that is not the default', () => {
    expect(hostLabel('https://www.xn--saint-tienne-geb.test/')).toBe('saint-étienne.test');
    expect(hostLabel('https://www.laval.test:8080/accueil')).toBe('laval.test:8080');
    expect(hostLabel('http://127.0.0.1:4321/')).toBe('127.0.0.1:4321');
    expect(hostLabel('https://[::1]/')).toBe('[::1]');
  });
});

describe('hostSlug', () => {
  it('drops the scheme, www. and the path, and keeps letters and digits', () => {
    expect(hostSlug('https://www.Ville-Laval.test/accueil')).toBe('ville-laval-test');
    expect(hostSlug('http://laval.test')).toBe('laval-test');
    expect(hostSlug('fixture://saint-exemple-sur-loire/')).toBe('saint-exemple-sur-loire');
  });
});
