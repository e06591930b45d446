import { describe, expect, it } from 'vitest';
import { checkWebsite, firstWebsite, hostSlug } from '../../src/institutions/website.js';

describe('checkWebsite', () => {
  it.each([
    ['https://www.laval.test', 'https://www.laval.test/'],
    ['http://mamers.test/accueil#haut', 'http://mamers.test/accueil'],
    ['www.mayenne.test', 'https://www.mayenne.test/'],
    ['mairie-x.test/accueil', 'https://mairie-x.test/accueil'],
    ['  HTTPS://WWW.Laval.test/  ', 'https://www.laval.test/'],
    ['fixture://villebelle/', 'fixture://villebelle/'],
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

describe('hostSlug', () => {
  it('drops the scheme, www. and the path, and keeps letters and digits', () => {
    expect(hostSlug('https://www.Ville-Laval.test/accueil')).toBe('ville-laval-test');
    expect(hostSlug('http://laval.test')).toBe('laval-test');
    expect(hostSlug('fixture://saint-exemple-sur-loire/')).toBe('saint-exemple-sur-loire');
  });
});
