import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSitesCsv, readSitesCsv, RegistryFormatError, strataFromThresholds, writeSitesCsv } from '../../src/institutions/index.js';
import { bytes80to9f, bytes80to9fAsBrowsersRead } from '../helpers/windows-1252.js';

const fixture = (name: string) => new URL(`../../fixtures/institutions/${name}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'muniseo-sites-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSitesCsv on fixtures/institutions/sites.csv', () => {
  it('imports the fixture to the expected sites CSV', async () => {
    const result = await readSitesCsv(fixture('sites.csv'));
    expect(writeSitesCsv(result.institutions)).toBe(readFileSync(fixture('sites.expected.csv'), 'utf8'));
  });

  it('reports every bad line with its line number and reason', async () => {
    const { problems } = await readSitesCsv(fixture('sites.csv'));
    expect(problems.map(({ line, reason }) => [line, reason])).toEqual([
      [6, 'unknown INSEE code 99999 (not in @etalab/decoupage-administratif 6.0.0)'],
      [7, 'not an http(s) URL: ftp://ftp.mairie.test/'],
      [9, 'malformed CSV: quote inside unquoted field 1'],
      [10, 'expected 9 fields (as in the header), found 10'],
      [13, 'INSEE code 49001 is the commune déléguée Les Alleuds; now part of Brissac Loire Aubance (49050)'],
      [15, 'no name; used sans-nom.test'],
      [16, 'no URL'],
      [17, 'an e-mail address, not a website: contact@mairie.test'],
      [19, 'unknown kind "mairie" (expected commune, epci, departement, region, other)'],
    ]);
    expect(problems.find((problem) => problem.line === 9)?.raw).toBe('Bourg "sans guillemets",https://bourg.test/,26058,,,,,,');
  });

  it('accounts for every record: read = kept + merged + skipped', async () => {
    const { summary } = await readSitesCsv(fixture('sites.csv'));
    expect(summary).toEqual({
      read: 18,
      kept: 10,
      merged: 1,
      skipped: {
        'unknown INSEE code': 1,
        'not an http(s) URL': 1,
        'malformed CSV line': 1,
        'wrong column count': 1,
        'missing URL': 1,
        'e-mail address as URL': 1,
        'unknown kind': 1,
      },
    });
  });
});

describe('the demo registry (fixtures/institutions/demo.csv)', () => {
  it('is read as it is, fixture:// URLs included, with strata from its populations', async () => {
    const { institutions, problems, summary } = await readSitesCsv(fixture('demo.csv'));
    expect(summary.skipped).toEqual({});
    expect(institutions.length).toBe(summary.read);
    const villebelle = institutions.find((institution) => institution.id === 'villebelle');
    expect(villebelle).toMatchObject({
      url: 'fixture://villebelle/',
      kind: 'commune',
      population: 8700,
      stratum: '5000-9999',
      departement: '53',
    });
    expect(institutions.find((institution) => institution.id === 'hameau-de-fictionville')?.stratum).toBe('100-199');
    // The demo's EPCI carries a fictional SIREN: kept, not enriched, and said so.
    expect(institutions.find((institution) => institution.kind === 'epci')).toMatchObject({ id: 'cc-pays-imaginaire', population: 23000 });
    expect(problems.map((problem) => problem.reason)).toEqual([expect.stringMatching(/^SIREN 999000003 is not in @etalab/)]);
  });
});

describe('writeSitesCsv and readSitesCsv', () => {
  it('round-trip: what is written reads back to the same institutions', async () => {
    const { institutions } = await readSitesCsv(fixture('sites.csv'));
    const path = join(dir, 'round-trip.csv');
    writeFileSync(path, writeSitesCsv(institutions));
    const again = await readSitesCsv(path);
    expect(again.institutions).toEqual(institutions);
    expect(again.problems).toEqual([]);
  });
});

describe('parseSitesCsv', () => {
  it('keeps a stratum given in the file and computes a missing one with the configured strata', () => {
    const strata = strataFromThresholds([1000, 3500]);
    const { institutions } = parseSitesCsv('name,url,population,stratum\nA,https://a.test/,1200,\nB,https://b.test/,1200,petites\n', {
      strata,
    });
    expect(institutions.map((institution) => institution.stratum)).toEqual(['1000-3499', 'petites']);
  });

  it('reads semicolon-separated files with French column names and population with spaces', () => {
    const { institutions } = parseSitesCsv('nom;site_internet;code_insee;Département\nVille;https://v.test/;;53\n');
    expect(institutions[0]).toMatchObject({ name: 'Ville', url: 'https://v.test/', departement: '53' });
    const withSpaces = parseSitesCsv('name,url,population\nA,https://a.test/,"12\u00a0500"\n');
    expect(withSpaces.institutions[0]?.population).toBe(12500);
  });

  it('keeps extra columns for --group-by, and uses the id column when there is no INSEE code', () => {
    const { institutions } = parseSitesCsv('id,name,url,canton\nmon-id,A,https://a.test/,Nord\n');
    expect(institutions[0]).toMatchObject({ id: 'mon-id', extra: { canton: 'Nord' } });
  });

  it('gives a commune its INSEE code as identity even when an id column is given', () => {
    const { institutions } = parseSitesCsv('id,name,url,insee\nlaval,Laval,https://laval.test/,53130\n');
    expect(institutions[0]?.id).toBe('53130');
  });

  it('reports a population that is not a number and keeps the row without it', () => {
    const { institutions, problems } = parseSitesCsv('name,url,population\nA,https://a.test/,beaucoup\n');
    expect(institutions[0]?.population).toBeUndefined();
    expect(problems).toEqual([
      { line: 2, reason: 'population "beaucoup" is not a whole number; left out', raw: 'A,https://a.test/,beaucoup' },
    ]);
  });

  it('reports the URL dropped when two rows are the same institution', () => {
    const { institutions, problems, summary } = parseSitesCsv(
      'name,url,insee\nLaval,https://laval.test/,53130\nLaval,https://autre.test/,53130\n',
    );
    expect(institutions.map((institution) => institution.url)).toEqual(['https://laval.test/']);
    expect(summary.merged).toBe(1);
    expect(problems[0]).toMatchObject({
      line: 3,
      reason: 'same institution as line 2 (53130); kept https://laval.test/, dropped https://autre.test/',
    });
  });

  it('reads a host with a trailing dot, with or without a scheme, as the same institution as without', () => {
    const { institutions, problems, summary } = parseSitesCsv(
      'name,url\nLaval,www.laval.test.\nLaval,https://www.laval.test./\nLaval,https://www.laval.test/\n',
    );
    expect(institutions).toMatchObject([{ id: 'laval-test', url: 'https://www.laval.test/' }]);
    expect(summary).toMatchObject({ read: 3, kept: 1, merged: 2 });
    expect(problems).toEqual([]);
  });

  it('reads bare IDN hosts and host:port, storing punycode and naming the institution in Unicode', () => {
    const { institutions, summary } = parseSitesCsv('name,url\n,saint-étienne.test\n,mairie-évron.test:8080/accueil\n,localhost:8080\n');
    expect(summary.skipped).toEqual({});
    expect(institutions.map(({ name, url }) => [name, url])).toEqual([
      ['saint-étienne.test', 'https://xn--saint-tienne-geb.test/'],
      ['mairie-évron.test:8080', 'https://xn--mairie-vron-hbb.test:8080/accueil'],
      ['localhost:8080', 'https://localhost:8080/'],
    ]);
  });
});

describe('a file that is not a sites CSV', () => {
  it.each([
    ['', /empty file/],
    ['[{"nom": "Mairie - Laval"}]', /JSON, not CSV/],
    ['name,insee\nLaval,53130\n', /line 1: missing column url/],
    ['insee\n53130\n', /line 1: missing columns name, url/],
    ['name,url,url\nA,https://a.test/,https://b.test/\n', /column "url" appears twice/],
    ['"name,url\n', /line 1: unreadable header/],
  ])('%j is a format error', (text, message) => {
    expect(() => parseSitesCsv(text)).toThrow(RegistryFormatError);
    expect(() => parseSitesCsv(text)).toThrow(message);
  });

  it('names the file in the error', async () => {
    const path = join(dir, 'no-url.csv');
    writeFileSync(path, 'name\nLaval\n');
    await expect(readSitesCsv(path)).rejects.toThrow(`${path}: line 1: missing column url`);
  });

  it('is read as Windows-1252 when it is not UTF-8, and says so', async () => {
    const path = join(dir, 'latin1.csv');
    writeFileSync(path, Buffer.from('name,url\nBr\xe9z\xe9,https://breze.test/\n', 'latin1'));
    const { institutions, problems } = await readSitesCsv(path);
    expect(institutions[0]?.name).toBe('Brézé');
    expect(problems[0]).toEqual({ line: 1, reason: 'file is not UTF-8; read as windows-1252' });
  });

  it('reads an Excel CSV’s curly apostrophe, dashes, € and œ (bytes 0x80–0x9F) as Excel wrote them', async () => {
    const path = join(dir, 'excel.csv');
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    writeFileSync(
      path,
      Buffer.concat([
        latin1('name,url,note\nL'),
        Uint8Array.of(0x92),
        latin1('Huisserie,https://lhuisserie.test/,'),
        bytes80to9f,
        latin1('\n'),
      ]),
    );
    const { institutions } = await readSitesCsv(path);
    expect(institutions[0]?.name).toBe('L’Huisserie');
    expect(institutions[0]?.extra?.['note']).toBe(bytes80to9fAsBrowsersRead);
  });
});
