import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDomains, parseDomains, RegistryFormatError, writeSitesCsv } from '../../src/institutions/index.js';

const fixture = (name: string) => new URL(`../../fixtures/institutions/${name}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'muniseo-domains-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importDomains on a DINUM-style communes.txt', () => {
  it('imports one institution per host, of the kind its file name says, identified by a slug of the host', async () => {
    const { institutions } = await importDomains(fixture('communes.txt'));
    expect(writeSitesCsv(institutions)).toBe(readFileSync(fixture('domains.expected.csv'), 'utf8'));
  });

  it('merges a host with its www. twin and reports the URL dropped; reports lines that are not hosts', async () => {
    const { problems, summary } = await importDomains(fixture('communes.txt'));
    expect(problems.map(({ line, reason }) => [line, reason])).toEqual([
      [3, 'same institution as line 2 (laval-test); kept https://www.laval.test/, dropped https://laval.test/'],
      [6, 'not a URL: not a host name'],
      [9, 'not an http(s) URL: ftp://fichiers.test'],
      [10, 'an e-mail address, not a website: mailto:contact@mairie-exemple.test'],
    ]);
    expect(summary).toEqual({ read: 8, kept: 3, merged: 2, skipped: { 'not an http(s) URL': 2, 'e-mail address as URL': 1 } });
  });

  it('takes the kind given over the file name, and uses other for an unknown file name', async () => {
    const renamed = join(dir, 'liste.txt');
    copyFileSync(fixture('communes.txt'), renamed);
    expect((await importDomains(renamed)).institutions.every((institution) => institution.kind === 'other')).toBe(true);
    expect((await importDomains(renamed, { kind: 'epci' })).institutions.every((institution) => institution.kind === 'epci')).toBe(true);
  });

  it('refuses a CSV or a JSON file', () => {
    expect(() => parseDomains('name,url\nLaval,https://laval.test/\n')).toThrow(RegistryFormatError);
    expect(() => parseDomains('[{"nom": "Mairie"}]')).toThrow(/this is JSON/);
  });
});
