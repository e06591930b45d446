import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAnnuaire, parseAnnuaire, RegistryFormatError, writeSitesCsv } from '../../src/institutions/index.js';
import { recordStartLines } from '../../src/institutions/json-lines.js';

const fixture = (name: string) => new URL(`../../fixtures/institutions/${name}`, import.meta.url).pathname;
const expected = (name: string) => readFileSync(fixture(name), 'utf8');

// Both fixtures hold the same fifteen services; the API export adds a sixteenth whose `pivot`
// string was cut short. Records start on these lines (grep -n '^    {' / '^{').
const bulkLines = [3, 34, 65, 96, 127, 166, 197, 223, 254, 285, 316, 347, 378, 409, 440];
const apiLines = Array.from({ length: 16 }, (_, index) => index + 2);

const skippedByDefault = {
  'mairie déléguée': 1,
  annexe: 1,
  'e-mail address as URL': 1,
  'no website': 1,
  'other service type': 1,
  'departement not requested': 1,
  'epci not requested': 1,
  'unknown INSEE code': 1,
  "mairie d'arrondissement": 1,
  'not an http(s) URL': 1,
};

describe.each([
  ['bulk JSON (arrays)', 'annuaire-bulk.json', bulkLines],
  ['API export (JSON in strings)', 'annuaire-api.json', apiLines],
])('importAnnuaire, %s', (_shape, file, lines) => {
  const lineOf = (record: number) => lines[record - 1];

  it('keeps the mairies with a website, enriched from their INSEE code', async () => {
    const { institutions } = await importAnnuaire(fixture(file));
    expect(writeSitesCsv(institutions)).toBe(expected('annuaire.expected.csv'));
  });

  it('keeps conseils départementaux and EPCI when asked', async () => {
    const { institutions } = await importAnnuaire(fixture(file), { kinds: ['commune', 'departement', 'epci'] });
    expect(writeSitesCsv(institutions)).toBe(expected('annuaire-all-kinds.expected.csv'));
  });

  it('reports bad records with the line they start on', async () => {
    const { problems } = await importAnnuaire(fixture(file));
    const reported = problems.map(({ line, reason }) => [line, reason]);
    expect(reported.slice(0, 4)).toEqual([
      [lineOf(6), 'an e-mail address, not a website: accueil@rignac.test'],
      [lineOf(8), 'same institution as line ' + lineOf(1) + ' (53130); kept https://www.laval.test/, dropped https://laval.test/'],
      [lineOf(12), 'unknown INSEE code 99999 (not in @etalab/decoupage-administratif 6.0.0)'],
      [lineOf(15), 'not an http(s) URL: ftp://chanceaux.test'],
    ]);
    expect(problems[0]?.raw).toBe('a0000001-0000-4000-8000-000000000006 Mairie - Rignac');
  });

  it('accounts for every record', async () => {
    const { summary } = await importAnnuaire(fixture(file));
    const malformed = file === 'annuaire-api.json' ? 1 : 0;
    expect(summary).toEqual({
      read: 15 + malformed,
      kept: 4,
      merged: 1,
      skipped: malformed ? { ...skippedByDefault, 'malformed JSON field': 1 } : skippedByDefault,
      // Angers's mairie gives no website: counted by kind and stratum, to be shown beside the audited.
      noWebsite: [{ kind: 'commune', stratum: '100000+', count: 1 }],
    });
  });

  it('keeps the institutions without a website apart, enriched, to be written with the URL none', async () => {
    const { withoutWebsite, institutions } = await importAnnuaire(fixture(file));
    expect(withoutWebsite).toEqual([
      expect.objectContaining({ id: '49007', name: 'Angers', kind: 'commune', url: '', stratum: '100000+' }),
    ]);
    expect(institutions.map((institution) => institution.id)).not.toContain('49007');
    expect(writeSitesCsv(institutions, withoutWebsite).trimEnd().split('\n').at(-1)).toMatch(/^49007,Angers,commune,none,49007,/);
  });
});

describe('importAnnuaire, API export only', () => {
  it('reports a JSON-in-string field that does not parse', async () => {
    const { problems } = await importAnnuaire(fixture('annuaire-api.json'));
    expect(problems.at(-1)).toMatchObject({ line: 17, reason: expect.stringMatching(/^pivot is not valid JSON: /) });
  });
});

describe('parseAnnuaire', () => {
  const mairie = (fields: Record<string, unknown>) => ({
    nom: 'Mairie - Laval',
    pivot: [{ type_service_local: 'mairie', code_insee_commune: ['53130'] }],
    code_insee_commune: '53130',
    site_internet: [{ libelle: '', valeur: 'https://www.laval.test' }],
    ...fields,
  });

  it('reads the Opendatasoft API response shape ({ results: [...] })', () => {
    const { institutions } = parseAnnuaire(JSON.stringify({ total_count: 1, results: [mairie({})] }));
    expect(institutions.map((institution) => institution.id)).toEqual(['53130']);
  });

  it("prefers the pivot's commune to the address's, and reports the disagreement", () => {
    const { institutions, problems } = parseAnnuaire(JSON.stringify([mairie({ code_insee_commune: '53147' })]));
    expect(institutions[0]?.insee).toBe('53130');
    expect(problems[0]?.reason).toBe("code_insee_commune 53147 differs from the pivot's 53130; used the pivot's");
  });

  it('finds an EPCI without SIREN from the communes it serves', () => {
    const epci = mairie({ nom: 'Laval Agglo', pivot: [{ type_service_local: 'epci', code_insee_commune: ['53130'] }], siren: null });
    const { institutions } = parseAnnuaire(JSON.stringify([epci]), { kinds: ['epci'] });
    expect(institutions[0]).toMatchObject({ id: '200083392', kind: 'epci', name: 'Laval Agglo', population: 114872 });
  });

  it('places a conseil régional in the région of its commune', () => {
    const region = mairie({
      nom: 'Conseil régional des Pays de la Loire',
      pivot: JSON.stringify([{ type_service_local: 'cr', code_insee_commune: ['44109'] }]),
      code_insee_commune: '44109',
      site_internet: JSON.stringify([{ libelle: '', valeur: 'www.region.test' }]),
    });
    const { institutions } = parseAnnuaire(JSON.stringify([region]), { kinds: ['region'] });
    // 3,907,156: the population municipale of the région's communes (region "52"), summed.
    expect(institutions).toEqual([
      {
        id: 'region-test',
        name: 'Conseil régional des Pays de la Loire',
        kind: 'region',
        url: 'https://www.region.test/',
        region: '52',
        population: 3907156,
        stratum: '100000+',
      },
    ]);
  });

  it.each([
    ['name,url\nLaval,https://laval.test/\n', /not JSON/],
    ['{"service": [', /not valid JSON/],
    ['{"communes": []}', /no records/],
    ['[{"code": "53130", "nom": "Laval"}]', /no record has the Annuaire fields/],
  ])('%j is a format error', (text, message) => {
    expect(() => parseAnnuaire(text)).toThrow(RegistryFormatError);
    expect(() => parseAnnuaire(text)).toThrow(message);
  });
});

describe('recordStartLines', () => {
  it('finds where each record of a top-level array or of a keyed array starts', () => {
    expect(recordStartLines('[\n{"a": "[,{"},\n\n  {"b": [1, {"c": 2}]}, "x"\n]')).toEqual([2, 4, 4]);
    expect(recordStartLines('{"meta": [0, 1],\n "service": [\n  {"a": 1},\n  {"b": "\\"}"}\n]}', 'service')).toEqual([3, 4]);
  });
});
